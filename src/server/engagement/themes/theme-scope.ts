import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { surveyDocumentSchema, type SurveyQuestion } from '../../../core/engagement/survey-format.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { runInWorker, KeyBusyError, type WorkerLine } from './worker-runner.js';
import type { ThemeTask, ThemeTaskResults } from '../../../core/engagement/themes/theme-tasks.js';
import { themesRepo, type QuestionScope } from './themes.repo.js';

/** Who reads or changes which question's themes: the first part of every themes use-case's options. */
export interface ThemeScope extends QuestionScope {
  db: Kysely<DB>;
}

export interface ThemeWriteScope extends ThemeScope {
  actor: Actor;
}

/** The survey's text question named in the path; 404 when the survey has no text question of that key. */
export async function loadTextQuestion(scope: ThemeScope): Promise<{ question: SurveyQuestion; languages: string[]; ignoreWords: string[] }> {
  const survey = await themesRepo.findSurvey(scope.db, scope.organizationId, scope.surveyId);
  if (!survey) throw notFound('Survey');
  const parsed = surveyDocumentSchema.safeParse(survey.document);
  const question = parsed.success ? parsed.data.questions.find((candidate) => candidate.key === scope.questionKey) : undefined;
  if (!parsed.success || !question || question.type !== 'text') throw notFound('Text question');
  // Every answer repeats the question's own words: they would only blur the themes and their labels.
  return { question, languages: parsed.data.languages, ignoreWords: Object.values(question.text) };
}

const themesWorker = new URL('./themes.worker.js', import.meta.url);

/** The key the worker line runs one task at a time for: one survey question. */
export const lineKeyOf = (scope: QuestionScope) => `${scope.surveyId}/${scope.questionKey}`;

/**
 * Runs one of the theme finder's tasks in a worker thread, one at a time per question. A task for a
 * question whose themes are being found or changed is refused with 409 rather than queued: its
 * answer would be about themes that are about to change.
 */
export async function runThemeWork<T extends ThemeTask>(line: WorkerLine, scope: QuestionScope, task: T): Promise<ThemeTaskResults[T['task']]> {
  try {
    return await line.run(lineKeyOf(scope), () => runInWorker<ThemeTaskResults[T['task']]>(themesWorker, task));
  } catch (error) {
    if (error instanceof KeyBusyError) throw busy();
    throw error;
  }
}

export const busy = () => new AppError('conflict', 'The themes of this question are being found or changed; try again in a moment', [], { reason: 'busy' });

/** 409 when the question's themes changed since the caller read them (version), with the version now. */
export function checkVersion(current: number, basedOn: number) {
  if (current !== basedOn) throw new AppError('conflict', 'The themes changed meanwhile; review them and try again', [], { reason: 'stale', version: current });
}
