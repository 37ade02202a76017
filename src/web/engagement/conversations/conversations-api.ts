import { withQuery } from '../../app/api';
import type { LocalizedText } from '../../../core/engagement/survey-format';
import type { ModerationReason } from '../../../core/engagement/moderation/moderation-policy';
import type { MissingTranslationEntry, SurveyStatus } from '../api-types';

/*
 * The shapes the conversations API sends (src/server/engagement/conversations/conversations.schema.ts),
 * snake_case as it speaks, and its addresses in one place.
 */

export type ConversationMode = 'rate' | 'vote';
export type ModerationMode = 'pre' | 'post';
export type StatementStatus = 'pending' | 'accepted' | 'hidden';

export interface ConversationSummary {
  id: string;
  mode: ConversationMode;
  prompt: LocalizedText;
  languages: string[];
  moderation: ModerationMode;
  status: SurveyStatus;
  public_code: string | null;
  public_url: string | null;
  opens_at: string | null;
  closes_at: string | null;
  cycle_id: string | null;
  engagement_entry_id: string | null;
  verify_email: boolean;
  counts: { statements: number; pending: number; hidden: number; participants: number; votes: number };
  created_at: string;
  updated_at: string;
}

export interface ConversationDetail extends ConversationSummary {
  demographics: unknown[];
  opened_at: string | null;
  closed_at: string | null;
  missing_translations: MissingTranslationEntry[];
  version: number;
}

export interface StatementReply {
  reply: Record<string, string> | null;
  what_we_did: Record<string, string> | null;
  version: number;
}

export interface TeamStatement {
  id: string;
  external_id: string | null;
  text: string;
  language: string;
  translations: Record<string, string>;
  is_seed: boolean;
  status: StatementStatus;
  moderation_reason: ModerationReason | null;
  created_at: string;
  votes: number;
  agree: number;
  disagree: number;
  pass: number;
  mean_rating: number | null;
  reply: StatementReply | null;
  /** Moderation and translations move it on; sent back to change the translations. */
  version: number;
}

interface StatementRef {
  statement_id: string;
  external_id: string | null;
  text: string;
}

export interface OpinionGroupsResult {
  groups: Array<{
    id: number;
    participants: string[];
    representative: Array<StatementRef & { direction: 'agree' | 'disagree'; count: number; seen: number; probability: number; is_significant: boolean }>;
  }>;
  consensus: Array<StatementRef & { direction: 'agree' | 'disagree'; count: number; seen: number; probability: number }>;
  bridging: Array<StatementRef & { score: number }>;
  participants: number;
  clustered: number;
  /**
   * Where each participant sits on the map. Not sent by the server yet (the core computes it:
   * OpinionGroups.participants); the map is drawn when it is there.
   */
  places?: Array<{ participant: string; x: number; y: number; group: number | null }>;
}

export interface ImportSummary {
  statements: number;
  hidden: number;
  participants: number;
  votes: number;
}

export const conversationsApi = {
  list: (districtId: string) => `/api/districts/${districtId}/conversations`,
  conversation: (conversationId: string) => `/api/conversations/${conversationId}`,
  open: (conversationId: string) => `/api/conversations/${conversationId}/open`,
  close: (conversationId: string) => `/api/conversations/${conversationId}/close`,
  statements: (conversationId: string, status?: StatementStatus | null) => withQuery(`/api/conversations/${conversationId}/statements`, { status }),
  moderation: (conversationId: string, statementId: string) => `/api/conversations/${conversationId}/statements/${statementId}/moderation`,
  reply: (conversationId: string, statementId: string) => `/api/conversations/${conversationId}/statements/${statementId}/reply`,
  import: (conversationId: string) => `/api/conversations/${conversationId}/import`,
  opinionGroups: (conversationId: string) => `/api/conversations/${conversationId}/opinion-groups`,
};

/** Where the conversation screens live in the web app. */
export const conversationsPath = (organizationId: string) => `/o/${organizationId}/engagement/conversations`;
export const conversationPath = (organizationId: string, conversationId: string, section = '') =>
  `${conversationsPath(organizationId)}/${conversationId}${section ? `/${section}` : ''}`;
