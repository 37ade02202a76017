import { describe, expect, it } from 'vitest';
import type { SurveyDocument, SurveyQuestion } from '../../../core/engagement/survey-format';
import {
  addLanguage,
  addOption,
  addQuestion,
  compactPages,
  conditionSources,
  deleteQuestion,
  duplicateQuestion,
  keyFromText,
  moveQuestion,
  moveToPage,
  removeLanguage,
  renameOption,
  renameQuestion,
  setChoiceText,
  setQuestionText,
  setOptionText,
  withText,
  withType,
} from './survey-edits';

const words = { text: 'New question', option: (n: number) => `Option ${n}`, item: (n: number) => `Item ${n}` };

const q = (key: string, extra: Partial<SurveyQuestion> = {}): SurveyQuestion => ({ key, type: 'single', text: { en: key, es: `${key} es` }, options: [{ key: 'yes', text: { en: 'Yes', es: 'Sí' } }, { key: 'no', text: { en: 'No' } }], ...extra });

const survey = (questions: SurveyQuestion[]): SurveyDocument => ({ format: 'survey/v1', title: { en: 'Family survey', es: 'Encuesta' }, mode: 'anonymous', languages: ['en', 'es'], questions });

const keys = (document: SurveyDocument) => document.questions.map((question) => `${question.key}@${question.page ?? 1}`);

describe('keyFromText', () => {
  it.each([
    ['How safe is school?', [], 'how_safe_is_school'],
    ['¿Qué opina?', [], 'que_opina'],
    ['Strongly agree', ['strongly_agree'], 'strongly_agree_2'],
    ['Strongly agree', ['strongly_agree', 'strongly_agree_2'], 'strongly_agree_3'],
    ['!!!', [], 'q'],
    ['日本語', ['q'], 'q_2'],
    ['a'.repeat(80), [], 'a'.repeat(40)],
  ])('%j taken %j -> %s', (text, taken, expected) => {
    expect(keyFromText(text, taken)).toBe(expected);
  });
});

describe('withText', () => {
  it.each([
    [{ en: 'A' }, 'es', 'B', false, { en: 'A', es: 'B' }],
    [{ en: 'A', es: 'B' }, 'es', '  ', false, { en: 'A' }],
    [{ es: 'B' }, 'es', '', false, undefined],
    [{ es: 'B' }, 'es', '', true, { es: '' }],
    [undefined, 'en', 'Hi', false, { en: 'Hi' }],
  ])('%j set %s to %j', (text, language, value, isRequired, expected) => {
    expect(withText(text, language, value, isRequired)).toEqual(expected);
  });
});

describe('questions', () => {
  it('adds a question at the end of its page, with a key from its words', () => {
    const document = survey([q('a'), q('b', { page: 2 })]);
    const added = addQuestion(document, 'likert', 1, 'en', words);
    expect(keys(added)).toEqual(['a@1', 'new_question@1', 'b@2']);
    expect(added.questions[1]).toMatchObject({ type: 'likert', scale: 'agreement-5', text: { en: 'New question' } });
    expect(keys(addQuestion(added, 'text', 3, 'en', words))).toEqual(['a@1', 'new_question@1', 'b@2', 'new_question_2@3']);
  });

  it.each([
    ['single', { options: 2 }],
    ['multi', { options: 2 }],
    ['rank', { options: 2 }],
    ['matrix', { items: 2, scale: 'agreement-5' }],
    ['number', {}],
    ['text', {}],
  ] as const)('a new %s question has what its type needs', (type, needs) => {
    const question = addQuestion(survey([q('a')]), type, 1, 'es', words).questions[1]!;
    if ('options' in needs) expect(question.options).toHaveLength(needs.options);
    else expect(question.options).toBeUndefined();
    if ('items' in needs) expect(question.items).toHaveLength(needs.items);
    if ('scale' in needs) expect(question.scale).toBe(needs.scale);
    expect(question.text).toEqual({ es: 'New question' });
  });

  it('changing the type keeps the text and drops what no longer applies', () => {
    const single = q('a', { demographic: 'role', randomize: true });
    expect(withType(single, 'multi', 'en', words)).toEqual({ key: 'a', type: 'multi', text: single.text, options: single.options, randomize: true });
    expect(withType(single, 'number', 'en', words)).toEqual({ key: 'a', type: 'number', text: single.text });
    const likert = withType(single, 'likert', 'en', words);
    expect(likert).toEqual({ key: 'a', type: 'likert', text: single.text, scale: 'agreement-5', demographic: 'role' });
  });

  it('moves within a page by swapping, and across the page edge by changing page', () => {
    const document = survey([q('a'), q('b'), q('c', { page: 2 })]);
    expect(keys(moveQuestion(document, 0, 1))).toEqual(['b@1', 'a@1', 'c@2']);
    expect(keys(moveQuestion(document, 1, 1))).toEqual(['a@1', 'b@2', 'c@2']);
    expect(keys(moveQuestion(document, 2, -1))).toEqual(['a@1', 'b@1', 'c@1']);
    expect(moveQuestion(document, 0, -1)).toBe(document);
    expect(moveQuestion(document, 2, 1)).toBe(document);
  });

  it('does not move a question above the one its show-if names', () => {
    const document = survey([q('a'), q('b', { show_if: { question: 'a', any_of: ['yes'] } })]);
    expect(moveQuestion(document, 1, -1)).toBe(document);
    expect(moveQuestion(document, 0, 1)).toBe(document);
  });

  it('moves a question to the end of another page', () => {
    const document = survey([q('a'), q('b'), q('c', { page: 2 }), q('d', { page: 3 })]);
    expect(keys(moveToPage(document, 0, 2))).toEqual(['b@1', 'c@2', 'a@2', 'd@3']);
    expect(keys(moveToPage(document, 3, 1))).toEqual(['a@1', 'b@1', 'd@1', 'c@2']);
  });

  it('compacts pages left empty', () => {
    expect(keys(compactPages(survey([q('a', { page: 2 }), q('b', { page: 4 })])))).toEqual(['a@1', 'b@2']);
  });

  it('duplicates with a key of its own, right after the original', () => {
    const document = duplicateQuestion(duplicateQuestion(survey([q('a'), q('b')]), 0), 0);
    expect(keys(document)).toEqual(['a@1', 'a_copy_2@1', 'a_copy@1', 'b@1']);
    expect(document.questions[1]!.options).toEqual(document.questions[0]!.options);
    expect(document.questions[1]!.options).not.toBe(document.questions[0]!.options);
  });

  it('deleting a question removes the conditions that named it', () => {
    const document = deleteQuestion(survey([q('a'), q('b', { show_if: { question: 'a', any_of: ['yes'] } })]), 0);
    expect(document.questions).toEqual([{ ...q('b') }]);
  });

  it('renaming a question or an option follows into show-if', () => {
    const document = survey([q('a'), q('b', { show_if: { question: 'a', any_of: ['yes', 'no'] } })]);
    expect(renameQuestion(document, 0, 'role').questions[1]!.show_if).toEqual({ question: 'role', any_of: ['yes', 'no'] });
    const renamed = renameOption(document, 0, 0, 'si');
    expect(renamed.questions[0]!.options!.map((o) => o.key)).toEqual(['si', 'no']);
    expect(renamed.questions[1]!.show_if).toEqual({ question: 'a', any_of: ['si', 'no'] });
  });

  it('offers only earlier choice questions as show-if sources', () => {
    const document = survey([q('a'), q('n', { type: 'number', options: undefined }), q('l', { type: 'likert', options: undefined, scale: 'agreement-4' }), q('z')]);
    expect(conditionSources(document, 3).map((s) => s.key)).toEqual(['a', 'l']);
    expect(conditionSources(document, 0)).toEqual([]);
  });
});

describe('options', () => {
  it('keys follow the text while they are generated, and stay once typed by hand', () => {
    const options = addOption(addOption([], 'Parent', 'en'), 'Parent', 'en');
    expect(options.map((o) => o.key)).toEqual(['parent', 'parent_2']);
    const retyped = setOptionText(options, 1, 'en', 'Staff member', true);
    expect(retyped[1]).toEqual({ key: 'staff_member', text: { en: 'Staff member' } });
    const handKeyed = [{ key: 'p', text: { en: 'Parent' } }];
    expect(setOptionText(handKeyed, 0, 'en', 'Guardian', true)[0]!.key).toBe('p');
    expect(setOptionText(options, 0, 'es', 'Padre', false)[0]).toEqual({ key: 'parent', text: { en: 'Parent', es: 'Padre' } });
  });
});

describe('languages', () => {
  it('adds at the end, and removing strips every text in that language', () => {
    const document = { ...survey([q('a', { help: { en: 'h', es: 'a' }, items: [{ key: 'i', text: { es: 'x', en: 'y' } }] })]), intro: { es: 'Hola' }, extensions: { text: { es: 'kept' } } };
    expect(addLanguage(document, 'ar').languages).toEqual(['en', 'es', 'ar']);
    expect(addLanguage(document, 'es')).toBe(document);
    const english = removeLanguage(document, 'es');
    expect(english.languages).toEqual(['en']);
    expect(english.title).toEqual({ en: 'Family survey' });
    expect(english.intro).toEqual({});
    expect(english.questions[0]).toEqual({ ...q('a'), text: { en: 'a' }, help: { en: 'h' }, options: [{ key: 'yes', text: { en: 'Yes' } }, { key: 'no', text: { en: 'No' } }], items: [{ key: 'i', text: { en: 'y' } }] });
    expect(english.extensions).toEqual({ text: { es: 'kept' } });
    expect(removeLanguage(english, 'en')).toBe(english);
  });
});

describe('setChoiceText', () => {
  it('carries a key that follows its text into later show-if conditions', () => {
    const document = survey([q('a', { options: [{ key: 'parent', text: { en: 'Parent' } }] }), q('b', { show_if: { question: 'a', any_of: ['parent'] } })]);
    const edited = setChoiceText(document, 0, 'options', 0, 'en', 'Guardian');
    expect(edited.questions[0]!.options).toEqual([{ key: 'guardian', text: { en: 'Guardian' } }]);
    expect(edited.questions[1]!.show_if).toEqual({ question: 'a', any_of: ['guardian'] });
    const spanish = setChoiceText(document, 0, 'options', 0, 'es', 'Tutor');
    expect(spanish.questions[0]!.options).toEqual([{ key: 'parent', text: { en: 'Parent', es: 'Tutor' } }]);
    expect(spanish.questions[1]!.show_if).toEqual({ question: 'a', any_of: ['parent'] });
  });
});

describe('setQuestionText', () => {
  it('a key made from the text follows it, with the conditions naming it', () => {
    const document = survey([q('new_question', { text: { en: 'New question' } }), q('b', { show_if: { question: 'new_question', any_of: ['yes'] } })]);
    const edited = setQuestionText(document, 0, 'en', 'How did you hear about us?');
    expect(edited.questions.map((x) => x.key)).toEqual(['how_did_you_hear_about_us', 'b']);
    expect(edited.questions[1]!.show_if!.question).toBe('how_did_you_hear_about_us');
    expect(setQuestionText(document, 0, 'es', '¿Cómo?').questions[0]!.key).toBe('new_question');
    expect(setQuestionText(survey([q('role', { text: { en: 'Which best describes you?' } })]), 0, 'en', 'Who are you?').questions[0]!.key).toBe('role');
  });
});
