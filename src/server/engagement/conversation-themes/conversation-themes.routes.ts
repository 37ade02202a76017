import type { FastifyInstance, FastifyRequest } from 'fastify';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { conversationAccess } from '../conversations/conversation-access.js';
import { readThemes } from '../themes/read-themes.js';
import { registerThemeSetRoutes } from '../themes/register-theme-set-routes.js';
import { conversationThemes } from './conversation-theme-scope.js';
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

/**
 * Themes across a conversation's ideas, for the planning team, in both modes: found automatically
 * by the survey themes' engine (in a worker thread), renamed, merged, split, statements moved.
 * Every change answers with the conversation's themes as they now stand.
 */
export async function registerConversationThemeRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const themed = (request: FastifyRequest) => {
    const access = accessOf(request);
    const { conversationId } = request.params as { conversationId: string };
    return { kind: conversationThemes, db: ctx.db, actor: actorFrom(access.principal), scope: { organizationId: access.organizationId, conversationId } };
  };
  const base = '/api/conversations/:conversationId/themes';

  registerThemeSetRoutes(fastify, {
    tags: ['conversation themes'],
    paths: { read: base, find: `${base}/find`, merge: `${base}/merge`, move: `${base}/move`, rename: `${base}/:themeId`, split: `${base}/:themeId/split` },
    summaries: {
      read: 'A conversation’s themes across its accepted statements: each with its count and statements, and where finding them stands',
      find: 'Find the conversation’s themes again from all its accepted statements (replaces every theme)',
      merge: 'Merge two or more themes into the first of them',
      move: 'Move statements to another theme, or to "not sorted" (theme_id null)',
      rename: 'Rename a theme',
      split: 'Split a theme in the two groups of its statements that differ most',
    },
    findDescription:
      'Found in a worker thread, one run at a time per conversation. Answers 200 when that takes under five seconds, else 202 with status "running": poll GET …/themes. 409 with reason "edited" unless replace_edited when the team edited the themes; "stale" when version is not the current one.',
    params: { set: ConversationParams, theme: ConversationThemeParams },
    bodies: { find: FindConversationThemesBody, rename: RenameConversationThemeBody, merge: MergeConversationThemesBody, split: SplitConversationThemeBody, move: MoveConversationStatementsBody },
    idsKey: 'statement_ids',
    response: ConversationThemesResponse,
    access: { read: conversationAccess('engagement.read'), edit: conversationAccess('engagement.edit') },
    themed,
    themesNow: async (request) => presentConversationThemes(await readThemes(themed(request))),
    failureMessage: 'finding conversation themes failed',
  });
}
