import type { ColumnType, Generated } from 'kysely';
import type { Json, Timestamp } from '../../db/schema.js';

/**
 * Public comment on a draft plan: its windows, the comments, their moderation and their themes.
 * The declaration at the end adds them to the one `DB` type (db/schema.ts); keep in step with
 * db/migrations/0030_public_comment.sql.
 */

export type PublicCommentStatus = 'unconfirmed' | 'pending' | 'accepted' | 'hidden';
export type Disposition = 'accepted' | 'partly' | 'not_accepted' | 'out_of_scope';

export interface PublicCommentPeriodsTable {
  id: Generated<string>;
  organization_id: string;
  plan_id: string;
  draft_version: number;
  /** Dates as 'YYYY-MM-DD' (PostgreSQL date). */
  opens_on: string;
  closes_on: string;
  closed_at: Timestamp | null;
  verify_email: Generated<boolean>;
  show_comments: Generated<boolean>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PublicCommentsTable {
  id: Generated<string>;
  organization_id: string;
  plan_id: string;
  period_id: string;
  submission_id: string;
  element_key: string | null;
  quote: string | null;
  body: string;
  language: Generated<string>;
  author_name: string | null;
  email: string | null;
  email_token_hash: string | null;
  email_confirmed_at: Timestamp | null;
  role: string | null;
  school_id: string | null;
  status: Generated<PublicCommentStatus>;
  moderation_reason: string | null;
  disposition: Disposition | null;
  disposition_note: string | null;
  changed_keys: ColumnType<unknown, string | undefined, string>;
  disposed_by: string | null;
  disposed_at: Timestamp | null;
  version: Generated<number>;
  created_at: Timestamp;
}

export interface PublicCommentModerationEventsTable {
  id: Generated<string>;
  organization_id: string;
  plan_id: string;
  comment_id: string;
  decision: 'accepted' | 'hidden';
  reason: string | null;
  moderated_by: string | null;
  moderator_label: string;
  moderated_at: Timestamp;
}

export interface PublicCommentThemeSetsTable {
  period_id: string;
  organization_id: string;
  status: Generated<'running' | 'done' | 'failed'>;
  requested_by: string | null;
  started_at: Timestamp;
  found_at: Timestamp | null;
  error: string | null;
  edited_at: Timestamp | null;
  version: Generated<number>;
}

export interface PublicCommentThemesTable {
  id: Generated<string>;
  organization_id: string;
  period_id: string;
  label: string;
  words: Json;
  is_label_edited: Generated<boolean>;
  position: number;
  disposition: Disposition | null;
  disposition_note: string | null;
  changed_keys: ColumnType<unknown, string | undefined, string>;
  disposed_by: string | null;
  disposed_at: Timestamp | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PublicCommentThemeCommentsTable {
  comment_id: string;
  organization_id: string;
  period_id: string;
  theme_id: string | null;
  rank: Generated<number>;
}

declare module '../../db/schema.js' {
  interface DB {
    public_comment_periods: PublicCommentPeriodsTable;
    public_comments: PublicCommentsTable;
    public_comment_moderation_events: PublicCommentModerationEventsTable;
    public_comment_theme_sets: PublicCommentThemeSetsTable;
    public_comment_themes: PublicCommentThemesTable;
    public_comment_theme_comments: PublicCommentThemeCommentsTable;
  }
}
