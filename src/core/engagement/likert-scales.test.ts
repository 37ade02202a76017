import { describe, expect, it } from 'vitest';
import { choicesOf, scaleKeys, scaleOptions, textIn } from './likert-scales.js';
import { likertScaleNames, type SurveyQuestion } from './survey-format.js';

const question = (fields: Partial<SurveyQuestion>): SurveyQuestion => ({ key: 'q', type: 'single', text: { en: 'Q' }, ...fields });

describe('the standard scales', () => {
  it.each([
    ['agreement-5', ['strongly_disagree', 'disagree', 'neutral', 'agree', 'strongly_agree']],
    ['agreement-4', ['strongly_disagree', 'disagree', 'agree', 'strongly_agree']],
    ['frequency-5', ['never', 'rarely', 'sometimes', 'often', 'always']],
    ['frequency-4', ['never', 'rarely', 'often', 'always']],
    ['satisfaction-5', ['very_dissatisfied', 'dissatisfied', 'neutral', 'satisfied', 'very_satisfied']],
    ['satisfaction-4', ['very_dissatisfied', 'dissatisfied', 'satisfied', 'very_satisfied']],
    ['importance-5', ['not_important', 'slightly_important', 'moderately_important', 'very_important', 'extremely_important']],
    ['importance-4', ['not_important', 'slightly_important', 'very_important', 'extremely_important']],
  ] as const)('%s runs %j', (scale, keys) => {
    expect(scaleKeys(scale)).toEqual(keys);
    expect(scaleOptions(scale).map((option) => option.key)).toEqual(keys);
  });

  it.each(likertScaleNames)('%s has English and Spanish words for every point, all different', (scale) => {
    const options = scaleOptions(scale);
    for (const option of options) {
      expect(option.text.en).toBeTruthy();
      expect(option.text.es).toBeTruthy();
      expect(option.text.es).not.toBe(option.text.en);
    }
    expect(new Set(options.map((o) => o.text.es)).size).toBe(options.length);
  });

  it('hands out a fresh copy, so a caller cannot change the built-in words', () => {
    scaleOptions('agreement-5')[0]!.text.en = 'changed';
    expect(scaleOptions('agreement-5')[0]!.text.en).toBe('Strongly disagree');
  });
});

describe('choicesOf', () => {
  const options = [
    { key: 'a', text: { en: 'A' } },
    { key: 'b', text: { en: 'B' } },
  ];
  it.each([
    ['single: its options', question({ type: 'single', options }), ['a', 'b']],
    ['multi: its options', question({ type: 'multi', options }), ['a', 'b']],
    ['rank: its options', question({ type: 'rank', options }), ['a', 'b']],
    ['number: none', question({ type: 'number' }), []],
    ['text: none', question({ type: 'text' }), []],
    ['likert: the scale', question({ type: 'likert', scale: 'frequency-4' }), ['never', 'rarely', 'often', 'always']],
    ['likert with "Don\'t know": it comes last', question({ type: 'likert', scale: 'agreement-4', dont_know: true }), ['strongly_disagree', 'disagree', 'agree', 'strongly_agree', 'dont_know']],
    ['matrix on a scale', question({ type: 'matrix', scale: 'satisfaction-4', items: options }), ['very_dissatisfied', 'dissatisfied', 'satisfied', 'very_satisfied']],
    ['matrix on its own options', question({ type: 'matrix', options, items: options }), ['a', 'b']],
    ['matrix on its own options with "Don\'t know"', question({ type: 'matrix', options, items: options, dont_know: true }), ['a', 'b', 'dont_know']],
    ['likert without a scale (an invalid document): none', question({ type: 'likert' }), []],
  ])('%s', (_, q, keys) => {
    expect(choicesOf(q).map((option) => option.key)).toEqual(keys);
  });

  it("keeps the built-in words and adds the question's own for a third language", () => {
    const q = question({ type: 'likert', scale: 'agreement-5', dont_know: true, options: [{ key: 'agree', text: { ar: 'أوافق' } }, { key: 'dont_know', text: { ar: 'لا أعرف' } }] });
    const choices = choicesOf(q);
    expect(choices.find((c) => c.key === 'agree')!.text).toEqual({ en: 'Agree', es: 'De acuerdo', ar: 'أوافق' });
    expect(choices.find((c) => c.key === 'dont_know')!.text).toEqual({ en: "Don't know", es: 'No sé', ar: 'لا أعرف' });
  });

  it("lets the question's own words replace a built-in text", () => {
    const q = question({ type: 'likert', scale: 'agreement-5', options: [{ key: 'neutral', text: { en: 'Not sure' } }] });
    expect(choicesOf(q).find((c) => c.key === 'neutral')!.text).toEqual({ en: 'Not sure', es: 'Ni de acuerdo ni en desacuerdo' });
  });
});

describe('textIn', () => {
  it.each([
    ['the language asked for', { en: 'Hello', es: 'Hola' }, 'es', ['en'], 'Hola'],
    ['the first fallback that has one', { en: 'Hello', fr: 'Bonjour' }, 'ar', ['es', 'fr', 'en'], 'Bonjour'],
    ['any text when no fallback has one', { de: 'Hallo' }, 'ar', ['en'], 'Hallo'],
    ['an empty text is no text', { es: '', en: 'Hello' }, 'es', ['en'], 'Hello'],
    ['nothing at all', {}, 'es', ['en'], ''],
  ])('%s', (_, text, language, fallbacks, expected) => {
    expect(textIn(text, language, fallbacks)).toBe(expected);
  });
});
