import type { RetreatCitation } from '../../../core/evidence/retreat/retreat-citations';
import type { IndicatorResult } from '../api-types';

/*
 * The shapes the data retreat's API sends (src/server/evidence/retreats/*.schema.ts), snake_case as
 * it speaks. Citations are core's own type: the server checks them with the same schema.
 */

export type RetreatFrame = 'none' | 'performance_fact';
export type RetreatStatus = 'open' | 'closed';
export type Quadrant = 'strength' | 'weakness' | 'opportunity' | 'threat';
export type ObservationKind = 'notice' | 'wonder';
export type RootCauseMethod = 'five_whys' | 'fishbone';
export type { RetreatCitation };

export interface Retreat {
  id: string;
  cycle_id: string;
  session_id: string;
  title: string;
  join_code: string;
  join_url: string;
  dots_per_person: number;
  frame: RetreatFrame;
  status: RetreatStatus;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface RetreatSummary extends Retreat {
  charts: number;
  participants: number;
  swot_items: number;
  priorities: number;
}

/** The indicator view a chart shows: the parameters of the indicators endpoint. */
export interface ChartView {
  by: 'school' | 'group' | 'period';
  period?: string;
  group?: string;
  school_id?: string;
  compare?: string;
}

export interface Observation {
  id: string;
  chart_id: string;
  kind: ObservationKind;
  body: string;
  is_hidden: boolean;
  author: string | null;
  created_at: string;
}

export interface BoardChart {
  id: string;
  position: number;
  question: string;
  metric: string;
  view: ChartView;
  area: string | null;
  version: number;
  /** Small groups hidden; null when the metric has no data (data_problem says why). */
  data: IndicatorResult | null;
  data_problem: { code: string; message: string } | null;
  observations: Observation[];
}

export interface SwotItem {
  id: string;
  quadrant: Quadrant;
  text: string;
  area: string | null;
  citations: RetreatCitation[];
  position: number;
  dots: number;
  /** Place by dots across the whole board (1 is most); equal dots share a rank. */
  rank: number;
  is_tied: boolean;
  my_dots: number;
  author: string | null;
  is_carried_forward: boolean;
  version: number;
}

export type SwotBoard = Record<Quadrant, SwotItem[]>;

export interface Priority {
  id: string;
  swot_item_id: string | null;
  position: number;
  title: string;
  dots: number;
  area: string | null;
  current_state: string;
  current_evidence: RetreatCitation[];
  future_state: string;
  goal_key: string | null;
  gap: string;
  root_cause_method: RootCauseMethod;
  /** five_whys: strings; fishbone: { category, causes }[] (core/evidence/retreat/root-causes.ts). */
  root_causes: unknown[];
  has_root_causes: boolean;
  case_for_change: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface RetreatBoard {
  retreat: Retreat;
  charts: BoardChart[];
  swot: SwotBoard;
  my_dots: { allowance: number; used: number; left: number };
  participants: number;
  priorities: Priority[];
}

export interface DotsAnswer {
  item_id: string;
  dots: number;
  total: number;
  dots_left: number;
}
