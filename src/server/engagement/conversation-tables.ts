import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../db/schema.js';
import type { SurveyStatus } from './tables.js';

/**
 * Conversations' tables (a prompt answered with statements, rated or voted on), apart from the
 * surveys' in tables.ts; the declaration at the end adds them to the one `DB` type (db/schema.ts).
 * Keep in step with db/migrations/0025_conversations.sql and 0027_conversation_moderator.sql.
 */

/** A conversation (issue 14): a prompt answered with statements, rated (1-5) or voted on (agree / disagree / pass). */
export type ConversationMode = 'rate' | 'vote';
export type ConversationModeration = 'pre' | 'post';
export type StatementStatus = 'pending' | 'accepted' | 'hidden';

export interface ConversationsTable {
  id: Generated<string>;
  organization_id: string;
  cycle_id: string | null;
  engagement_entry_id: string | null;
  mode: ConversationMode;
  /** Text by language, like a survey/v1 text. */
  prompt: Json;
  languages: Json;
  moderation: Generated<ConversationModeration>;
  /** survey/v1 single or multi questions marked demographic. */
  demographics: Json;
  status: Generated<SurveyStatus>;
  public_code: string | null;
  opens_at: Timestamp | null;
  closes_at: Timestamp | null;
  opened_at: Timestamp | null;
  closed_at: Timestamp | null;
  moderation_version: Generated<number>;
  /** When its moderators were last mailed about statements waiting (0027): at most once a day. */
  moderation_reminded_at: Timestamp | null;
  /** When the district published the results page /c/<code>/results (migration 0028); null: not published. */
  results_published_at: Timestamp | null;
  /** Participants confirm an email by a mailed code; only its keyed hash is kept (migration 0029). */
  verify_email: Generated<boolean>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A participant: a Polis voter id when imported, else the keyed hash of the device's random id. Joined on a day, no time. */
export interface ConversationParticipantsTable {
  id: Generated<string>;
  conversation_id: string;
  organization_id: string;
  external_id: string | null;
  device_hash: string | null;
  email_hash: string | null;
  demographics: Json;
  created_at: Timestamp;
}

export interface ConversationStatementsTable {
  id: Generated<string>;
  conversation_id: string;
  organization_id: string;
  external_id: string | null;
  text: string;
  language: string;
  translations: Json;
  is_seed: Generated<boolean>;
  author_participant_id: string | null;
  created_by: string | null;
  status: StatementStatus;
  moderation_reason: string | null;
  version: Generated<number>;
  created_at: Timestamp;
}

/** One participant's vote (vote mode: 1 agree, -1 disagree, 0 pass) or rating (rate mode: 1-5) of one statement; a later one replaces it. */
export interface ConversationVotesTable {
  statement_id: string;
  participant_id: string;
  conversation_id: string;
  organization_id: string;
  value: number;
  voted_at: Timestamp;
  /** bigint: read as a string. */
  seq: Generated<string>;
}

export interface ConversationModerationEventsTable {
  id: Generated<string>;
  conversation_id: string;
  organization_id: string;
  statement_id: string;
  decision: 'accepted' | 'hidden';
  reason: string | null;
  note: string | null;
  moderated_by: string | null;
  moderator_label: string;
  moderated_at: Timestamp;
}

export interface ConversationRepliesTable {
  id: Generated<string>;
  conversation_id: string;
  organization_id: string;
  statement_id: string;
  reply: Json | null;
  what_we_did: Json | null;
  replied_by: string | null;
  replied_at: Timestamp | null;
  what_we_did_by: string | null;
  what_we_did_at: Timestamp | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

declare module '../db/schema.js' {
  interface DB {
    conversations: ConversationsTable;
    conversation_participants: ConversationParticipantsTable;
    conversation_statements: ConversationStatementsTable;
    conversation_votes: ConversationVotesTable;
    conversation_moderation_events: ConversationModerationEventsTable;
    conversation_replies: ConversationRepliesTable;
  }
}
