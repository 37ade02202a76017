import type { z } from 'zod';
import { fieldIssueOf } from '../platform/field-issues.js';
import { questionProblems } from './survey-question-rules.js';
import { problem, toPointer, type SurveyProblem } from './survey-problems.js';
import { surveyDocumentSchema, type LocalizedText, type SurveyDocument } from './survey-format.js';

export type SurveyValidation = { ok: true; document: SurveyDocument } | { ok: false; problems: SurveyProblem[] };

/**
 * Checks a whole survey/v1 document before anything is stored: the schema first (each problem at
 * its JSON pointer), then what a schema cannot say: keys used twice, the fields each question type
 * needs and refuses, show-if conditions that point at an earlier question and at its real options,
 * pages in order, languages listed once and texts only in listed languages. Every problem is
 * reported, not just the first, so a builder can mark them all at once.
 */
export function validateSurveyDocument(input: unknown): SurveyValidation {
  const parsed = surveyDocumentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) };
  const document = parsed.data;
  const problems = [...languageProblems(document), ...questionProblems(document)];
  return problems.length ? { ok: false, problems } : { ok: true, document };
}

function schemaProblems(error: z.ZodError): SurveyProblem[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => problem(toPointer([...issue.path, key]), 'unknown_field', 'is not a field of this format; put it in "extensions"'));
    }
    const { code, message, path, input: _input, ...params } = issue as z.core.$ZodIssue & { input?: unknown };
    const { code: issueCode, params: issueParams } = fieldIssueOf({ code, message, params });
    // zod keeps no input in its issues, so "missing" is read from its words (as the plan's format does).
    const words = issueCode === 'required' && code === 'invalid_type' ? 'is required' : message;
    return [problem(toPointer(path), issueCode, words, issueParams)];
  });
}

function languageProblems(document: SurveyDocument): SurveyProblem[] {
  const problems: SurveyProblem[] = [];
  const listed = new Set<string>();
  document.languages.forEach((language, index) => {
    if (listed.has(language)) problems.push(problem(`/languages/${index}`, 'duplicate', `"${language}" is listed twice`, { key: language }));
    listed.add(language);
  });
  for (const { path, text } of everyText(document)) {
    for (const language of Object.keys(text)) {
      if (!listed.has(language)) problems.push(problem(`${path}/${toPointer([language]).slice(1)}`, 'language_not_listed', `"${language}" is not one of the survey's languages`, { language }));
    }
  }
  return problems;
}

/** Every text of a document with its pointer, in document order. */
export function everyText(document: SurveyDocument): { path: string; text: LocalizedText }[] {
  const texts: { path: string; text: LocalizedText }[] = [{ path: '/title', text: document.title }];
  if (document.intro) texts.push({ path: '/intro', text: document.intro });
  if (document.thank_you) texts.push({ path: '/thank_you', text: document.thank_you });
  document.questions.forEach((question, q) => {
    const at = `/questions/${q}`;
    texts.push({ path: `${at}/text`, text: question.text });
    if (question.help) texts.push({ path: `${at}/help`, text: question.help });
    question.options?.forEach((option, o) => texts.push({ path: `${at}/options/${o}/text`, text: option.text }));
    question.items?.forEach((item, i) => texts.push({ path: `${at}/items/${i}/text`, text: item.text }));
  });
  return texts;
}
