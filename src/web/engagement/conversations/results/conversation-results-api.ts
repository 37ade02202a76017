import { withQuery } from '../../../app/api';
import type { DimensionRepresentation } from '../../representation/representation-api';

/* The shapes GET /api/conversations/{id}/results sends (src/server/engagement/conversations/results/conversation-results.schema.ts). */

type Suppressed = { suppressed: true; reason: 'small_group' | 'complement' };
export type Count = number | Suppressed;

export interface RatedIdea {
  statement_id: string;
  text: string;
  language: string;
  is_seed: boolean;
  ratings: number;
  mean: number;
  score: number;
}

export interface ResultsPublication {
  is_published: boolean;
  published_at: string | null;
  public_url: string | null;
}

export interface ParticipationDay {
  day: string;
  participants: number;
  statements: number;
  votes: number;
}

export interface ConversationResults {
  conversation_id: string;
  mode: 'rate' | 'vote';
  threshold: number;
  by: string | null;
  breakdowns: Array<{ key: string; text: Record<string, string> }>;
  counts: { participants: number; statements: number; pending_statements: number; hidden_statements: number; votes: number };
  over_time: ParticipationDay[];
  representation: DimensionRepresentation[];
  missing_population: string[];
  rate: {
    raters: Count;
    top_ideas: RatedIdea[];
    groups: Array<{ key: string; label: Record<string, string>; raters: Count; top_ideas: RatedIdea[] | null }>;
    rated_differently: Array<{ statement_id: string; text: string; language: string; is_seed: boolean; spread: number; groups: Array<{ key: string; ratings: number; mean: number }> }>;
  } | null;
  publication: ResultsPublication;
}

export const conversationResultsApi = {
  results: (conversationId: string, by: string | null) => withQuery(`/api/conversations/${conversationId}/results`, { by }),
  publication: (conversationId: string) => `/api/conversations/${conversationId}/results/publication`,
};
