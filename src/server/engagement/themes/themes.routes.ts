import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ownedRowAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { listQuestionAnswers } from './list-question-answers.js';
import { readQuestionThemes } from './read-question-themes.js';
import { registerThemeSetRoutes } from './register-theme-set-routes.js';
import { sortNewAnswers } from './sort-new-answers.js';
import { starAnswer } from './star-answer.js';
import { surveyThemes } from './theme-scope.js';
import { presentAnswer, presentQuestionThemes } from './themes.present.js';
import {
  AnswerParams,
  AnswersQuery,
  FindThemesBody,
  MergeThemesBody,
  MoveAnswersBody,
  QuestionAnswers,
  QuestionParams,
  QuestionThemes,
  RenameThemeBody,
  SortNewAnswersBody,
  SplitThemeBody,
  StarredAnswer,
  ThemeParams,
} from './themes.schema.js';

const surveyAccess = (permission: 'engagement.read' | 'engagement.edit') => ownedRowAccess(permission, 'surveys', 'surveyId');

/**
 * Themes of a survey's open-text answers, for the planning team: found automatically (in a worker
 * thread: answered when done soon, else 202 and poll), renamed, merged, split, answers moved and searched, quotes starred.
 * Every change answers with the question's themes as they now stand.
 */
export async function registerThemeRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['survey themes'];

  // Every route's path names the question (checked by its params schema).
  const scope = (request: FastifyRequest) => {
    const access = accessOf(request);
    const { surveyId, questionKey } = request.params as { surveyId: string; questionKey: string };
    return { db: ctx.db, actor: actorFrom(access.principal), organizationId: access.organizationId, surveyId, questionKey };
  };
  // The shared themes use-cases take the question apart from who asks.
  const themed = (request: FastifyRequest) => {
    const { db, actor, organizationId, surveyId, questionKey } = scope(request);
    return { kind: surveyThemes, db, actor, scope: { organizationId, surveyId, questionKey } };
  };
  const themesNow = async (request: FastifyRequest) => presentQuestionThemes(await readQuestionThemes(scope(request)));
  const base = '/api/surveys/:surveyId/questions/:questionKey';

  const { line } = registerThemeSetRoutes(fastify, {
    tags,
    paths: { read: `${base}/themes`, find: `${base}/themes/find`, rename: `${base}/themes/:themeId`, merge: `${base}/themes/merge`, split: `${base}/themes/:themeId/split`, move: `${base}/answers/move` },
    summaries: {
      read: 'A text question’s themes: each with its count and sample quotes, and where finding them stands',
      find: 'Find the question’s themes again from all its answers (replaces every theme)',
      rename: 'Rename a theme',
      merge: 'Merge two or more themes into the first of them',
      split: 'Split a theme in the two groups of its answers that differ most',
      move: 'Move answers to another theme, or to "not sorted" (theme_id null)',
    },
    findDescription:
      'The themes are found in a worker thread, one run at a time per question. Answers 200 with them when that takes under five seconds (a few hundred answers), else 202 with status "running": poll GET …/themes until it is "done" or "failed". 409 with reason "edited" unless replace_edited when the team edited the themes; "stale" when version is not the current one.',
    params: { set: QuestionParams, theme: ThemeParams },
    bodies: { find: FindThemesBody, rename: RenameThemeBody, merge: MergeThemesBody, split: SplitThemeBody, move: MoveAnswersBody },
    idsKey: 'response_ids',
    response: QuestionThemes,
    access: { read: surveyAccess('engagement.read'), edit: surveyAccess('engagement.edit') },
    themed,
    themesNow,
    failureMessage: 'finding survey themes failed',
  });

  app.get(`${base}/answers`, {
    schema: {
      tags,
      summary: 'A text question’s answers with their theme and star: searched (accents and case ignored), filtered, paged',
      params: QuestionParams,
      querystring: AnswersQuery,
      response: { 200: QuestionAnswers, ...standardErrors },
    },
    config: { access: surveyAccess('engagement.read') },
    handler: async (request) => {
      const { q, theme, starred, page, per_page } = request.query;
      const listed = await listQuestionAnswers({ ...scope(request), filter: { q: q || null, theme: theme ?? null, starred: starred === undefined ? null : starred === 'true', page, perPage: per_page } });
      return { answers: listed.answers.map(presentAnswer), total: listed.total, page: listed.page, per_page: listed.perPage };
    },
  });

  app.post(`${base}/themes/sort-new`, {
    schema: { tags, summary: 'Sort the answers that arrived after the themes were found into the nearest themes', params: QuestionParams, body: SortNewAnswersBody, response: { 200: QuestionThemes, ...standardErrors } },
    config: { access: surveyAccess('engagement.edit') },
    handler: async (request) => {
      await sortNewAnswers({ ...scope(request), line, basedOn: request.body.version });
      return themesNow(request);
    },
  });

  app.put(`${base}/answers/:responseId/star`, {
    schema: { tags, summary: 'Star an answer as a quote for reports', params: AnswerParams, response: { 200: StarredAnswer, ...standardErrors } },
    config: { access: surveyAccess('engagement.edit') },
    handler: async (request) => {
      await starAnswer({ ...scope(request), responseId: request.params.responseId, isStarred: true });
      return { response_id: request.params.responseId, is_starred: true };
    },
  });

  app.delete(`${base}/answers/:responseId/star`, {
    schema: { tags, summary: 'Take an answer’s star away', params: AnswerParams, response: { 200: StarredAnswer, ...standardErrors } },
    config: { access: surveyAccess('engagement.edit') },
    handler: async (request) => {
      await starAnswer({ ...scope(request), responseId: request.params.responseId, isStarred: false });
      return { response_id: request.params.responseId, is_starred: false };
    },
  });
}
