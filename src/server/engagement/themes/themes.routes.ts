import { availableParallelism } from 'node:os';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ownedRowAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { findThemes } from './find-themes.js';
import { listQuestionAnswers } from './list-question-answers.js';
import { mergeThemes } from './merge-themes.js';
import { moveThemeItems } from './move-theme-items.js';
import { readQuestionThemes } from './read-question-themes.js';
import { renameTheme } from './rename-theme.js';
import { sortNewAnswers } from './sort-new-answers.js';
import { splitTheme } from './split-theme.js';
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
import { createWorkerLine } from './worker-runner.js';

/** How long a request to find themes waits for them before answering 202 (4,594 answers take a few seconds more). */
const WAIT_FOR_THEMES_MS = 5000;

const surveyAccess = (permission: 'engagement.read' | 'engagement.edit') => ownedRowAccess(permission, 'surveys', 'surveyId');

/**
 * Themes of a survey's open-text answers, for the planning team: found automatically (in a worker
 * thread: answered when done soon, else 202 and poll), renamed, merged, split, answers moved and searched, quotes starred.
 * Every change answers with the question's themes as they now stand.
 */
export async function registerThemeRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['survey themes'];
  // One core stays free for requests; the app closes only after the last run has saved.
  const line = createWorkerLine({ maxRunning: Math.max(1, availableParallelism() - 1) });
  fastify.addHook('onClose', () => line.idle());

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

  app.get(`${base}/themes`, {
    schema: { tags, summary: 'A text question’s themes: each with its count and sample quotes, and where finding them stands', params: QuestionParams, response: { 200: QuestionThemes, ...standardErrors } },
    config: { access: surveyAccess('engagement.read') },
    handler: async (request) => themesNow(request),
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

  app.post(`${base}/themes/find`, {
    schema: {
      tags,
      summary: 'Find the question’s themes again from all its answers (replaces every theme)',
      description: 'The themes are found in a worker thread, one run at a time per question. Answers 200 with them when that takes under five seconds (a few hundred answers), else 202 with status "running": poll GET …/themes until it is "done" or "failed". 409 with reason "edited" unless replace_edited when the team edited the themes; "stale" when version is not the current one.',
      params: QuestionParams,
      body: FindThemesBody,
      response: { 200: QuestionThemes, 202: QuestionThemes, ...standardErrors },
    },
    config: { access: surveyAccess('engagement.edit') },
    handler: async (request, reply) => {
      const { done } = await findThemes({
        ...themed(request),
        line,
        basedOn: request.body.version,
        replaceEdited: request.body.replace_edited ?? false,
        onSettled: (error) => error && request.log.error({ err: error }, 'finding survey themes failed'),
      });
      // A few hundred answers take a moment: answer with the themes then. Thousands take longer:
      // answer 202 and let the screen poll. The wait is on a promise, the work in a worker thread.
      if (done) await Promise.race([done, new Promise((resolve) => setTimeout(resolve, WAIT_FOR_THEMES_MS).unref())]);
      const themes = await themesNow(request);
      return reply.code(themes.status === 'running' ? 202 : 200).send(themes);
    },
  });

  app.patch(`${base}/themes/:themeId`, {
    schema: { tags, summary: 'Rename a theme', params: ThemeParams, body: RenameThemeBody, response: { 200: QuestionThemes, ...standardErrors } },
    config: { access: surveyAccess('engagement.edit') },
    handler: async (request) => {
      await renameTheme({ ...themed(request), themeId: request.params.themeId, basedOn: request.body.version, label: request.body.label });
      return themesNow(request);
    },
  });

  app.post(`${base}/themes/merge`, {
    schema: { tags, summary: 'Merge two or more themes into the first of them', params: QuestionParams, body: MergeThemesBody, response: { 200: QuestionThemes, ...standardErrors } },
    config: { access: surveyAccess('engagement.edit') },
    handler: async (request) => {
      await mergeThemes({ ...themed(request), line, basedOn: request.body.version, themeIds: request.body.theme_ids, label: request.body.label ?? null });
      return themesNow(request);
    },
  });

  app.post(`${base}/themes/:themeId/split`, {
    schema: { tags, summary: 'Split a theme in the two groups of its answers that differ most', params: ThemeParams, body: SplitThemeBody, response: { 200: QuestionThemes, ...standardErrors } },
    config: { access: surveyAccess('engagement.edit') },
    handler: async (request) => {
      await splitTheme({ ...themed(request), line, basedOn: request.body.version, themeId: request.params.themeId });
      return themesNow(request);
    },
  });

  app.post(`${base}/answers/move`, {
    schema: { tags, summary: 'Move answers to another theme, or to "not sorted" (theme_id null)', params: QuestionParams, body: MoveAnswersBody, response: { 200: QuestionThemes, ...standardErrors } },
    config: { access: surveyAccess('engagement.edit') },
    handler: async (request) => {
      await moveThemeItems({ ...themed(request), basedOn: request.body.version, itemIds: request.body.response_ids, themeId: request.body.theme_id });
      return themesNow(request);
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
