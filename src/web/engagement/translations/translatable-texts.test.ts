import { describe, expect, it } from 'vitest';
import { missingTranslations } from '../../../core/engagement/missing-translations';
import type { SurveyDocument } from '../../../core/engagement/survey-format';
import { entryFor, setTranslation, translatableTexts } from './translatable-texts';

const document: SurveyDocument = {
  format: 'survey/v1',
  title: { en: 'Family survey', es: 'Encuesta familiar' },
  intro: { en: 'Tell us.' },
  mode: 'anonymous',
  languages: ['en', 'es', 'ar'],
  questions: [
    { key: 'role', type: 'single', text: { en: 'You are', es: 'Usted es' }, options: [{ key: 'parent', text: { en: 'Parent', es: 'Madre o padre' } }] },
    { key: 'safe', type: 'likert', scale: 'agreement-4', dont_know: true, text: { en: 'School is safe' }, help: { en: 'Think of this year' } },
  ],
};

const paths = (language: string) => translatableTexts(document, language).map((e) => `${e.path}${e.isMissing ? ' (missing)' : ''}`);

describe('translatableTexts', () => {
  it('lists every text in order, scale points only beyond English and Spanish', () => {
    expect(paths('es')).toEqual(['/title', '/intro (missing)', '/questions/0/text', '/questions/0/options/0/text', '/questions/1/text (missing)', '/questions/1/help (missing)']);
    expect(paths('ar')).toEqual([
      '/title (missing)',
      '/intro (missing)',
      '/questions/0/text (missing)',
      '/questions/0/options/0/text (missing)',
      '/questions/1/text (missing)',
      '/questions/1/help (missing)',
      '/questions/1/options/0/text (missing)',
      '/questions/1/options/1/text (missing)',
      '/questions/1/options/2/text (missing)',
      '/questions/1/options/3/text (missing)',
      '/questions/1/options/4/text (missing)',
    ]);
    expect(translatableTexts(document, 'ar').at(-1)).toMatchObject({ source: "Don't know", key: 'dont_know' });
  });

  it('counts as missing exactly what the core says an open survey lacks', () => {
    for (const language of document.languages) {
      const core = missingTranslations(document).filter((m) => m.language === language).length;
      expect(translatableTexts(document, language).filter((e) => e.isMissing).length, language).toBe(core);
    }
  });
});

describe('setTranslation', () => {
  it('sets and clears a text in one language', () => {
    const translated = setTranslation(document, '/questions/1/text', 'es', 'La escuela es segura');
    expect(translated.questions[1]!.text).toEqual({ en: 'School is safe', es: 'La escuela es segura' });
    expect(document.questions[1]!.text).toEqual({ en: 'School is safe' });
    expect(setTranslation(translated, '/questions/1/text', 'es', ' ').questions[1]!.text).toEqual({ en: 'School is safe' });
  });

  it('a first scale point translated gives the question the scale as options', () => {
    const translated = setTranslation(document, '/questions/1/options/4/text', 'ar', 'لا أعرف');
    expect(translated.questions[1]!.options!.map((o) => o.key)).toEqual(['strongly_disagree', 'disagree', 'agree', 'strongly_agree', 'dont_know']);
    expect(translated.questions[1]!.options![4]!.text).toEqual({ en: "Don't know", es: 'No sé', ar: 'لا أعرف' });
    expect(missingTranslations(translated).filter((m) => m.language === 'ar' && m.path.includes('/questions/1/options'))).toHaveLength(4);
  });
});

describe('entryFor', () => {
  it('finds a scale point the server names by key', () => {
    const entries = translatableTexts(document, 'ar');
    expect(entryFor(entries, '/questions/1/options', 'agree')?.path).toBe('/questions/1/options/2/text');
    expect(entryFor(entries, '/title')?.path).toBe('/title');
    expect(entryFor(entries, '/nowhere')).toBeUndefined();
  });
});
