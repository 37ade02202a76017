import { describe, expect, it } from 'vitest';
import { validateSurveyDocument } from './validate-survey-document.js';
import type { SurveyDocument, SurveyQuestion } from './survey-format.js';

const options = (...keys: string[]) => keys.map((key) => ({ key, text: { en: key.toUpperCase(), es: key } }));
const q = (key: string, fields: Partial<SurveyQuestion> = {}): SurveyQuestion => ({ key, type: 'text', text: { en: `Question ${key}`, es: `Pregunta ${key}` }, ...fields });
const doc = (questions: SurveyQuestion[], fields: Partial<SurveyDocument> = {}): SurveyDocument => ({
  format: 'survey/v1',
  title: { en: 'Family survey', es: 'Encuesta a las familias' },
  mode: 'anonymous',
  languages: ['en', 'es'],
  questions,
  ...fields,
});

const role = q('role', { type: 'single', options: options('parent', 'student', 'staff'), demographic: 'role', required: true });
const count = q('children', { type: 'number', min: 0, max: 12, integer: true });

describe('validateSurveyDocument: documents that pass', () => {
  it.each([
    ['one text question', doc([q('comments', { long: true, max_length: 2000 })])],
    ['every type', doc([
      role,
      q('topics', { type: 'multi', options: options('a', 'b', 'c'), max_choices: 2, randomize: true, fixed_last: ['c'] }),
      q('safe', { type: 'likert', scale: 'agreement-5', dont_know: true }),
      q('priorities', { type: 'rank', options: options('x', 'y', 'z'), max_choices: 2 }),
      count,
      q('school', { type: 'matrix', scale: 'satisfaction-4', items: options('food', 'buses') }),
      q('grid', { type: 'matrix', options: options('yes', 'no'), items: options('wifi') }),
    ])],
    ['show_if on an earlier choice and on a number', doc([role, count, q('why', { show_if: { question: 'role', any_of: ['parent'] } }), q('big', { show_if: { question: 'children', at_least: 3 } })])],
    ['show_if on a Likert answer, "Don\'t know" included', doc([q('safe', { type: 'likert', scale: 'agreement-4', dont_know: true }), q('why', { show_if: { question: 'safe', any_of: ['disagree', 'dont_know'] } })])],
    ['a third language given on a scale\'s points', doc([q('safe', { type: 'likert', scale: 'agreement-4', text: { en: 'Safe?', ar: 'آمن؟' }, options: [{ key: 'agree', text: { ar: 'أوافق' } }] })], { title: { en: 'T', ar: 'ت' }, languages: ['en', 'ar'] })],
    ['pages in order, a page left out meaning the page before', doc([q('a', { page: 1 }), q('b'), q('c', { page: 3 }), q('d')])],
    ['flags set to false on any type', doc([q('a', { type: 'number', demographic: false, randomize: false })])],
  ])('%s', (_, document) => {
    const result = validateSurveyDocument(document);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.document).toEqual(document);
  });
});

describe('validateSurveyDocument: problems of the schema, at their JSON pointer', () => {
  it.each([
    ['not an object', 42, '', 'invalid_type'],
    ['no title', { ...doc([q('a')]), title: undefined }, '/title', 'required'],
    ['another format', { ...doc([q('a')]), format: 'survey/v2' }, '/format', 'invalid_choice'],
    ['an unknown mode', { ...doc([q('a')]), mode: 'open' }, '/mode', 'invalid_choice'],
    ['a field of no format', { ...doc([q('a')]), colour: 'red' }, '/colour', 'unknown_field'],
    ['a field of no question', doc([{ ...q('a'), colour: 'red' } as SurveyQuestion]), '/questions/0/colour', 'unknown_field'],
    ['no questions', doc([]), '/questions', 'too_few'],
    ['a key with a space', doc([q('my key')]), '/questions/0/key', 'invalid_format'],
    ['an unknown type', doc([q('a', { type: 'slider' as never })]), '/questions/0/type', 'invalid_choice'],
    ['an unknown scale', doc([q('a', { type: 'likert', scale: 'agreement-7' as never })]), '/questions/0/scale', 'invalid_choice'],
    ['an empty text map', doc([q('a', { text: {} })]), '/questions/0/text', 'invalid'],
    ['a title too long', doc([q('a')], { title: { en: 'x'.repeat(201) } }), '/title/en', 'too_long'],
    ['page 0', doc([q('a', { page: 0 })]), '/questions/0/page', 'too_small'],
  ])('%s', (_, input, path, code) => {
    const result = validateSurveyDocument(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ path, code }));
  });
});

describe('validateSurveyDocument: what the schema cannot say', () => {
  it.each([
    ['a question key used twice', doc([q('a'), q('a')]), '/questions/1/key', 'duplicate'],
    ['an option key used twice', doc([q('a', { type: 'single', options: options('x', 'x') })]), '/questions/0/options/1/key', 'duplicate'],
    ['an item key used twice', doc([q('a', { type: 'matrix', scale: 'agreement-5', items: options('i', 'i') })]), '/questions/0/items/1/key', 'duplicate'],
    ['a language listed twice', doc([q('a')], { languages: ['en', 'es', 'en'] }), '/languages/2', 'duplicate'],
    ['a text in a language not listed', doc([q('a', { text: { en: 'A', fr: 'A' } })]), '/questions/0/text/fr', 'language_not_listed'],
    ['an option text in a language not listed', doc([q('a', { type: 'single', options: [{ key: 'x', text: { de: 'X' } }] })]), '/questions/0/options/0/text/de', 'language_not_listed'],
    ['single without options', doc([q('a', { type: 'single' })]), '/questions/0/options', 'required'],
    ['multi without options', doc([q('a', { type: 'multi' })]), '/questions/0/options', 'required'],
    ['rank without options', doc([q('a', { type: 'rank' })]), '/questions/0/options', 'required'],
    ['likert without a scale', doc([q('a', { type: 'likert' })]), '/questions/0/scale', 'required'],
    ['matrix without items', doc([q('a', { type: 'matrix', scale: 'agreement-5' })]), '/questions/0/items', 'required'],
    ['matrix without scale or options', doc([q('a', { type: 'matrix', items: options('i') })]), '/questions/0/scale', 'required'],
    ['a Likert option off the scale', doc([q('a', { type: 'likert', scale: 'agreement-4', options: options('neutral') })]), '/questions/0/options/0/key', 'not_on_scale'],
    ['"Don\'t know" texts without dont_know', doc([q('a', { type: 'likert', scale: 'agreement-4', options: options('dont_know') })]), '/questions/0/options/0/key', 'not_on_scale'],
    ['a scale on a single question', doc([q('a', { type: 'single', options: options('x'), scale: 'agreement-5' })]), '/questions/0/scale', 'not_for_question_type'],
    ['options on a number question', doc([q('a', { type: 'number', options: options('x') })]), '/questions/0/options', 'not_for_question_type'],
    ['demographic on a Likert question', doc([q('a', { type: 'likert', scale: 'agreement-5', demographic: true })]), '/questions/0/demographic', 'not_for_question_type'],
    ['demographic on a text question', doc([q('a', { demographic: 'school' })]), '/questions/0/demographic', 'not_for_question_type'],
    ['fixed_last naming no option', doc([q('a', { type: 'single', options: options('x', 'other'), randomize: true, fixed_last: ['others'] })]), '/questions/0/fixed_last/0', 'invalid_choice'],
    ['max_choices above the options', doc([q('a', { type: 'multi', options: options('x', 'y'), max_choices: 3 })]), '/questions/0/max_choices', 'too_big'],
    ['min above max', doc([q('a', { type: 'number', min: 5, max: 1 })]), '/questions/0/max', 'min_above_max'],
    ['a page before the page of the question before', doc([q('a', { page: 2 }), q('b', { page: 1 })]), '/questions/1/page', 'page_out_of_order'],
    ['show_if on a later question', doc([q('a', { show_if: { question: 'role', any_of: ['parent'] } }), role]), '/questions/0/show_if/question', 'not_an_earlier_question'],
    ['show_if on itself', doc([{ ...role, show_if: { question: 'role', any_of: ['parent'] } }]), '/questions/0/show_if/question', 'not_an_earlier_question'],
    ['show_if on no question', doc([q('a', { show_if: { question: 'nope', any_of: ['x'] } })]), '/questions/0/show_if/question', 'not_an_earlier_question'],
    ['show_if on a text question', doc([q('a'), q('b', { show_if: { question: 'a', any_of: ['x'] } })]), '/questions/1/show_if/question', 'not_for_question_type'],
    ['show_if naming no option', doc([role, q('b', { show_if: { question: 'role', any_of: ['teacher'] } })]), '/questions/1/show_if/any_of/0', 'invalid_choice'],
    ['show_if on a choice without any_of', doc([role, q('b', { show_if: { question: 'role', at_least: 1 } })]), '/questions/1/show_if/any_of', 'required'],
    ['show_if on a choice with number bounds', doc([role, q('b', { show_if: { question: 'role', any_of: ['parent'], at_most: 2 } })]), '/questions/1/show_if/at_most', 'not_for_question_type'],
    ['show_if on a number without bounds', doc([count, q('b', { show_if: { question: 'children' } })]), '/questions/1/show_if/at_least', 'required'],
    ['show_if on a number with option keys', doc([count, q('b', { show_if: { question: 'children', any_of: ['x'], at_least: 1 } })]), '/questions/1/show_if/any_of', 'not_for_question_type'],
    ['show_if bounds the wrong way round', doc([count, q('b', { show_if: { question: 'children', at_least: 4, at_most: 2 } })]), '/questions/1/show_if/at_most', 'min_above_max'],
  ])('%s', (_, document, path, code) => {
    const result = validateSurveyDocument(document);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('reports every problem at once, each with English words', () => {
    const result = validateSurveyDocument(doc([q('a'), q('a', { type: 'likert' }), q('c', { type: 'single' })]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/questions/1/key duplicate', '/questions/1/scale required', '/questions/2/options required']);
    for (const p of result.problems) expect(p.message.length).toBeGreaterThan(5);
  });

  it('escapes a language tag in a pointer as RFC 6901 says (no "/" can appear, but "~" is kept safe)', () => {
    const result = validateSurveyDocument(doc([q('a', { text: { en: 'A', 'zh-Hant': 'A' } })]));
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['/questions/0/text/zh-Hant']);
  });
});
