import { presentThemeHead, presentThemeSet } from '../themes/theme-set.present.js';
import type { ThemedCommentRow } from './public-comment-themes.repo.js';
import type { PublicCommentThemesNow, ThemeDispositionRow } from './read-public-comment-themes.js';

/**
 * A window's themes with every comment in each (like a conversation's ideas, hundreds rather than
 * thousands), the comments not sorted and those that came in since, and each theme's disposition.
 * Only the team reads this: no email, no name of a writer.
 */
export function presentPublicCommentThemes(read: PublicCommentThemesNow) {
  return {
    plan_id: read.scope.planId,
    window_id: read.scope.periodId,
    ...presentThemeSet(read),
    comments: read.items.length,
    themes: read.themes.map(({ theme, items }) => ({
      ...presentThemeHead(theme),
      count: items.length,
      comments: items.map(presentComment),
      disposition: presentDisposition(read.dispositions.get(theme.id)),
      version: theme.version,
    })),
    unsorted: read.items.filter((comment) => comment.is_placed && !comment.theme_id).map(presentComment),
    new_comments: read.items.filter((comment) => !comment.is_placed).map(presentComment),
  };
}

function presentComment(comment: ThemedCommentRow) {
  return {
    id: comment.id,
    text: comment.text,
    quote: comment.quote,
    element_key: comment.element_key,
    language: comment.language,
    status: comment.status as 'pending' | 'accepted',
    disposition: comment.disposition,
  };
}

function presentDisposition(row: ThemeDispositionRow | undefined) {
  if (!row?.disposition || !row.disposed_at) return null;
  return {
    value: row.disposition,
    note: row.disposition_note,
    changed_keys: Array.isArray(row.changed_keys) ? (row.changed_keys as string[]) : [],
    by: row.disposed_by_name,
    at: new Date(row.disposed_at).toISOString(),
  };
}
