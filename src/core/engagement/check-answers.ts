import { isStorableText, unstorableTextMessage } from '../platform/storable-text.js';
import { choicesOf } from './likert-scales.js';
import { problem, toPointer, type SurveyProblem } from './survey-problems.js';
import type { AnswerValue, Answers, SurveyDocument, SurveyQuestion } from './survey-format.js';

export type AnswerCheck = { ok: true; answers: Answers } | { ok: false; problems: SurveyProblem[] };

/** The longest text answer taken when a question sets no max_length: a line, or a paragraph box. */
export const SHORT_TEXT_LIMIT = 500;
export const LONG_TEXT_LIMIT = 5000;

/**
 * Checks one respondent's answers against the survey, as the public response route receives them:
 * single and Likert an option key; multi and rank an array of distinct keys; number a number; text
 * a string; matrix an object of item key to option key. An empty answer (null, "", [], {}) counts
 * as no answer. A question hidden by its show_if must not be answered, and is required only when
 * shown. Every problem is at "/answers/<key>" (or "/answers/<key>/<item or index>"). The answers
 * come back trimmed, without the empty ones, in the survey's order; what they hold can be stored
 * (a text with a NUL or a lone surrogate is refused), so the ingest route needs no other text check.
 */
export function checkAnswers(document: SurveyDocument, answers: unknown): AnswerCheck {
  if (!isPlainObject(answers)) return { ok: false, problems: [problem('/answers', 'invalid_type', 'must be an object of answers by question key')] };
  const problems: SurveyProblem[] = [];
  const keys = new Set(document.questions.map((question) => question.key));
  for (const key of Object.keys(answers)) if (!keys.has(key)) problems.push(problem(toPointer(['answers', key]), 'unknown_field', 'is not the key of a question of this survey'));
  const accepted: Answers = {};
  // What decides the show_ifs: the answers taken, and those refused for their form, so one wrong
  // answer is reported once and not again as "not asked" on every question that depends on it.
  const considered: Answers = {};
  for (const question of document.questions) {
    const at = toPointer(['answers', question.key]);
    const value = withoutEmpty(answers[question.key]);
    const isShown = isQuestionShown(document, question, considered);
    if (value === undefined) {
      if (isShown && question.required) problems.push(problem(at, 'required', 'is required'));
      continue;
    }
    if (!isShown) {
      problems.push(problem(at, 'not_asked', 'was not asked: an earlier answer skips this question'));
      continue;
    }
    const found = answerProblems(question, value, at);
    considered[question.key] = found.value ?? (value as AnswerValue);
    if (found.problems.length) problems.push(...found.problems);
    else accepted[question.key] = found.value!;
  }
  return problems.length ? { ok: false, problems } : { ok: true, answers: accepted };
}

/**
 * Whether a respondent with these answers is asked the question: always without a show_if, else
 * when the earlier question it names was itself asked and answered one of `any_of`, or with a
 * number within at_least..at_most.
 */
export function isQuestionShown(document: SurveyDocument, question: SurveyQuestion, answers: Answers): boolean {
  const condition = question.show_if;
  if (!condition) return true;
  const index = document.questions.indexOf(question);
  const target = document.questions.findIndex((candidate) => candidate.key === condition.question);
  // Only an earlier question can decide, which also keeps a malformed document from looping.
  if (target < 0 || (index >= 0 && target >= index)) return false;
  const shown = document.questions[target]!;
  if (!isQuestionShown(document, shown, answers)) return false;
  const answer = answers[shown.key];
  if (condition.any_of) {
    const chosen = typeof answer === 'string' ? [answer] : Array.isArray(answer) ? answer : [];
    return chosen.some((key) => condition.any_of!.includes(key));
  }
  if (typeof answer !== 'number') return false;
  return (condition.at_least === undefined || answer >= condition.at_least) && (condition.at_most === undefined || answer <= condition.at_most);
}

function answerProblems(question: SurveyQuestion, value: unknown, at: string): { value?: AnswerValue; problems: SurveyProblem[] } {
  const keys = new Set(choicesOf(question).map((option) => option.key));
  const wrongType = (expected: string) => ({ problems: [problem(at, 'invalid_type', `must be ${expected}`)] });
  switch (question.type) {
    case 'single':
    case 'likert':
      if (typeof value !== 'string') return wrongType('an option key');
      return keys.has(value) ? { value, problems: [] } : { problems: [problem(at, 'invalid_choice', `"${value}" is not an option of this question`, { key: value })] };
    case 'multi':
    case 'rank': {
      if (!Array.isArray(value) || !value.every((key) => typeof key === 'string')) return wrongType('an array of option keys');
      const limit = question.type === 'multi' ? question.max_choices : Math.min(question.max_choices ?? keys.size, keys.size);
      const problems = value.flatMap((key, index) => {
        if (!keys.has(key)) return [problem(`${at}/${index}`, 'invalid_choice', `"${key}" is not an option of this question`, { key })];
        return value.indexOf(key) < index ? [problem(`${at}/${index}`, 'duplicate', `"${key}" is given twice`, { key })] : [];
      });
      if (limit !== undefined && value.length > limit) problems.push(problem(at, 'too_many', `must hold at most ${limit} options`, { maximum: limit }));
      return problems.length ? { problems } : { value: [...value], problems };
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType('a number');
      if (question.integer && !Number.isInteger(value)) return { problems: [problem(at, 'not_whole_number', 'must be a whole number')] };
      if (question.min !== undefined && value < question.min) return { problems: [problem(at, 'too_small', `must be at least ${question.min}`, { minimum: question.min })] };
      if (question.max !== undefined && value > question.max) return { problems: [problem(at, 'too_big', `must be at most ${question.max}`, { maximum: question.max })] };
      return { value, problems: [] };
    }
    case 'text': {
      if (typeof value !== 'string') return wrongType('a text');
      // The only answer stored as the respondent wrote it (keys and options are the survey's own).
      if (!isStorableText(value)) return { problems: [problem(at, 'invalid_characters', unstorableTextMessage)] };
      const limit = question.max_length ?? (question.long ? LONG_TEXT_LIMIT : SHORT_TEXT_LIMIT);
      return value.length > limit ? { problems: [problem(at, 'too_long', `must be at most ${limit} characters`, { maximum: limit })] } : { value, problems: [] };
    }
    case 'matrix':
      return matrixProblems(question, value, keys, at);
  }
}

function matrixProblems(question: SurveyQuestion, value: unknown, keys: ReadonlySet<string>, at: string): { value?: AnswerValue; problems: SurveyProblem[] } {
  if (!isPlainObject(value)) return { problems: [problem(at, 'invalid_type', 'must be an object of option keys by item key')] };
  const items = new Set((question.items ?? []).map((item) => item.key));
  const problems: SurveyProblem[] = [];
  for (const [item, key] of Object.entries(value)) {
    const itemAt = `${at}${toPointer([item])}`;
    if (!items.has(item)) problems.push(problem(itemAt, 'unknown_field', 'is not an item of this question'));
    else if (typeof key !== 'string') problems.push(problem(itemAt, 'invalid_type', 'must be an option key'));
    else if (!keys.has(key)) problems.push(problem(itemAt, 'invalid_choice', `"${key}" is not an option of this question`, { key }));
  }
  // A required grid needs every row: the respondent saw them all on one screen.
  if (question.required) for (const item of items) if (!Object.hasOwn(value, item)) problems.push(problem(`${at}${toPointer([item])}`, 'required', 'is required'));
  if (problems.length) return { problems };
  const ordered = (question.items ?? []).filter((item) => Object.hasOwn(value, item.key)).map((item) => [item.key, value[item.key] as string]);
  return { value: Object.fromEntries(ordered), problems };
}

function withoutEmpty(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (Array.isArray(value)) return value.length === 0 ? undefined : value;
  if (isPlainObject(value)) return Object.keys(value).length === 0 ? undefined : value;
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
