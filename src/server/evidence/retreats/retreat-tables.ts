import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../../db/schema.js';

/** The data retreat's tables (migration 0032), added to the one `DB` type at the end. */

export interface DataRetreatsTable {
  id: Generated<string>;
  organization_id: string;
  cycle_id: string;
  session_id: string;
  title: string;
  join_code: string;
  dots_per_person: Generated<number>;
  frame: Generated<'none' | 'performance_fact'>;
  status: Generated<'open' | 'closed'>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RetreatChartsTable {
  id: Generated<string>;
  retreat_id: string;
  organization_id: string;
  position: number;
  question: string;
  metric: string;
  view: Json;
  area: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RetreatParticipantsTable {
  id: Generated<string>;
  retreat_id: string;
  organization_id: string;
  display_name: string;
  user_id: string | null;
  device_hash: string | null;
  created_at: Timestamp;
}

export interface RetreatObservationsTable {
  id: Generated<string>;
  retreat_id: string;
  chart_id: string;
  organization_id: string;
  participant_id: string | null;
  kind: 'notice' | 'wonder';
  body: string;
  is_hidden: Generated<boolean>;
  created_at: Timestamp;
}

export interface SwotItemsTable {
  id: Generated<string>;
  retreat_id: string;
  organization_id: string;
  quadrant: 'strength' | 'weakness' | 'opportunity' | 'threat';
  text: string;
  area: string | null;
  citations: Json;
  position: number;
  participant_id: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SwotDotsTable {
  item_id: string;
  participant_id: string;
  retreat_id: string;
  organization_id: string;
  dots: number;
}

export interface RetreatPrioritiesTable {
  id: Generated<string>;
  retreat_id: string;
  organization_id: string;
  swot_item_id: string | null;
  position: number;
  title: string;
  dots: Generated<number>;
  area: string | null;
  current_state: Generated<string>;
  current_evidence: Json;
  future_state: Generated<string>;
  goal_key: string | null;
  gap: Generated<string>;
  root_cause_method: Generated<'five_whys' | 'fishbone'>;
  root_causes: Json;
  case_for_change: Generated<string>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

declare module '../../db/schema.js' {
  interface DB {
    data_retreats: DataRetreatsTable;
    retreat_charts: RetreatChartsTable;
    retreat_participants: RetreatParticipantsTable;
    retreat_observations: RetreatObservationsTable;
    swot_items: SwotItemsTable;
    swot_dots: SwotDotsTable;
    retreat_priorities: RetreatPrioritiesTable;
  }
}
