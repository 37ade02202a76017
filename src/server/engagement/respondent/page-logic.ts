import type { AnswerValue, ShowIf } from '../../../core/engagement/survey-format.js';

/**
 * The rules the respondent page's script applies in the browser, written as self-contained
 * functions (no imports, no outer names) because their source text is what the script carries
 * (survey-page-script.ts): the build compiles the server, it bundles nothing for a browser. They
 * mirror core/engagement/check-answers.ts's isQuestionShown and form-fields.ts's answersFromFields;
 * page-logic.test.ts holds both pairs to the same answers on a table of cases.
 */

/** What the script knows of each question, read from the page's data attributes, in survey order. */
export interface PageQuestion {
  key: string;
  type: string;
  show_if?: ShowIf | undefined;
}

/** isQuestionShown: shown without a condition, else when the earlier question it names was shown and answered as it asks. */
export function isShownInPage(questions: readonly PageQuestion[], index: number, answers: Record<string, AnswerValue>): boolean {
  const condition = questions[index]?.show_if;
  if (!condition) return true;
  let target = -1;
  for (let i = 0; i < questions.length; i++) if (questions[i]!.key === condition.question) target = i;
  if (target < 0 || target >= index) return false;
  if (!isShownInPage(questions, target, answers)) return false;
  const answer = answers[condition.question];
  if (condition.any_of) {
    const chosen = typeof answer === 'string' ? [answer] : Array.isArray(answer) ? answer : [];
    return chosen.some((key) => condition.any_of!.includes(key));
  }
  if (typeof answer !== 'number') return false;
  return (condition.at_least === undefined || answer >= condition.at_least) && (condition.at_most === undefined || answer <= condition.at_most);
}

/**
 * answersFromFields: the answers the form's fields give (a.<key>, a.<key>.<item>, r.<key>.<option>),
 * and the rank questions where one place was given twice.
 */
export function answersFromPageFields(questions: readonly PageQuestion[], fields: Record<string, string[]>): { answers: Record<string, AnswerValue>; duplicates: string[] } {
  const answers: Record<string, AnswerValue> = {};
  const duplicates: string[] = [];
  const firstOf = (name: string) => (fields[name]?.[0] ?? '').trim();
  for (const question of questions) {
    const key = question.key;
    const name = 'a.' + key;
    if (question.type === 'single' || question.type === 'likert' || question.type === 'text') {
      const value = question.type === 'text' ? (fields[name]?.[0] ?? '').replace(/\r\n/g, '\n').trim() : firstOf(name);
      if (value) answers[key] = value;
    } else if (question.type === 'number') {
      const value = firstOf(name);
      const normalized = value.replace(/\s/g, '').replace(',', '.');
      if (value) answers[key] = /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : value;
    } else if (question.type === 'multi') {
      const chosen = (fields[name] ?? []).filter(Boolean);
      if (chosen.length) answers[key] = chosen.filter((value, i) => chosen.indexOf(value) === i);
    } else if (question.type === 'matrix') {
      const rows: Record<string, string> = {};
      for (const field of Object.keys(fields)) {
        const value = firstOf(field);
        if (field.startsWith(name + '.') && value) rows[field.slice(name.length + 1)] = value;
      }
      if (Object.keys(rows).length) answers[key] = rows;
    } else if (question.type === 'rank') {
      const placed: Array<{ key: string; place: number }> = [];
      for (const field of Object.keys(fields)) {
        const place = Number(firstOf(field));
        if (field.startsWith('r.' + key + '.') && Number.isInteger(place) && place > 0) placed.push({ key: field.slice(key.length + 3), place });
      }
      if (new Set(placed.map((entry) => entry.place)).size < placed.length) duplicates.push(key);
      else if (placed.length) answers[key] = placed.sort((a, b) => a.place - b.place).map((entry) => entry.key);
    }
  }
  return { answers, duplicates };
}
