import { checkAnswers } from '../check-answers.js';
import { missingTranslations, type MissingTranslation } from '../missing-translations.js';
import type { SurveyProblem } from '../survey-problems.js';
import { structuralChange } from '../survey-structure.js';
import { SURVEY_FORMAT, type LocalizedText, type SurveyDocument } from '../survey-format.js';
import { validateSurveyDocument } from '../validate-survey-document.js';
import type { DemographicQuestion } from './conversation-format.js';

/** What a conversation's texts are: its prompt, its languages and the demographic questions it asks. */
export interface ConversationTexts {
  prompt: LocalizedText;
  languages: readonly string[];
  demographics: readonly DemographicQuestion[];
}

/**
 * The conversation's texts as a survey/v1 document (the prompt as its title, the demographic
 * questions as its questions), so the survey format's own rules check them: languages listed once,
 * texts only in listed languages, keys used once, options a choice question needs, show-ifs.
 */
function asSurvey(texts: ConversationTexts): SurveyDocument {
  return { format: SURVEY_FORMAT, title: texts.prompt, mode: 'anonymous', languages: [...texts.languages], questions: [...texts.demographics] };
}

// The survey's pointers, said as the conversation's fields.
function conversationPath(path: string, answersAt = '/demographics'): string {
  return path.replace(/^\/title/, '/prompt').replace(/^\/questions/, '/demographics').replace(/^\/answers/, answersAt);
}

/** Every problem of a conversation's texts beyond their shape (the request schema checks that), each at its JSON pointer. */
export function conversationTextProblems(texts: ConversationTexts): SurveyProblem[] {
  const validation = validateSurveyDocument(asSurvey(texts));
  if (validation.ok) return [];
  // A survey needs a question; a conversation need not ask any.
  return validation.problems.filter((problem) => !(texts.demographics.length === 0 && problem.path === '/questions')).map((problem) => ({ ...problem, path: conversationPath(problem.path) }));
}

/** The texts a conversation lacks in one of its languages: it opens only when there are none. */
export function conversationMissingTranslations(texts: ConversationTexts): MissingTranslation[] {
  return missingTranslations(asSurvey(texts)).map((missing) => ({ ...missing, path: conversationPath(missing.path) }));
}

/**
 * A participant's answers to the demographic questions, checked as a survey response is: option
 * keys of each question, required ones present. Problems are at "/demographics/<key>".
 */
export function checkDemographicAnswers(texts: ConversationTexts, answers: unknown): { ok: true; answers: Record<string, unknown> } | { ok: false; problems: SurveyProblem[] } {
  if (texts.demographics.length === 0) {
    const given = answers && typeof answers === 'object' ? Object.keys(answers) : [];
    return given.length ? { ok: false, problems: given.map((key) => ({ path: `/demographics/${key}`, code: 'unknown_field', message: 'this conversation asks no demographic questions' })) } : { ok: true, answers: {} };
  }
  const checked = checkAnswers(asSurvey(texts), answers);
  if (!checked.ok) return { ok: false, problems: checked.problems.map((problem) => ({ ...problem, path: conversationPath(problem.path) })) };
  return { ok: true, answers: checked.answers };
}

/**
 * What an open conversation may not change: a language it offered (statements and participants
 * carry theirs) or its demographic questions beyond their words (participants answered them as
 * they are). The pointer of the first such change, or null.
 */
export function conversationStructuralChange(before: ConversationTexts, after: ConversationTexts): string | null {
  const change = structuralChange(asSurvey(before), asSurvey(after));
  return change === null ? null : conversationPath(change);
}
