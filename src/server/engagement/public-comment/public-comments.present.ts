import type { TeamCommentRow } from './public-comments.repo.js';

const iso = (value: Date | string) => new Date(value).toISOString();

/** A comment as the planning team reads it: everything but the address itself. */
export function presentTeamComment(row: TeamCommentRow, roleLabels: ReadonlyMap<string, string> = new Map()) {
  return {
    id: row.id,
    window_id: row.period_id,
    element_key: row.element_key,
    quote: row.quote,
    body: row.body,
    language: row.language,
    author_name: row.author_name,
    has_email: row.email !== null,
    email_confirmed: row.email_confirmed_at !== null,
    role: row.role,
    role_label: row.role ? (roleLabels.get(row.role) ?? row.role) : null,
    school: row.school_id && row.school_name ? { id: row.school_id, name: row.school_name } : null,
    status: row.status,
    moderation_reason: row.moderation_reason,
    // A comment answered on its own, else through its theme's answer (the team answers a theme at once).
    disposition: row.disposition
      ? { value: row.disposition, note: row.disposition_note, changed_keys: (row.changed_keys as string[]) ?? [], by: row.disposed_by_name, at: iso(row.disposed_at!), from_theme: false }
      : row.theme_disposition
        ? { value: row.theme_disposition, note: row.theme_disposition_note, changed_keys: (row.theme_changed_keys as string[]) ?? [], by: row.theme_disposed_by_name, at: iso(row.theme_disposed_at!), from_theme: true }
        : null,
    theme: row.theme_id && row.theme_label ? { id: row.theme_id, label: row.theme_label } : null,
    created_at: iso(row.created_at),
    version: row.version,
  };
}
export type TeamComment = ReturnType<typeof presentTeamComment>;
