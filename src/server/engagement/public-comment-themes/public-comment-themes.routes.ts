import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { planAccess } from '../../auth/access-rules.js';
import { accessOf } from '../../auth/checkpoint.js';
import type { AppContext } from '../../context.js';
import { standardErrors } from '../../http/common.schema.js';
import { actorFrom } from '../../platform/audit/actor.js';
import { registerThemeSetRoutes } from '../themes/register-theme-set-routes.js';
import { disposePublicCommentTheme } from './dispose-public-comment-theme.js';
import { publicCommentThemes } from './public-comment-theme-scope.js';
import { presentPublicCommentThemes } from './public-comment-themes.present.js';
import {
  CommentWindowParams,
  CommentWindowThemeParams,
  FindPublicCommentThemesBody,
  MergePublicCommentThemesBody,
  MovePublicCommentsBody,
  PublicCommentThemeDispositionBody,
  PublicCommentThemesResponse,
  RenamePublicCommentThemeBody,
  SplitPublicCommentThemeBody,
} from './public-comment-themes.schema.js';
import { readPublicCommentThemes } from './read-public-comment-themes.js';

/**
 * Themes across a public comment window's comments, for the planning team: found by the survey
 * themes' engine (in a worker thread), renamed, merged, split, comments moved, and a disposition
 * recorded for a whole theme. Every change answers with the window's themes as they now stand.
 */
export async function registerPublicCommentThemeRoutes(fastify: FastifyInstance, ctx: AppContext) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['public comment themes'];
  const themed = (request: FastifyRequest) => {
    const access = accessOf(request);
    const { planId, windowId } = request.params as { planId: string; windowId: string };
    return { kind: publicCommentThemes, db: ctx.db, actor: actorFrom(access.principal), scope: { organizationId: access.organizationId, planId, periodId: windowId } };
  };
  const themesNow = async (request: FastifyRequest) => presentPublicCommentThemes(await readPublicCommentThemes(themed(request)));
  const base = '/api/plans/:planId/public-comment/windows/:windowId/themes';

  registerThemeSetRoutes(fastify, {
    tags,
    paths: { read: base, find: `${base}/find`, merge: `${base}/merge`, move: `${base}/move`, rename: `${base}/:themeId`, split: `${base}/:themeId/split` },
    summaries: {
      read: 'A public comment window’s themes across its pending and accepted comments: each with its comments and disposition, and where finding them stands',
      find: 'Find the window’s themes again from all its pending and accepted comments (replaces every theme and their dispositions)',
      merge: 'Merge two or more themes into the first of them',
      move: 'Move comments to another theme, or to "not sorted" (theme_id null)',
      rename: 'Rename a theme',
      split: 'Split a theme in the two groups of its comments that differ most',
    },
    findDescription:
      'Found in a worker thread, one run at a time per window. Answers 200 when that takes under five seconds, else 202 with status "running": poll GET …/themes. 409 with reason "edited" unless replace_edited when the team edited or answered the themes; "stale" when version is not the current one.',
    params: { set: CommentWindowParams, theme: CommentWindowThemeParams },
    bodies: { find: FindPublicCommentThemesBody, rename: RenamePublicCommentThemeBody, merge: MergePublicCommentThemesBody, split: SplitPublicCommentThemeBody, move: MovePublicCommentsBody },
    idsKey: 'comment_ids',
    response: PublicCommentThemesResponse,
    access: { read: planAccess('plans.read'), edit: planAccess('plans.edit') },
    themed,
    themesNow,
    failureMessage: 'finding public comment themes failed',
  });

  app.put(`${base}/:themeId/disposition`, {
    schema: {
      tags,
      summary: 'Record (or take back, with null) what the team decided about a whole theme of comments',
      description: 'version is the theme’s version: 409 with reason "stale" when someone renamed or answered it since.',
      params: CommentWindowThemeParams,
      body: PublicCommentThemeDispositionBody,
      response: { 200: PublicCommentThemesResponse, ...standardErrors },
    },
    config: { access: planAccess('plans.edit') },
    handler: async (request) => {
      const { version, disposition, note, changed_keys, cite_on_changed } = request.body;
      const { actor, scope: window } = themed(request);
      await disposePublicCommentTheme({ db: ctx.db, actor, scope: window, themeId: request.params.themeId, basedOn: version, disposition, note: note ?? null, changedKeys: changed_keys ?? [], cite: cite_on_changed });
      return themesNow(request);
    },
  });
}
