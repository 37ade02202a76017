import { choicesOf, scaleKeys } from './likert-scales.js';
import { problem, type SurveyProblem } from './survey-problems.js';
import { DONT_KNOW, type QuestionType, type SurveyDocument, type SurveyOption, type SurveyQuestion } from './survey-format.js';

/**
 * The rules of a survey's questions that the schema cannot say, each problem at its JSON pointer.
 * Part of validateSurveyDocument.
 */
export function questionProblems(document: SurveyDocument): SurveyProblem[] {
  const problems: SurveyProblem[] = [];
  const seen = new Map<string, number>();
  let page = 1;
  document.questions.forEach((question, index) => {
    const at = `/questions/${index}`;
    const earlier = seen.get(question.key);
    if (earlier !== undefined) problems.push(problem(`${at}/key`, 'duplicate', `the key "${question.key}" is already used by question ${earlier + 1}`, { key: question.key }));
    else seen.set(question.key, index);
    if (question.page !== undefined) {
      if (question.page < page) problems.push(problem(`${at}/page`, 'page_out_of_order', `must not be before page ${page}, where the question before it is`, { page }));
      else page = question.page;
    }
    problems.push(...fieldsForType(question, at), ...choiceProblems(question, at), ...boundProblems(question, at), ...showIfProblems(document, index, at));
  });
  return problems;
}

/** The fields each type takes beyond key, type, text, help, page and required. */
const fieldsOf: Record<QuestionType, readonly (keyof SurveyQuestion)[]> = {
  single: ['options', 'randomize', 'fixed_last', 'demographic'],
  multi: ['options', 'randomize', 'fixed_last', 'demographic', 'max_choices'],
  rank: ['options', 'randomize', 'fixed_last', 'max_choices'],
  likert: ['scale', 'dont_know', 'options'],
  matrix: ['scale', 'dont_know', 'options', 'items', 'randomize', 'fixed_last'],
  number: ['min', 'max', 'integer'],
  text: ['long', 'max_length'],
};
const typedFields = [...new Set(Object.values(fieldsOf).flat())];

function fieldsForType(question: SurveyQuestion, at: string): SurveyProblem[] {
  const allowed = fieldsOf[question.type];
  return typedFields
    .filter((field) => question[field] !== undefined && question[field] !== false && !allowed.includes(field))
    .map((field) => problem(`${at}/${field}`, 'not_for_question_type', `a ${question.type} question does not take "${field}"`, { type: question.type }));
}

function choiceProblems(question: SurveyQuestion, at: string): SurveyProblem[] {
  const problems: SurveyProblem[] = [];
  const { type } = question;
  if ((type === 'single' || type === 'multi' || type === 'rank') && !question.options) problems.push(problem(`${at}/options`, 'required', `a ${type} question needs options`));
  if (type === 'likert' && !question.scale) problems.push(problem(`${at}/scale`, 'required', 'a likert question needs a scale'));
  if (type === 'matrix' && !question.items) problems.push(problem(`${at}/items`, 'required', 'a matrix question needs items'));
  if (type === 'matrix' && !question.scale && !question.options) problems.push(problem(`${at}/scale`, 'required', 'a matrix question needs a scale or options'));
  problems.push(...duplicateKeys(question.options, `${at}/options`), ...duplicateKeys(question.items, `${at}/items`));
  if ((type === 'likert' || type === 'matrix') && question.scale && question.options) {
    // On a scale, options only carry the points' texts in more languages: they must be its points.
    const points = new Set([...scaleKeys(question.scale), ...(question.dont_know ? [DONT_KNOW] : [])]);
    question.options.forEach((option, o) => {
      if (!points.has(option.key)) problems.push(problem(`${at}/options/${o}/key`, 'not_on_scale', `"${option.key}" is not a point of the ${question.scale} scale`, { example: scaleKeys(question.scale!)[0]! }));
    });
  }
  const keys = new Set(choicesOf(question).map((option) => option.key));
  question.fixed_last?.forEach((key, k) => {
    if (fieldsOf[type].includes('fixed_last') && !keys.has(key)) problems.push(problem(`${at}/fixed_last/${k}`, 'invalid_choice', `"${key}" is not an option of this question`, { key }));
  });
  const options = question.options?.length ?? 0;
  if (question.max_choices !== undefined && (type === 'multi' || type === 'rank') && question.options && question.max_choices > options) {
    problems.push(problem(`${at}/max_choices`, 'too_big', `must be at most the number of options (${options})`, { maximum: options }));
  }
  return problems;
}

function duplicateKeys(options: readonly SurveyOption[] | undefined, at: string): SurveyProblem[] {
  const seen = new Set<string>();
  return (options ?? []).flatMap((option, index) => {
    if (!seen.has(option.key)) return (seen.add(option.key), []);
    return [problem(`${at}/${index}/key`, 'duplicate', `the key "${option.key}" is used twice`, { key: option.key })];
  });
}

function boundProblems(question: SurveyQuestion, at: string): SurveyProblem[] {
  if (question.type !== 'number' || question.min === undefined || question.max === undefined || question.min <= question.max) return [];
  return [problem(`${at}/max`, 'min_above_max', `must be at least min (${question.min})`)];
}

function showIfProblems(document: SurveyDocument, index: number, at: string): SurveyProblem[] {
  const condition = document.questions[index]!.show_if;
  if (!condition) return [];
  const target = document.questions.findIndex((question) => question.key === condition.question);
  if (target < 0 || target >= index) {
    return [problem(`${at}/show_if/question`, 'not_an_earlier_question', `"${condition.question}" is not the key of a question before this one`, { key: condition.question })];
  }
  const shown = document.questions[target]!;
  const problems: SurveyProblem[] = [];
  const refuse = (field: string) => problems.push(problem(`${at}/show_if/${field}`, 'not_for_question_type', `a condition on a ${shown.type} question does not take "${field}"`, { type: shown.type }));
  if (shown.type === 'single' || shown.type === 'multi' || shown.type === 'likert') {
    if (!condition.any_of) problems.push(problem(`${at}/show_if/any_of`, 'required', 'needs the option keys that show this question'));
    const keys = new Set(choicesOf(shown).map((option) => option.key));
    condition.any_of?.forEach((key, k) => {
      if (!keys.has(key)) problems.push(problem(`${at}/show_if/any_of/${k}`, 'invalid_choice', `"${key}" is not an option of "${shown.key}"`, { key }));
    });
    if (condition.at_least !== undefined) refuse('at_least');
    if (condition.at_most !== undefined) refuse('at_most');
  } else if (shown.type === 'number') {
    if (condition.any_of) refuse('any_of');
    if (condition.at_least === undefined && condition.at_most === undefined) problems.push(problem(`${at}/show_if/at_least`, 'required', 'needs at_least, at_most or both'));
    if (condition.at_least !== undefined && condition.at_most !== undefined && condition.at_least > condition.at_most) {
      problems.push(problem(`${at}/show_if/at_most`, 'min_above_max', `must be at least at_least (${condition.at_least})`));
    }
  } else {
    problems.push(problem(`${at}/show_if/question`, 'not_for_question_type', `a question can be shown only on the answer to a single, multi, likert or number question, not a ${shown.type} one`, { type: shown.type }));
  }
  return problems;
}
