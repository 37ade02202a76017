import { availableParallelism } from 'node:os';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { conversationAccess } from '../conversations/conversation-access.js';
import { createWorkerLine } from '../themes/worker-runner.js';
import { presentConversationThemes } from './conversation-themes.present.js';
import {
  ConversationParams,
  ConversationThemeParams,
  ConversationThemesResponse,
  FindConversationThemesBody,
  MergeConversationThemesBody,
  MoveConversationStatementsBody,
  RenameConversationThemeBody,
  SplitConversationThemeBody,
} from './conversation-themes.schema.js';
import { findThemes } from '../themes/find-themes.js';
import { mergeThemes } from '../themes/merge-themes.js';
import { moveThemeItems } from '../themes/move-theme-items.js';
import { readThemes } from '../themes/read-themes.js';
import { renameTheme } from '../themes/rename-theme.js';
import { splitTheme } from '../themes/split-theme.js';
import { conversationThemes } from './conversation-theme-scope.js';

/** How long a request to find themes waits for them before answering 202 (and the screen polls). */
const WAIT_FOR_THEMES_MS = 5000;

/**
 * Themes across a conversation's ideas, for the planning team, in both modes: found automatically
 * by the survey themes' engine (in a worker thread), renamed, merged, split, statements moved.
 * Every change answers with the conversation's themes as they now stand.
 */
export async function registerConversationThemeRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['conversation themes'];
  // One core stays free for requests; the app closes only after the last run has saved.
  const line = createWorkerLine({ maxRunning: Math.max(1, availableParallelism() - 1) });
  fastify.addHook('onClose', () => line.idle());

  const scope = (request: FastifyRequest) => {
    const access = accessOf(request);
    const { conversationId } = request.params as { conversationId: string };
    return { kind: conversationThemes, db: ctx.db, actor: actorFrom(access.principal), scope: { organizationId: access.organizationId, conversationId } };
  };
  const themesNow = async (request: FastifyRequest) => presentConversationThemes(await readThemes(scope(request)));
  const base = '/api/conversations/:conversationId/themes';
  const response = { 200: ConversationThemesResponse, ...standardErrors };

  app.get(base, {
    schema: { tags, summary: 'A conversation’s themes across its accepted statements: each with its count and statements, and where finding them stands', params: ConversationParams, response },
    config: { access: conversationAccess('engagement.read') },
    handler: async (request) => themesNow(request),
  });

  app.post(`${base}/find`, {
    schema: {
      tags,
      summary: 'Find the conversation’s themes again from all its accepted statements (replaces every theme)',
      description: 'Found in a worker thread, one run at a time per conversation. Answers 200 when that takes under five seconds, else 202 with status "running": poll GET …/themes. 409 with reason "edited" unless replace_edited when the team edited the themes; "stale" when version is not the current one.',
      params: ConversationParams,
      body: FindConversationThemesBody,
      response: { ...response, 202: ConversationThemesResponse },
    },
    config: { access: conversationAccess('engagement.edit') },
    handler: async (request, reply) => {
      const { done } = await findThemes({
        ...scope(request),
        line,
        basedOn: request.body.version,
        replaceEdited: request.body.replace_edited ?? false,
        onSettled: (error) => error && request.log.error({ err: error }, 'finding conversation themes failed'),
      });
      if (done) await Promise.race([done, new Promise((resolve) => setTimeout(resolve, WAIT_FOR_THEMES_MS).unref())]);
      const themes = await themesNow(request);
      return reply.code(themes.status === 'running' ? 202 : 200).send(themes);
    },
  });

  app.post(`${base}/merge`, {
    schema: { tags, summary: 'Merge two or more themes into the first of them', params: ConversationParams, body: MergeConversationThemesBody, response },
    config: { access: conversationAccess('engagement.edit') },
    handler: async (request) => {
      await mergeThemes({ ...scope(request), line, basedOn: request.body.version, themeIds: request.body.theme_ids, label: request.body.label ?? null });
      return themesNow(request);
    },
  });

  app.post(`${base}/move`, {
    schema: { tags, summary: 'Move statements to another theme, or to "not sorted" (theme_id null)', params: ConversationParams, body: MoveConversationStatementsBody, response },
    config: { access: conversationAccess('engagement.edit') },
    handler: async (request) => {
      await moveThemeItems({ ...scope(request), basedOn: request.body.version, itemIds: request.body.statement_ids, themeId: request.body.theme_id });
      return themesNow(request);
    },
  });

  app.patch(`${base}/:themeId`, {
    schema: { tags, summary: 'Rename a theme', params: ConversationThemeParams, body: RenameConversationThemeBody, response },
    config: { access: conversationAccess('engagement.edit') },
    handler: async (request) => {
      await renameTheme({ ...scope(request), themeId: request.params.themeId, basedOn: request.body.version, label: request.body.label });
      return themesNow(request);
    },
  });

  app.post(`${base}/:themeId/split`, {
    schema: { tags, summary: 'Split a theme in the two groups of its statements that differ most', params: ConversationThemeParams, body: SplitConversationThemeBody, response },
    config: { access: conversationAccess('engagement.edit') },
    handler: async (request) => {
      await splitTheme({ ...scope(request), line, basedOn: request.body.version, themeId: request.params.themeId });
      return themesNow(request);
    },
  });
}
