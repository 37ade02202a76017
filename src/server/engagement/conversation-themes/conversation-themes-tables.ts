import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../../db/schema.js';

/**
 * Themes across a conversation's ideas (its accepted statements); the declaration at the end adds
 * them to the one `DB` type (db/schema.ts). Keep in step with db/migrations/0026_conversation_themes.sql.
 */

export type ConversationThemeSetStatus = 'running' | 'done' | 'failed';

export interface ConversationThemeSetsTable {
  conversation_id: string;
  organization_id: string;
  status: Generated<ConversationThemeSetStatus>;
  requested_by: string | null;
  started_at: Timestamp;
  found_at: Timestamp | null;
  error: string | null;
  edited_at: Timestamp | null;
  version: Generated<number>;
}

export interface ConversationThemesTable {
  id: Generated<string>;
  organization_id: string;
  conversation_id: string;
  label: string;
  words: Json;
  is_label_edited: Generated<boolean>;
  position: number;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Where a statement was sorted: a theme, or none (theme_id null: "not sorted"). */
export interface ConversationThemeStatementsTable {
  statement_id: string;
  organization_id: string;
  conversation_id: string;
  theme_id: string | null;
  rank: Generated<number>;
}

declare module '../../db/schema.js' {
  interface DB {
    conversation_theme_sets: ConversationThemeSetsTable;
    conversation_themes: ConversationThemesTable;
    conversation_theme_statements: ConversationThemeStatementsTable;
  }
}
