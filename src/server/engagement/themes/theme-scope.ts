import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { surveyDocumentSchema, type SurveyQuestion } from '../../../core/engagement/survey-format.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import type { ThemeKind } from './theme-kind.js';
import { themesRepo, type AnswerRow, type QuestionScope } from './themes.repo.js';

/** Who reads or changes which question's answers: the first part of the survey-only use-cases' options. */
export interface ThemeScope extends QuestionScope {
  db: Kysely<DB>;
}

export interface ThemeWriteScope extends ThemeScope {
  actor: Actor;
}

export interface TextQuestion {
  question: SurveyQuestion;
  languages: string[];
  ignoreWords: string[];
}

/** The survey's text question named in the path; 404 when the survey has no text question of that key. */
export async function loadTextQuestion(scope: ThemeScope): Promise<TextQuestion> {
  const survey = await themesRepo.findSurvey(scope.db, scope.organizationId, scope.surveyId);
  if (!survey) throw notFound('Survey');
  const parsed = surveyDocumentSchema.safeParse(survey.document);
  const question = parsed.success ? parsed.data.questions.find((candidate) => candidate.key === scope.questionKey) : undefined;
  if (!parsed.success || !question || question.type !== 'text') throw notFound('Text question');
  // Every answer repeats the question's own words: they would only blur the themes and their labels.
  return { question, languages: parsed.data.languages, ignoreWords: Object.values(question.text) };
}

/**
 * Themes of a text question's answers, for the shared themes use-cases: one run at a time per
 * question, audit events `survey_themes.*` about the question (which has no id of its own: the
 * survey and the key say which) and `survey_theme.*` about a theme.
 */
export const surveyThemes: ThemeKind<QuestionScope, AnswerRow, TextQuestion> = {
  store: themesRepo,
  load: (db, scope) => loadTextQuestion({ db, ...scope }),
  lineKey: (scope) => `${scope.surveyId}/${scope.questionKey}`,
  words: { subject: 'question', items: 'answers', notAnItem: 'is not an answer to this question' },
  audit: {
    prefix: 'survey',
    itemsKey: 'answers',
    idsKey: 'response_ids',
    setEntity: (scope) => ({ entityType: 'survey_question', entityId: null, details: { survey_id: scope.surveyId, question_key: scope.questionKey } }),
  },
};
