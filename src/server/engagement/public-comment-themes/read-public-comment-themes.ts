import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { readThemes, type ThemesNow } from '../themes/read-themes.js';
import type { ThemedSubject } from '../themes/theme-kind.js';
import { publicCommentThemes } from './public-comment-theme-scope.js';
import { publicCommentThemesRepo, type CommentWindowScope, type ThemedCommentRow } from './public-comment-themes.repo.js';

export type ThemeDispositionRow = Awaited<ReturnType<typeof publicCommentThemesRepo.listDispositions>>[number];

export interface PublicCommentThemesNow extends ThemesNow<CommentWindowScope, ThemedCommentRow, ThemedSubject> {
  /** Each theme's disposition by theme id (themes with none are there with a null value). */
  dispositions: Map<string, ThemeDispositionRow>;
}

/**
 * A window's comment themes as the team sees them (the shared read), with what the team decided
 * about each theme and who recorded it. 404 when the window is not the plan's, or not the district's.
 */
export async function readPublicCommentThemes(options: { db: Kysely<DB>; scope: CommentWindowScope }): Promise<PublicCommentThemesNow> {
  const read = await readThemes({ kind: publicCommentThemes, ...options });
  const dispositions = await publicCommentThemesRepo.listDispositions(options.db, options.scope);
  return { ...read, dispositions: new Map(dispositions.map((row) => [row.id, row])) };
}
