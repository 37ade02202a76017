import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { determinedUnknowns, narrowedWidths, reduceRows, type ValueBox } from '../monitoring/linear-disclosure.js';
import { ResponseTable } from './response-table.js';
import type { Answers, SurveyDocument, SurveyQuestion } from './survey-format.js';
import type { Count, QuestionResult, SurveyResults } from './survey-results-types.js';
import { tallySurveyResults } from './tally-survey-results.js';

/**
 * Attacks the published results the way a reader would: every published count, every relation
 * a reader knows between them, written as linear equations over the hidden cells (linear-disclosure.ts,
 * the same algebra that checks the monitoring results). The rule holds when no hidden cell that
 * counts somebody can be solved for, and no hidden count of people (a group's respondents, those
 * of a group who answered a question or a matrix item) can be narrowed to fewer than `threshold`.
 *
 * The relations a reader knows: every "all" cell is the sum of its groups; single-choice, Likert
 * and each matrix item's options add up to those who answered, and first choices of a ranking to
 * those who ranked; a required question was answered by every respondent; and the question the
 * results are broken down by puts each group's respondents in its own option, nobody elsewhere.
 * Counts are never negative. (Bounds such as "answered <= respondents" are inequalities this algebra
 * does not use; they only ever say what the hidden groups together hold.)
 */

const options = (...keys: string[]) => keys.map((key) => ({ key, text: { en: key } }));
const q = (key: string, fields: Partial<SurveyQuestion>): SurveyQuestion => ({ key, type: 'text', text: { en: key }, ...fields });
const ROLES = ['parent', 'student', 'teacher', 'staff'];
const document: SurveyDocument = {
  format: 'survey/v1',
  title: { en: 'T' },
  mode: 'anonymous',
  languages: ['en'],
  questions: [
    q('safe', { type: 'likert', scale: 'agreement-4', dont_know: true, required: true }),
    q('role', { type: 'single', options: options(...ROLES), demographic: 'role' }),
    q('lunch', { type: 'single', options: options('yes', 'no', 'sometimes') }),
    q('topics', { type: 'multi', options: options('food', 'buses', 'safety') }),
    q('priorities', { type: 'rank', options: options('x', 'y', 'z') }),
    q('school', { type: 'matrix', scale: 'satisfaction-4', items: options('food', 'buses') }),
    q('comments', { type: 'text' }),
  ],
};

// Most respondents are parents: the other roles are often small, alone or together.
const role = fc.oneof({ arbitrary: fc.constant(0), weight: 5 }, { arbitrary: fc.integer({ min: 0, max: ROLES.length }), weight: 3 });
const maybe = <T>(arbitrary: fc.Arbitrary<T>, weight = 2) => fc.oneof({ arbitrary: fc.constant(undefined), weight }, { arbitrary, weight: 3 });
const response = fc.record({
  role,
  safe: fc.constantFrom('strongly_disagree', 'disagree', 'agree', 'strongly_agree', 'dont_know'),
  lunch: maybe(fc.constantFrom('yes', 'no', 'sometimes'), 4),
  topics: maybe(fc.subarray(['food', 'buses', 'safety'], { minLength: 1 })),
  priorities: maybe(fc.shuffledSubarray(['x', 'y', 'z'], { minLength: 1 })),
  food: maybe(fc.constantFrom('very_dissatisfied', 'dissatisfied', 'satisfied', 'very_satisfied')),
  buses: maybe(fc.constantFrom('very_dissatisfied', 'dissatisfied', 'satisfied', 'very_satisfied'), 5),
  comments: maybe(fc.constant('text')),
});
type Response = typeof response extends fc.Arbitrary<infer R> ? R : never;

function answersOf(r: Response): Answers {
  const answers: Answers = { safe: r.safe };
  if (r.role < ROLES.length) answers.role = ROLES[r.role]!;
  // Only parents and teachers are asked about lunch: a question some groups never answer.
  if (r.lunch && (r.role === 0 || r.role === 2)) answers.lunch = r.lunch;
  if (r.topics) answers.topics = r.topics;
  if (r.priorities) answers.priorities = r.priorities;
  const school = { ...(r.food ? { food: r.food } : {}), ...(r.buses ? { buses: r.buses } : {}) };
  if (Object.keys(school).length) answers.school = school;
  if (r.comments) answers.comments = r.comments;
  return answers;
}

interface Cell {
  id: string;
  truth: number;
  published: number | null;
  isPeople: boolean;
}

/** Every count of the results, published or hidden, beside its true value, with the relations between them. */
function attackModel(published: SurveyResults, truth: SurveyResults) {
  const cells = new Map<string, Cell>();
  const relations: Map<string, number>[] = [];
  const columns = ['all', ...truth.groups.slice(1).map((group) => group.key)];
  const add = (id: string, shown: Count, real: Count, isPeople: boolean) => cells.set(id, { id, truth: real as number, published: typeof shown === 'number' ? shown : null, isPeople });
  const addRow = (id: string, shown: Record<string, Count>, real: Record<string, Count>, isPeople: boolean) => {
    for (const column of columns) add(`${id}@${column}`, shown[column]!, real[column]!, isPeople);
    if (columns.length > 1) relations.push(new Map([[`${id}@all`, 1], ...columns.slice(1).map((column) => [`${id}@${column}`, -1] as [string, number])]));
  };
  const sums = (parts: string[], whole: string) => {
    for (const column of columns) relations.push(new Map([...parts.map((part) => [`${part}@${column}`, 1] as [string, number]), [`${whole}@${column}`, -1]]));
  };
  addRow('respondents', Object.fromEntries(published.groups.map((g) => [g.key, g.respondents])), Object.fromEntries(truth.groups.map((g) => [g.key, g.respondents])), true);
  truth.questions.forEach((real, index) => {
    const shown = published.questions[index]!;
    addRow(`${real.key}.answered`, shown.answered, real.answered, true);
    const question = document.questions.find((candidate) => candidate.key === real.key)!;
    if (question.required) for (const column of columns) relations.push(new Map([[`${real.key}.answered@${column}`, 1], [`respondents@${column}`, -1]]));
    optionRelations(real, shown, question.type, addRow, sums);
    if (real.key === published.by) {
      for (const column of columns.slice(1)) {
        relations.push(new Map([[`${real.key}.answered@${column}`, 1], ...(column === 'no_answer' ? [] : [[`respondents@${column}`, -1] as [string, number]])]));
        for (const option of real.options!) relations.push(new Map([[`${real.key}.${option.key}@${column}`, 1], ...(option.key === column ? [[`respondents@${column}`, -1] as [string, number]] : [])]));
      }
    }
  });
  return { cells: [...cells.values()], relations };
}

function optionRelations(real: QuestionResult, shown: QuestionResult, type: SurveyQuestion['type'], addRow: (id: string, shown: Record<string, Count>, real: Record<string, Count>, isPeople: boolean) => void, sums: (parts: string[], whole: string) => void) {
  real.options?.forEach((option, o) => addRow(`${real.key}.${option.key}`, shown.options![o]!.counts, option.counts, false));
  if (type === 'single' || type === 'likert') sums(real.options!.map((option) => `${real.key}.${option.key}`), `${real.key}.answered`);
  real.ranking?.forEach((option, o) => addRow(`${real.key}.first.${option.key}`, shown.ranking![o]!.first, option.first, false));
  if (real.ranking) sums(real.ranking.map((option) => `${real.key}.first.${option.key}`), `${real.key}.answered`);
  real.items?.forEach((item, i) => {
    const id = `${real.key}.${item.key}`;
    addRow(`${id}.answered`, shown.items![i]!.answered, item.answered, true);
    item.options.forEach((option, o) => addRow(`${id}.${option.key}`, shown.items![i]!.options[o]!.counts, option.counts, false));
    sums(item.options.map((option) => `${id}.${option.key}`), `${id}.answered`);
  });
}

/** The hidden cells a reader can solve for, or narrow (a count of people) to fewer than the threshold. */
function disclosed(published: SurveyResults, truth: SurveyResults, threshold: number): string[] {
  const { cells, relations } = attackModel(published, truth);
  const hidden = cells.filter((cell) => cell.published === null);
  const column = new Map(hidden.map((cell, index) => [cell.id, index]));
  const byId = new Map(cells.map((cell) => [cell.id, cell]));
  const rows = relations
    .map((terms) => {
      const row = hidden.map(() => 0);
      let constant = 0;
      for (const [id, coefficient] of terms) {
        if (column.has(id)) row[column.get(id)!]! += coefficient;
        else constant -= coefficient * byId.get(id)!.published!;
      }
      return [...row, constant];
    })
    .filter((row) => row.slice(0, -1).some((value) => value !== 0));
  const system = reduceRows(rows, hidden.length);
  const determined = determinedUnknowns(system);
  const boxes: ValueBox[] = hidden.map(() => ({ min: 0, max: Infinity }));
  const widths = narrowedWidths([...rows, ...system.rows], hidden.length, boxes);
  // A cell that counts nobody tells nothing about anybody, however well it is known.
  return hidden.filter((cell, j) => cell.truth > 0 && (determined[j] || (cell.isPeople && widths[j]! < threshold - 1e-6))).map((cell) => `${cell.id}=${cell.truth}`);
}

describe('the suppression rule against a reader with linear algebra', () => {
  it('never lets a hidden cell be solved for, nor a hidden count of people be narrowed under the threshold', () => {
    fc.assert(
      fc.property(fc.array(response, { minLength: 0, maxLength: 70 }), fc.integer({ min: 2, max: 8 }), fc.constantFrom(null, 'role', 'safe', 'lunch'), (list, threshold, by) => {
        const table = ResponseTable.of(document, list.map(answersOf));
        const published = tallySurveyResults({ surveyId: 's', document, table, by, threshold });
        const truth = tallySurveyResults({ surveyId: 's', document, table, by, threshold: 1 });
        expect(disclosed(published, truth, threshold)).toEqual([]);
      }),
      { seed: 20260913, numRuns: 200 },
    );
  }, 60_000);

  it('catches a rule that hides a small group without a complement (the attack is not toothless)', () => {
    const list: Response[] = [...Array.from({ length: 12 }, () => ({ role: 0, safe: 'agree' })), ...Array.from({ length: 2 }, () => ({ role: 1, safe: 'disagree' })), ...Array.from({ length: 9 }, () => ({ role: 2, safe: 'agree' }))] as Response[];
    const table = ResponseTable.of(document, list.map(answersOf));
    const truth = tallySurveyResults({ surveyId: 's', document, table, by: 'role', threshold: 1 });
    const published = tallySurveyResults({ surveyId: 's', document, table, by: 'role', threshold: 5 });
    expect(disclosed(published, truth, 5)).toEqual([]);
    // The same results with the complement shown again: the students' 2 can be worked out.
    const leaky = JSON.parse(JSON.stringify(published), (key, value) => (value?.reason === 'complement' ? (undefined as never) : value)) as SurveyResults;
    const restore = (shown: Record<string, Count>, real: Record<string, Count>) => {
      for (const key of Object.keys(real)) if (shown[key] === undefined) shown[key] = real[key]!;
    };
    leaky.groups.forEach((group, g) => (group.respondents ??= truth.groups[g]!.respondents));
    leaky.questions.forEach((question, i) => {
      restore(question.answered, truth.questions[i]!.answered);
      question.options?.forEach((option, o) => restore(option.counts, truth.questions[i]!.options![o]!.counts));
      question.items?.forEach((item, t) => (restore(item.answered, truth.questions[i]!.items![t]!.answered), item.options.forEach((option, o) => restore(option.counts, truth.questions[i]!.items![t]!.options[o]!.counts))));
      question.ranking?.forEach((option, o) => restore(option.first, truth.questions[i]!.ranking![o]!.first));
    });
    expect(disclosed(leaky, truth, 5)).toContain('respondents@student=2');
  });
});
