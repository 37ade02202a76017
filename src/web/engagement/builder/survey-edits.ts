import type { LocalizedText, QuestionType, SurveyDocument, SurveyOption, SurveyQuestion } from '../../../core/engagement/survey-format';

/*
 * The builder's edits of a survey/v1 document, as pure functions: each takes the document (or a
 * question) and returns a new one, so the screen keeps one value in state and undo-free React
 * updates stay simple. The server validates the whole document on save; these only keep the
 * document coherent while someone edits it (keys unique, show-if pointing at real keys, pages in order).
 */

const MAX_KEY = 40;

/** A key made from words: "How safe is school?" -> "how_safe_is_school", unique among `taken`. */
export function keyFromText(text: string, taken: Iterable<string>, fallback = 'q'): string {
  const base =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, MAX_KEY)
      .replace(/_+$/, '') || fallback;
  return uniqueKey(base, taken);
}

/** `base`, or `base_2`, `base_3`... the first not taken. */
export function uniqueKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** Sets one language's text; an emptied text leaves the map (an emptied required text keeps an empty entry). */
export function withText(text: LocalizedText | undefined, language: string, value: string, isRequired = false): LocalizedText | undefined {
  const next: LocalizedText = { ...(text ?? {}) };
  if (value.trim()) next[language] = value;
  else delete next[language];
  if (Object.keys(next).length > 0) return next;
  return isRequired ? { [language]: '' } : undefined;
}

export const pageOf = (question: SurveyQuestion) => question.page ?? 1;

/** How many pages the document's questions use. */
export const pageCount = (document: SurveyDocument) => Math.max(1, ...document.questions.map(pageOf));

const replaceQuestions = (document: SurveyDocument, questions: SurveyQuestion[]): SurveyDocument => ({ ...document, questions });

/** The words a new question of each type starts with, in the editor's language. */
export interface NewQuestionWords {
  text: string;
  option: (n: number) => string;
  item: (n: number) => string;
}

const choiceTypes: readonly QuestionType[] = ['single', 'multi', 'rank'];
const scaleTypes: readonly QuestionType[] = ['likert', 'matrix'];

/** The fields a question of `type` carries, keeping what still applies from `question`. */
export function withType(question: SurveyQuestion, type: QuestionType, language: string, words: NewQuestionWords): SurveyQuestion {
  const { options, scale, dont_know, items, max_choices, min, max, integer, long, max_length, randomize, fixed_last, ...common } = question;
  const next: SurveyQuestion = { ...common, type };
  if (choiceTypes.includes(type)) {
    next.options = options ?? [1, 2].map((n) => ({ key: `option_${n}`, text: { [language]: words.option(n) } }));
    if (randomize) next.randomize = randomize;
    if (fixed_last) next.fixed_last = fixed_last;
    if (type !== 'single' && max_choices) next.max_choices = max_choices;
  }
  if (scaleTypes.includes(type)) {
    next.scale = scale ?? 'agreement-5';
    if (dont_know) next.dont_know = dont_know;
    // Texts of the scale points in further languages stay with the scale they translate.
    if (options && scale && scaleTypes.includes(question.type)) next.options = options;
  }
  if (type === 'matrix') next.items = items ?? [1, 2].map((n) => ({ key: `item_${n}`, text: { [language]: words.item(n) } }));
  if (type === 'number') Object.assign(next, clean({ min, max, integer }));
  if (type === 'text') Object.assign(next, clean({ long, max_length }));
  if (type !== 'single' && type !== 'likert') delete next.demographic;
  return next;
}

function clean<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Adds a question of `type` at the end of `page`. */
export function addQuestion(document: SurveyDocument, type: QuestionType, page: number, language: string, words: NewQuestionWords): SurveyDocument {
  const key = keyFromText(words.text, document.questions.map((q) => q.key), 'q');
  const question = withType({ key, type, text: { [language]: words.text }, ...(page > 1 ? { page } : {}) }, type, language, words);
  const questions = [...document.questions];
  const after = questions.reduce((last, q, index) => (pageOf(q) <= page ? index : last), -1);
  questions.splice(after + 1, 0, question);
  return replaceQuestions(document, questions);
}

export function updateQuestion(document: SurveyDocument, index: number, update: (question: SurveyQuestion) => SurveyQuestion): SurveyDocument {
  return replaceQuestions(document, document.questions.map((q, i) => (i === index ? update(q) : q)));
}

/** Renames a question's key, and every show-if that names it. */
export function renameQuestion(document: SurveyDocument, index: number, key: string): SurveyDocument {
  const old = document.questions[index]!.key;
  return replaceQuestions(
    document,
    document.questions.map((q, i) => {
      if (i === index) return { ...q, key };
      if (q.show_if?.question === old) return { ...q, show_if: { ...q.show_if, question: key } };
      return q;
    }),
  );
}

/**
 * Moves a question one place up or down. At the edge of its page it goes to the neighbouring page
 * instead of swapping across, so pages stay in order. A question that would come before the one
 * its show-if names (or after one that names it) stays put: conditions look only backwards.
 */
export function moveQuestion(document: SurveyDocument, index: number, direction: -1 | 1): SurveyDocument {
  const questions = [...document.questions];
  const question = questions[index]!;
  const neighbour = questions[index + direction];
  const page = pageOf(question);
  if (!neighbour) {
    const target = page + direction;
    if (target < 1 || (direction > 0 && page >= pageCount(document))) return document;
    return updateQuestion(document, index, (q) => withPage(q, target));
  }
  if (pageOf(neighbour) !== page) return updateQuestion(document, index, (q) => withPage(q, pageOf(neighbour)));
  const isBlocked = direction < 0 ? question.show_if?.question === neighbour.key : neighbour.show_if?.question === question.key;
  if (isBlocked) return document;
  questions[index] = neighbour;
  questions[index + direction] = question;
  return replaceQuestions(document, questions);
}

function withPage(question: SurveyQuestion, page: number): SurveyQuestion {
  const { page: _old, ...rest } = question;
  return page > 1 ? { ...rest, page } : rest;
}

/** Puts a question at the end of another page (keeping the questions in page order). */
export function moveToPage(document: SurveyDocument, index: number, page: number): SurveyDocument {
  const questions = [...document.questions];
  const [question] = questions.splice(index, 1);
  const moved = withPage(question!, page);
  const after = questions.reduce((last, q, i) => (pageOf(q) <= page ? i : last), -1);
  questions.splice(after + 1, 0, moved);
  return replaceQuestions(document, questions);
}

/** A copy right after the original, with a key of its own. */
export function duplicateQuestion(document: SurveyDocument, index: number): SurveyDocument {
  const original = document.questions[index]!;
  const key = uniqueKey(`${original.key.slice(0, MAX_KEY)}_copy`, document.questions.map((q) => q.key));
  const questions = [...document.questions];
  questions.splice(index + 1, 0, { ...structuredClone(original), key });
  return replaceQuestions(document, questions);
}

/** Removes a question, and the show-if conditions that named it. */
export function deleteQuestion(document: SurveyDocument, index: number): SurveyDocument {
  const key = document.questions[index]!.key;
  return replaceQuestions(
    document,
    document.questions.filter((_, i) => i !== index).map((q) => (q.show_if?.question === key ? withoutShowIf(q) : q)),
  );
}

function withoutShowIf(question: SurveyQuestion): SurveyQuestion {
  const { show_if: _gone, ...rest } = question;
  return rest;
}

/** Pages numbered 1, 2, 3... with no gaps, as the format wants them after pages were emptied. */
export function compactPages(document: SurveyDocument): SurveyDocument {
  const used = [...new Set(document.questions.map(pageOf))].sort((a, b) => a - b);
  const renumber = new Map(used.map((page, i) => [page, i + 1]));
  return replaceQuestions(document, document.questions.map((q) => withPage(q, renumber.get(pageOf(q))!)));
}

/* Options and matrix items: a list of { key, text } edited the same way. */

/** Adds an option whose key comes from its text. */
export function addOption(options: readonly SurveyOption[], text: string, language: string): SurveyOption[] {
  return [...options, { key: keyFromText(text, options.map((o) => o.key), 'option'), text: { [language]: text } }];
}

/**
 * Changes an option's text in one language. While its key still is the one its old text made, the
 * key follows the new text (a key someone typed by hand stays).
 */
export function setOptionText(options: readonly SurveyOption[], index: number, language: string, text: string, isKeyLanguage: boolean): SurveyOption[] {
  return options.map((option, i) => {
    if (i !== index) return option;
    const others = options.filter((_, j) => j !== i).map((o) => o.key);
    const isGeneratedKey = option.key === keyFromText(option.text[language] ?? '', others, 'option');
    const key = isKeyLanguage && isGeneratedKey && text.trim() ? keyFromText(text, others, 'option') : option.key;
    return { key, text: withText(option.text, language, text, true)! };
  });
}

export function moveOption<T>(options: readonly T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  if (target < 0 || target >= options.length) return [...options];
  const next = [...options];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export function removeOption<T>(options: readonly T[], index: number): T[] {
  return options.filter((_, i) => i !== index);
}

/** Renames an option's key on a question, and in the show-if conditions of later questions that name it. */
export function renameOption(document: SurveyDocument, questionIndex: number, optionIndex: number, key: string): SurveyDocument {
  const question = document.questions[questionIndex]!;
  const old = question.options?.[optionIndex]?.key;
  return replaceQuestions(
    document,
    document.questions.map((q, i) => {
      if (i === questionIndex) return { ...q, options: q.options?.map((o, j) => (j === optionIndex ? { ...o, key } : o)) };
      if (q.show_if?.question === question.key && q.show_if.any_of && old) {
        return { ...q, show_if: { ...q.show_if, any_of: q.show_if.any_of.map((k) => (k === old ? key : k)) } };
      }
      return q;
    }),
  );
}

/* Languages */

/** Adds a language the survey is offered in (at the end: the first stays the default). */
export function addLanguage(document: SurveyDocument, language: string): SurveyDocument {
  if (document.languages.includes(language)) return document;
  return { ...document, languages: [...document.languages, language] };
}

/**
 * Removes a language and every text written in it: the format allows texts only in the listed
 * languages. The last language cannot go.
 */
export function removeLanguage(document: SurveyDocument, language: string): SurveyDocument {
  if (document.languages.length <= 1 || !document.languages.includes(language)) return document;
  const { extensions, ...rest } = document;
  const stripped = stripLanguage(rest, language) as Omit<SurveyDocument, 'extensions'>;
  return { ...stripped, ...(extensions ? { extensions } : {}), languages: document.languages.filter((l) => l !== language) };
}

const localizedFields = new Set(['title', 'intro', 'thank_you', 'text', 'help']);

function stripLanguage(value: unknown, language: string, field = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => stripLanguage(item, language));
  if (!value || typeof value !== 'object') return value;
  if (localizedFields.has(field)) {
    const { [language]: _gone, ...rest } = value as LocalizedText;
    return rest;
  }
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, stripLanguage(inner, language, key)]));
}

/* Show-if */

/** Question types whose answers can show a later question: one of their options chosen. */
export const conditionTypes: readonly QuestionType[] = ['single', 'multi', 'likert'];

/** The earlier questions a question's show-if may name. */
export function conditionSources(document: SurveyDocument, index: number): SurveyQuestion[] {
  return document.questions.slice(0, index).filter((q) => conditionTypes.includes(q.type));
}

/**
 * Changes an option's (or matrix item's) text on a question; when its key follows the text, the
 * show-if conditions naming the old key follow too.
 */
export function setChoiceText(document: SurveyDocument, questionIndex: number, list: 'options' | 'items', index: number, language: string, text: string): SurveyDocument {
  const question = document.questions[questionIndex]!;
  const before = question[list] ?? [];
  const isKeyLanguage = language === document.languages[0];
  const after = setOptionText(before, index, language, text, isKeyLanguage);
  const updated = updateQuestion(document, questionIndex, (q) => ({ ...q, [list]: after }));
  const oldKey = before[index]?.key;
  const newKey = after[index]?.key;
  if (list === 'items' || !oldKey || oldKey === newKey) return updated;
  // The key changed with the text: carry it into the conditions, on the options as they were.
  const renamed = renameOption(document, questionIndex, index, newKey!);
  return updateQuestion(renamed, questionIndex, (q) => ({ ...q, options: after }));
}

/**
 * Changes a question's text in one language. In the survey's first language, a key still made
 * from the old text follows the new one (with the show-if conditions naming it); a key typed by
 * hand, or a starter's, stays.
 */
export function setQuestionText(document: SurveyDocument, index: number, language: string, text: string): SurveyDocument {
  const question = document.questions[index]!;
  const others = document.questions.filter((_, i) => i !== index).map((q) => q.key);
  const isGeneratedKey = question.key === keyFromText(question.text[language] ?? '', others, 'q');
  const updated = updateQuestion(document, index, (q) => ({ ...q, text: withText(q.text, language, text, true)! }));
  if (language !== document.languages[0] || !isGeneratedKey || !text.trim()) return updated;
  return renameQuestion(updated, index, keyFromText(text, others, 'q'));
}
