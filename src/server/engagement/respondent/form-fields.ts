import { isQuestionShown } from '../../../core/engagement/check-answers.js';
import type { SurveyProblem } from '../../../core/engagement/survey-problems.js';
import type { Answers, SurveyDocument } from '../../../core/engagement/survey-format.js';

/**
 * The respondent page's form speaks in fields, the API in answers. A field is named after what it
 * answers, so the page, its script and the server read it the same way (question and option keys
 * are letters, digits, "_" and "-", never a dot):
 *   a.<question>          single, Likert, number, text; multi repeats it once per option ticked
 *   a.<question>.<item>   one row of a matrix
 *   r.<question>.<option> a rank: the place (1, 2, ...) given to that option, or empty
 */
export type FormFields = Record<string, string[]>;

export const answerField = (questionKey: string, itemKey?: string) => (itemKey ? `a.${questionKey}.${itemKey}` : `a.${questionKey}`);
export const rankField = (questionKey: string, optionKey: string) => `r.${questionKey}.${optionKey}`;

/** A form-urlencoded body as fields, each with every value it was sent with, in order. */
export function formFieldsOf(body: string): FormFields {
  const fields: FormFields = {};
  for (const [name, value] of new URLSearchParams(body)) (fields[name] ??= []).push(value);
  return fields;
}

const first = (fields: FormFields, name: string) => fields[name]?.[0]?.trim() ?? '';

/**
 * The answers a posted form gives, as the API takes them; what a form cannot say the API's way (a
 * rank with one place given twice) comes back as a problem at the question's path. Blank fields
 * are no answer; a number that does not read as one is passed on as written, for the survey's
 * check to refuse in its words.
 */
export function answersFromFields(document: SurveyDocument, fields: FormFields): { answers: Answers; problems: SurveyProblem[] } {
  const answers: Answers = {};
  const problems: SurveyProblem[] = [];
  for (const question of document.questions) {
    const key = question.key;
    switch (question.type) {
      case 'single':
      case 'likert':
      case 'text': {
        const value = question.type === 'text' ? (fields[answerField(key)]?.[0] ?? '').replace(/\r\n/g, '\n').trim() : first(fields, answerField(key));
        if (value) answers[key] = value;
        break;
      }
      case 'number': {
        const value = first(fields, answerField(key));
        if (value) answers[key] = readNumber(value);
        break;
      }
      case 'multi': {
        const chosen = (fields[answerField(key)] ?? []).filter(Boolean);
        if (chosen.length) answers[key] = [...new Set(chosen)];
        break;
      }
      case 'matrix': {
        const rows: Record<string, string> = {};
        for (const item of question.items ?? []) {
          const value = first(fields, answerField(key, item.key));
          if (value) rows[item.key] = value;
        }
        if (Object.keys(rows).length) answers[key] = rows;
        break;
      }
      case 'rank': {
        const placed = (question.options ?? [])
          .map((option) => ({ key: option.key, place: Number(first(fields, rankField(key, option.key))) }))
          .filter((entry) => Number.isInteger(entry.place) && entry.place > 0);
        if (new Set(placed.map((entry) => entry.place)).size < placed.length) {
          problems.push({ path: `/answers/${key}`, code: 'duplicate', message: 'gives one place to two options' });
          break;
        }
        if (placed.length) answers[key] = placed.sort((a, b) => a.place - b.place).map((entry) => entry.key);
        break;
      }
    }
  }
  return { answers, problems };
}

/** "12", "-3", "2.5" and "2,5" read as numbers; anything else stays the text it was. */
function readNumber(value: string): number | string {
  const normalized = value.replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : value;
}

/**
 * The answers without those to questions the respondent should not have seen: without the page's
 * script every question is on the page, so someone may answer one whose condition then turned
 * false. Walked in order, so a question hidden because an earlier one is hidden goes too.
 */
export function withoutHiddenAnswers(document: SurveyDocument, answers: Answers): Answers {
  const kept: Answers = { ...answers };
  for (const question of document.questions) if (!isQuestionShown(document, question, kept)) delete kept[question.key];
  return kept;
}
