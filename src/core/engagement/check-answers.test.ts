import { describe, expect, it } from 'vitest';
import { checkAnswers, isQuestionShown, LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT } from './check-answers.js';
import type { SurveyDocument, SurveyQuestion } from './survey-format.js';

const options = (...keys: string[]) => keys.map((key) => ({ key, text: { en: key } }));
const q = (key: string, fields: Partial<SurveyQuestion>): SurveyQuestion => ({ key, type: 'text', text: { en: key }, ...fields });
const survey: SurveyDocument = {
  format: 'survey/v1',
  title: { en: 'Survey' },
  mode: 'anonymous',
  languages: ['en'],
  questions: [
    q('role', { type: 'single', options: options('parent', 'student', 'staff'), required: true }),
    q('topics', { type: 'multi', options: options('food', 'buses', 'safety', 'other'), max_choices: 3 }),
    q('safe', { type: 'likert', scale: 'agreement-5', dont_know: true }),
    q('priorities', { type: 'rank', options: options('x', 'y', 'z'), max_choices: 2 }),
    q('children', { type: 'number', min: 0, max: 12, integer: true, show_if: { question: 'role', any_of: ['parent'] }, required: true }),
    q('grade', { type: 'single', options: options('elem', 'high'), show_if: { question: 'children', at_least: 1 } }),
    q('school', { type: 'matrix', scale: 'satisfaction-4', items: options('food', 'buses') }),
    q('why', { type: 'text', show_if: { question: 'topics', any_of: ['other'] } }),
    q('story', { type: 'text', long: true }),
    q('short', { type: 'text', max_length: 10 }),
    q('grid', { type: 'matrix', options: options('yes', 'no'), items: options('wifi', 'laptop'), required: true, show_if: { question: 'role', any_of: ['student'] } }),
  ],
};

describe('checkAnswers: answers taken', () => {
  it.each([
    ['the least a staff member must give', { role: 'staff' }, { role: 'staff' }],
    [
      'every kind of answer, in the survey\'s order',
      { story: 'A long story', role: 'parent', children: 2, grade: 'elem', topics: ['food', 'other'], why: 'Lunch', safe: 'agree', priorities: ['z', 'x'], school: { buses: 'satisfied', food: 'dissatisfied' } },
      { role: 'parent', topics: ['food', 'other'], safe: 'agree', priorities: ['z', 'x'], children: 2, grade: 'elem', school: { food: 'dissatisfied', buses: 'satisfied' }, why: 'Lunch', story: 'A long story' },
    ],
    ['"Don\'t know" on a Likert question', { role: 'staff', safe: 'dont_know' }, { role: 'staff', safe: 'dont_know' }],
    ['a rank of one option, when two may be ranked', { role: 'staff', priorities: ['y'] }, { role: 'staff', priorities: ['y'] }],
    ['empty answers as no answers', { role: 'staff', topics: [], story: '   ', school: {}, safe: null }, { role: 'staff' }],
    ['text trimmed', { role: 'staff', story: '  Hello \n' }, { role: 'staff', story: 'Hello' }],
    ['a number at the edges', { role: 'parent', children: 0 }, { role: 'parent', children: 0 }],
    ['a matrix partly answered when not required', { role: 'staff', school: { buses: 'very_satisfied' } }, { role: 'staff', school: { buses: 'very_satisfied' } }],
    ['a required matrix shown and answered', { role: 'student', grid: { wifi: 'yes', laptop: 'no' } }, { role: 'student', grid: { wifi: 'yes', laptop: 'no' } }],
  ])('%s', (_, answers, expected) => {
    const result = checkAnswers(survey, answers);
    expect(result.ok ? result.answers : result.problems).toEqual(expected);
    if (result.ok) expect(Object.keys(result.answers)).toEqual(Object.keys(expected));
  });
});

describe('checkAnswers: answers refused, each at /answers/<key>', () => {
  it.each([
    ['not an object', ['staff'], '/answers', 'invalid_type'],
    ['null', null, '/answers', 'invalid_type'],
    ['a key of no question', { role: 'staff', colour: 'red' }, '/answers/colour', 'unknown_field'],
    ['a key with a slash, escaped in the pointer', { role: 'staff', 'a/b': 1 }, '/answers/a~1b', 'unknown_field'],
    ['a required question left out', {}, '/answers/role', 'required'],
    ['a required question answered with an empty text', { role: '' }, '/answers/role', 'required'],
    ['a required question shown by an earlier answer left out', { role: 'parent' }, '/answers/children', 'required'],
    ['a choice that is not an option', { role: 'teacher' }, '/answers/role', 'invalid_choice'],
    ['a choice given as an array', { role: ['staff'] }, '/answers/role', 'invalid_type'],
    ['a Likert answer off the scale', { role: 'staff', safe: 'neutral-ish' }, '/answers/safe', 'invalid_choice'],
    ['a multi answer given as a string', { role: 'staff', topics: 'food' }, '/answers/topics', 'invalid_type'],
    ['a multi answer naming no option', { role: 'staff', topics: ['food', 'art'] }, '/answers/topics/1', 'invalid_choice'],
    ['a multi answer naming an option twice', { role: 'staff', topics: ['food', 'food'] }, '/answers/topics/1', 'duplicate'],
    ['too many choices', { role: 'staff', topics: ['food', 'buses', 'safety', 'other'] }, '/answers/topics', 'too_many'],
    ['too many ranked', { role: 'staff', priorities: ['x', 'y', 'z'] }, '/answers/priorities', 'too_many'],
    ['a rank naming an option twice', { role: 'staff', priorities: ['x', 'x'] }, '/answers/priorities/1', 'duplicate'],
    ['a number as a string', { role: 'parent', children: '2' }, '/answers/children', 'invalid_type'],
    ['a number not whole', { role: 'parent', children: 1.5 }, '/answers/children', 'not_whole_number'],
    ['a number under min', { role: 'parent', children: -1 }, '/answers/children', 'too_small'],
    ['a number over max', { role: 'parent', children: 13 }, '/answers/children', 'too_big'],
    ['a text as a number', { role: 'staff', story: 12 }, '/answers/story', 'invalid_type'],
    ['a text over its max_length', { role: 'staff', short: 'x'.repeat(11) }, '/answers/short', 'too_long'],
    ['a text with a NUL character', { role: 'staff', story: 'one\u0000two' }, '/answers/story', 'invalid_characters'],
    ['a text with a lone surrogate', { role: 'staff', short: 'a\uD800' }, '/answers/short', 'invalid_characters'],
    ['a line over the default limit', { role: 'staff', why: 'x', topics: ['other'], short: 'ok', story: 'x'.repeat(LONG_TEXT_LIMIT + 1) }, '/answers/story', 'too_long'],
    ['an answer to a question not shown', { role: 'staff', children: 2 }, '/answers/children', 'not_asked'],
    ['an answer to a question shown by a question not shown', { role: 'staff', grade: 'elem' }, '/answers/grade', 'not_asked'],
    ['a number outside the show_if range', { role: 'parent', children: 0, grade: 'elem' }, '/answers/grade', 'not_asked'],
    ['a matrix as a string', { role: 'staff', school: 'satisfied' }, '/answers/school', 'invalid_type'],
    ['a matrix item that does not exist', { role: 'staff', school: { lunch: 'satisfied' } }, '/answers/school/lunch', 'unknown_field'],
    ['a matrix answer off the scale', { role: 'staff', school: { food: 'agree' } }, '/answers/school/food', 'invalid_choice'],
    ['a required matrix missing an item', { role: 'student', grid: { wifi: 'yes' } }, '/answers/grid/laptop', 'required'],
  ])('%s', (_, answers, path, code) => {
    const result = checkAnswers(survey, answers);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('reports a wrong answer once, not again on the questions that depend on it', () => {
    const result = checkAnswers(survey, { role: 'parent', children: 1.5, grade: 'elem' });
    expect(!result.ok && result.problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/answers/children not_whole_number']);
  });

  it('keeps to its limits', () => {
    expect(SHORT_TEXT_LIMIT).toBeLessThan(LONG_TEXT_LIMIT);
    const result = checkAnswers(survey, { role: 'staff', why: 'x'.repeat(SHORT_TEXT_LIMIT + 1), topics: ['other'] });
    expect(!result.ok && result.problems).toEqual([expect.objectContaining({ path: '/answers/why', code: 'too_long', params: { maximum: SHORT_TEXT_LIMIT } })]);
  });
});

describe('isQuestionShown', () => {
  const byKey = (key: string) => survey.questions.find((question) => question.key === key)!;
  it.each([
    ['a question without show_if', 'role', {}, true],
    ['shown by the option chosen', 'children', { role: 'parent' }, true],
    ['hidden by another option', 'children', { role: 'staff' }, false],
    ['hidden when the earlier question is not answered', 'children', {}, false],
    ['shown by one of several choices', 'why', { topics: ['food', 'other'] }, true],
    ['shown by a number in range', 'grade', { role: 'parent', children: 3 }, true],
    ['hidden by a number out of range', 'grade', { role: 'parent', children: 0 }, false],
    ['hidden when the question deciding is itself hidden', 'grade', { role: 'staff', children: 3 }, false],
  ])('%s', (_, key, answers, expected) => {
    expect(isQuestionShown(survey, byKey(key), answers)).toBe(expected);
  });
});
