import { describe, expect, it } from 'vitest';
import { isQuestionShown } from '../../../core/engagement/check-answers.js';
import type { Answers, SurveyDocument, SurveyQuestion } from '../../../core/engagement/survey-format.js';
import { chooseSurveyLanguage } from './choose-language.js';
import { answersFromFields, withoutHiddenAnswers, type FormFields } from './form-fields.js';
import { orderedOptions } from './option-order.js';
import { answersFromPageFields, isShownInPage } from './page-logic.js';
import { respondentScriptSource } from './survey-page-script.js';

const text = (en: string) => ({ en });
const options = (...keys: string[]) => keys.map((key) => ({ key, text: text(key) }));
const q = (question: Partial<SurveyQuestion> & Pick<SurveyQuestion, 'key' | 'type'>): SurveyQuestion => ({ text: text(question.key), ...question });

// Every kind of condition, a chain (c3 hangs on c2, which hangs on c1), a condition on a later
// question and on an unknown one (never shown), a number range and a multi.
const document: SurveyDocument = {
  format: 'survey/v1',
  title: text('Conditions'),
  mode: 'anonymous',
  languages: ['en'],
  questions: [
    q({ key: 'c1', type: 'single', options: options('yes', 'no') }),
    q({ key: 'c2', type: 'multi', options: options('bus', 'car', 'walk'), show_if: { question: 'c1', any_of: ['yes'] } }),
    q({ key: 'c3', type: 'text', show_if: { question: 'c2', any_of: ['bus', 'walk'] } }),
    q({ key: 'n', type: 'number' }),
    q({ key: 'teen', type: 'text', show_if: { question: 'n', at_least: 13, at_most: 19 } }),
    q({ key: 'big', type: 'text', show_if: { question: 'n', at_least: 100 } }),
    q({ key: 'lk', type: 'likert', scale: 'agreement-5', dont_know: true }),
    q({ key: 'why', type: 'text', show_if: { question: 'lk', any_of: ['disagree', 'strongly_disagree'] } }),
    q({ key: 'early', type: 'text', show_if: { question: 'late', any_of: ['x'] } }),
    q({ key: 'late', type: 'single', options: options('x') }),
    q({ key: 'ghost', type: 'text', show_if: { question: 'nobody', any_of: ['x'] } }),
    q({ key: 'grid', type: 'matrix', scale: 'agreement-4', items: options('a', 'b') }),
    q({ key: 'gridded', type: 'text', show_if: { question: 'grid', any_of: ['agree'] } }),
    q({ key: 'order', type: 'rank', options: options('r1', 'r2', 'r3') }),
  ],
};

const answerSets: Answers[] = [
  {},
  { c1: 'yes' },
  { c1: 'no', c2: ['bus'] },
  { c1: 'yes', c2: ['bus'] },
  { c1: 'yes', c2: ['car'] },
  { c1: 'yes', c2: ['car', 'walk'] },
  { n: 12 },
  { n: 13 },
  { n: 19 },
  { n: 19.5 },
  { n: 150 },
  { n: '15' as unknown as number },
  { lk: 'disagree' },
  { lk: 'dont_know' },
  { late: 'x' },
  { grid: { a: 'agree' } },
];

describe('the page script’s rules agree with the server’s', () => {
  it('shows and hides every question as isQuestionShown does, on every set of answers', () => {
    for (const answers of answerSets) {
      document.questions.forEach((question, index) => {
        expect(isShownInPage(document.questions, index, answers), `${question.key} with ${JSON.stringify(answers)}`).toBe(isQuestionShown(document, question, answers));
      });
    }
  });

  const fieldSets: FormFields[] = [
    {},
    { 'a.c1': ['yes'], 'a.c2': ['bus', 'walk', 'bus'], 'a.c3': ['  two lines\r\nhere  '] },
    { 'a.n': ['2,5'], 'a.lk': ['agree'], 'a.teen': [''] },
    { 'a.n': ['-3'], 'a.grid.a': ['agree'], 'a.grid.b': [''] },
    { 'a.n': ['twelve'] },
    { 'r.order.r1': ['2'], 'r.order.r2': ['1'], 'r.order.r3': [''] },
    { 'r.order.r1': ['1'], 'r.order.r2': ['1'] },
  ];

  it('reads the same answers from the same form fields as the server does', () => {
    for (const fields of fieldSets) {
      const server = answersFromFields(document, fields);
      const page = answersFromPageFields(document.questions, fields);
      expect(page.answers, JSON.stringify(fields)).toEqual(server.answers);
      expect(page.duplicates).toEqual(server.problems.map((problem) => problem.path.replace('/answers/', '')));
    }
  });

  it('drops the answers to questions a respondent without the script answered but should not have seen', () => {
    expect(withoutHiddenAnswers(document, { c1: 'no', c2: ['bus'], c3: 'by bus', n: 15, teen: 'yes', big: 'no' })).toEqual({ c1: 'no', n: 15, teen: 'yes' });
  });

  it('carries the rules and helpers inside the served script, which parses as a script', () => {
    expect(respondentScriptSource).toContain('var isShownInPage=function isShownInPage(');
    expect(respondentScriptSource).toContain('var answersFromPageFields=function answersFromPageFields(');
    expect(respondentScriptSource).toContain('var sendWithRetries=async function sendWithRetries(');
    expect(respondentScriptSource).toContain('var markQuestion=function markQuestion(');
    expect(() => new Function(respondentScriptSource)).not.toThrow();
    expect(respondentScriptSource).not.toMatch(/\bimport\b|\brequire\(|__vite|\bexports\b/);
  });
});

describe('the respondent’s language', () => {
  const cases: Array<[chosen: string | undefined, accept: string | undefined, languages: string[], expected: string]> = [
    [undefined, undefined, ['en', 'es'], 'en'],
    [undefined, 'es-MX,es;q=0.9,en;q=0.8', ['en', 'es'], 'es'],
    [undefined, 'fr,de;q=0.5', ['es', 'en'], 'es'],
    [undefined, 'fr,en;q=0.3,es;q=0.5', ['en', 'es'], 'es'],
    ['en', 'es', ['en', 'es'], 'en'],
    ['fr', 'es', ['en', 'es'], 'es'],
    ['AR', undefined, ['en', 'es', 'ar'], 'ar'],
    [undefined, 'zh-TW', ['en', 'zh-Hant'], 'zh-Hant'],
    [undefined, '*', ['es', 'en'], 'es'],
  ];
  it.each(cases)('?lang=%s with Accept-Language %s among %j reads %s', (chosen, accept, languages, expected) => {
    expect(chooseSurveyLanguage({ chosen, acceptLanguage: accept, languages })).toBe(expected);
  });
});

describe('the order of options', () => {
  const question = { key: 'where', randomize: true, fixed_last: ['other', 'none'] };
  const list = options('a', 'b', 'c', 'd', 'e', 'f', 'none', 'other');

  it('keeps the written order unless asked to shuffle', () => {
    expect(orderedOptions({ key: 'where' }, list, 'seed').map((o) => o.key)).toEqual(list.map((o) => o.key));
  });

  it('shuffles per respondent, the same each time for one, with the fixed options last in their listed order', () => {
    const orders = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'].map((seed) => orderedOptions(question, list, seed).map((o) => o.key));
    for (const order of orders) {
      expect(order.slice(-2)).toEqual(['other', 'none']);
      expect([...order].sort()).toEqual(list.map((o) => o.key).sort());
    }
    expect(new Set(orders.map((order) => order.join())).size).toBeGreaterThan(1);
    expect(orderedOptions(question, list, 'r1').map((o) => o.key)).toEqual(orders[0]);
  });
});
