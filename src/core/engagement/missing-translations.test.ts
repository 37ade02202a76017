import { describe, expect, it } from 'vitest';
import { missingTranslations, type MissingTranslation } from './missing-translations.js';
import type { PageTexts } from './page-texts.js';
import { pageTextKeys } from './respondent-page-words.js';
import type { SurveyDocument, SurveyQuestion } from './survey-format.js';

const doc = (languages: string[], questions: SurveyQuestion[], fields: Partial<SurveyDocument> = {}): SurveyDocument => ({
  format: 'survey/v1',
  title: { en: 'Survey', es: 'Encuesta' },
  mode: 'anonymous',
  languages,
  questions,
  ...fields,
});
const both = (en: string) => ({ en, es: `${en} (es)` });

describe('missingTranslations', () => {
  it.each([
    ['a complete bilingual survey', doc(['en', 'es'], [{ key: 'a', type: 'single', text: both('A'), help: both('Help'), options: [{ key: 'x', text: both('X') }] }], { intro: both('Hi'), thank_you: both('Thanks') }), []],
    ['a question text in English only', doc(['en', 'es'], [{ key: 'a', type: 'text', text: { en: 'Why?' } }]), [{ path: '/questions/0/text', language: 'es', source: 'Why?' }]],
    [
      'the intro, help, an option and a matrix item, each missing one language',
      doc(
        ['en', 'es'],
        [
          { key: 'a', type: 'single', text: both('A'), help: { es: 'Ayuda' }, options: [{ key: 'x', text: { en: 'X' } }] },
          { key: 'm', type: 'matrix', text: both('M'), scale: 'agreement-4', items: [{ key: 'i', text: { es: 'Ítem' } }] },
        ],
        { intro: { en: 'Hi' } },
      ),
      [
        { path: '/intro', language: 'es', source: 'Hi' },
        { path: '/questions/0/help', language: 'en', source: 'Ayuda' },
        { path: '/questions/0/options/0/text', language: 'es', source: 'X' },
        { path: '/questions/1/items/0/text', language: 'en', source: 'Ítem' },
      ],
    ],
    ['a Likert scale in English and Spanish needs nothing: the scale has its words', doc(['en', 'es'], [{ key: 'l', type: 'likert', text: both('L'), scale: 'agreement-5', dont_know: true }]), []],
    ['a Spanish-first survey takes its source from Spanish', doc(['es', 'en'], [{ key: 'a', type: 'text', text: { es: '¿Por qué?', fr: 'Pourquoi ?' } }], { title: { es: 'Encuesta', en: 'Survey' } }), [{ path: '/questions/0/text', language: 'en', source: '¿Por qué?' }]],
  ])('%s', (_, document, expected) => {
    expect(missingTranslations(document)).toEqual(expected);
  });

  it('asks for the scale points in a third language, on the question, with their English words to translate', () => {
    const document = doc(['en', 'ar'], [{ key: 'l', type: 'likert', text: { en: 'Safe?', ar: 'آمن؟' }, scale: 'agreement-4', dont_know: true, options: [{ key: 'agree', text: { ar: 'أوافق' } }] }], { title: { en: 'S', ar: 'س' } });
    expect(missingTranslations(document)).toEqual([
      { path: '/questions/0/options', language: 'ar', source: 'Strongly disagree', key: 'strongly_disagree' },
      { path: '/questions/0/options', language: 'ar', source: 'Disagree', key: 'disagree' },
      { path: '/questions/0/options', language: 'ar', source: 'Strongly agree', key: 'strongly_agree' },
      { path: '/questions/0/options', language: 'ar', source: "Don't know", key: 'dont_know' },
    ]);
  });

  it('names the listed point when its text in the third language is the one missing', () => {
    const points = ['strongly_disagree', 'disagree', 'agree', 'strongly_agree'].map((key) => ({ key, text: { fr: key } }));
    points[2] = { key: 'agree', text: { en: 'I agree' } } as never;
    const document = doc(['en', 'fr'], [{ key: 'm', type: 'matrix', text: { en: 'M', fr: 'M' }, scale: 'agreement-4', items: [{ key: 'i', text: { en: 'I', fr: 'I' } }], options: points }], { title: { en: 'S', fr: 'S' } });
    expect(missingTranslations(document)).toEqual([{ path: '/questions/0/options/2/text', language: 'fr', source: 'I agree', key: 'agree' }]);
  });
});

describe('missingTranslations with the district’s page texts', () => {
  const texts = (language: string, count: number) => ({ [language]: Object.fromEntries(pageTextKeys.slice(0, count).map((key) => [key, 'ن'])) });
  const tri = doc(['en', 'es', 'ar'], [{ key: 'a', type: 'text', text: { en: 'A', es: 'A', ar: 'أ' } }], { title: { en: 'S', es: 'S', ar: 'س' } });
  it.each<[string, SurveyDocument, PageTexts | undefined, MissingTranslation[]]>([
    ['without page texts given, only the survey’s own texts count', tri, undefined, []],
    ['an Arabic survey of a district with no Arabic page texts: one entry counting them all', tri, {}, [{ path: '/page_texts/ar', language: 'ar', source: '', count: pageTextKeys.length }]],
    ['some translated: the rest are counted', tri, texts('ar', 10), [{ path: '/page_texts/ar', language: 'ar', source: '', count: pageTextKeys.length - 10 }]],
    ['all translated: nothing missing', tri, texts('ar', pageTextKeys.length), []],
    ['English and Spanish are built in', doc(['en', 'es'], [{ key: 'a', type: 'text', text: both('A') }]), {}, []],
    ['after the survey’s own missing texts, one entry per language', doc(['en', 'vi', 'ar'], [{ key: 'a', type: 'text', text: { en: 'A', vi: 'A', ar: 'أ' } }], { title: { en: 'S', vi: 'S' } }), texts('ar', pageTextKeys.length), [
      { path: '/title', language: 'ar', source: 'S' },
      { path: '/page_texts/vi', language: 'vi', source: '', count: pageTextKeys.length },
    ]],
  ])('%s', (_, document, pageTexts, expected) => {
    expect(missingTranslations(document, pageTexts ? { pageTexts } : {})).toEqual(expected);
  });
});
