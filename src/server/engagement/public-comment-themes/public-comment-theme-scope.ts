import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import type { ThemeKind, ThemedSubject } from '../themes/theme-kind.js';
import { publicCommentThemesRepo, type CommentWindowScope, type ThemedCommentRow } from './public-comment-themes.repo.js';

/**
 * The public comment window named in the path, of the plan named there (404 when it is not the
 * district's plan's). Comments answer the whole draft in the writers' own words: no words to leave out.
 */
export async function loadCommentWindow(db: Kysely<DB>, scope: CommentWindowScope): Promise<ThemedSubject> {
  if (!(await publicCommentThemesRepo.findWindow(db, scope))) throw notFound('Public comment window');
  return { ignoreWords: [] };
}

/**
 * Themes across a public comment window's comments (pending and accepted), for the shared themes
 * use-cases: one run at a time per window, audit events `public_comment_themes.*` about the window
 * and `public_comment_theme.*` about a theme.
 */
export const publicCommentThemes: ThemeKind<CommentWindowScope, ThemedCommentRow, ThemedSubject> = {
  store: publicCommentThemesRepo,
  load: loadCommentWindow,
  lineKey: (scope) => `public-comment/${scope.periodId}`,
  words: { subject: 'comment window', items: 'comments', notAnItem: 'is not a pending or accepted comment of this window' },
  audit: {
    prefix: 'public_comment',
    itemsKey: 'comments',
    idsKey: 'comment_ids',
    setEntity: (scope) => ({ entityType: 'public_comment_period', entityId: scope.periodId, details: { plan_id: scope.planId } }),
  },
};
