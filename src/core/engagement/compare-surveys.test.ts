import { describe, expect, it } from 'vitest';
import { compareSurveys } from './compare-surveys.js';
import { ResponseTable } from './response-table.js';
import type { Answers, SurveyDocument, SurveyQuestion } from './survey-format.js';
import { tallySurveyResults } from './tally-survey-results.js';

const options = (...keys: string[]) => keys.map((key) => ({ key, text: { en: key } }));
const q = (key: string, fields: Partial<SurveyQuestion>): SurveyQuestion => ({ key, type: 'text', text: { en: key }, ...fields });
const survey = (questions: SurveyQuestion[]): SurveyDocument => ({ format: 'survey/v1', title: { en: 'T' }, mode: 'anonymous', languages: ['en'], questions });
const round1 = survey([
  q('role', { type: 'single', options: options('parent', 'student') }),
  q('safe', { type: 'likert', scale: 'agreement-4' }),
  q('kids', { type: 'number' }),
  q('grid', { type: 'matrix', scale: 'frequency-4', items: options('a') }),
  q('changed', { type: 'single', options: options('x', 'y') }),
  q('only_first', { type: 'text' }),
]);
const round2 = survey([
  q('role', { type: 'single', options: options('parent', 'student') }),
  q('safe', { type: 'likert', scale: 'agreement-4' }),
  q('kids', { type: 'number' }),
  q('grid', { type: 'matrix', scale: 'frequency-4', items: options('a') }),
  q('changed', { type: 'single', options: options('x', 'z') }),
]);
const many = (count: number, answers: Answers) => Array.from({ length: count }, () => answers);
const first = tallySurveyResults({ surveyId: 'a', document: round1, by: 'role', threshold: 5, table: ResponseTable.of(round1, [...many(10, { role: 'parent', safe: 'agree', kids: 2, grid: { a: 'often' } }), ...many(10, { role: 'parent', safe: 'disagree', kids: 4 }), ...many(3, { role: 'student', safe: 'agree' })]) });
const second = tallySurveyResults({ surveyId: 'b', document: round2, by: 'role', threshold: 5, table: ResponseTable.of(round2, [...many(15, { role: 'parent', safe: 'agree', kids: 1, grid: { a: 'never' } }), ...many(5, { role: 'parent', safe: 'disagree', kids: 1 }), ...many(6, { role: 'student', safe: 'agree' })]) });

describe('compareSurveys', () => {
  const all = compareSurveys(first, second);

  it('compares the questions both share, and says which share a key but differ', () => {
    expect(all.questions.map((question) => question.key)).toEqual(['role', 'safe', 'kids', 'grid']);
    expect(all.differing).toEqual(['changed']);
  });

  it.each([
    ['agree', 56.5, 80.8, 24.3],
    ['disagree', 43.5, 19.2, -24.3],
    ['strongly_agree', 0, 0, 0],
  ])('all respondents, %s: %s%% then %s%%, %s points', (key, before, after, change) => {
    const option = all.questions.find((question) => question.key === 'safe')!.options!.find((row) => row.key === key)!;
    expect([option.before, option.after, option.change_points]).toEqual([before, after, change]);
  });

  it('compares matrix items and number means', () => {
    const grid = all.questions.find((question) => question.key === 'grid')!;
    expect(grid.items![0]!.options.find((row) => row.key === 'often')).toMatchObject({ before: 100, after: 0, change_points: -100 });
    expect(all.questions.find((question) => question.key === 'kids')!.mean).toEqual({ before: 3, after: 1, change: -2 });
  });

  it('keeps a hidden cell hidden: a group small in one round has no percentage nor change', () => {
    const students = compareSurveys(first, second, { group: 'student' });
    const agree = students.questions.find((question) => question.key === 'safe')!.options!.find((row) => row.key === 'agree')!;
    expect(agree.before).toEqual({ suppressed: true, reason: 'small_group' });
    expect(agree.after).toBe(100);
    expect(agree.change_points).toEqual({ suppressed: true, reason: 'small_group' });
    expect(students.questions.find((question) => question.key === 'safe')!.answered_before).toEqual({ suppressed: true, reason: 'small_group' });
  });

  it('gives no percentage where nobody answered', () => {
    const empty = tallySurveyResults({ surveyId: 'c', document: round2, by: null, threshold: 5, table: new ResponseTable(round2) });
    const option = compareSurveys(empty, second).questions.find((question) => question.key === 'safe')!.options![0]!;
    expect([option.before, option.change_points]).toEqual([null, null]);
  });
});
