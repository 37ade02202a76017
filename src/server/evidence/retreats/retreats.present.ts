import { hasRootCauses, type RootCauses } from '../../../core/evidence/retreat/root-causes.js';
import type { RankedItem } from '../../../core/evidence/retreat/dot-voting.js';
import type { ChartRow, ObservationRow } from './retreat-charts.repo.js';
import type { ChartViewValues } from './retreats.schema.js';
import type { RetreatRow } from './retreats.repo.js';
import type { PriorityRow } from './priorities.repo.js';
import type { SwotItemRow } from './swot.repo.js';

/** The room's address on the district's server: what the facilitator projects and prints. */
export function joinUrlOf(publicUrl: string, joinCode: string): string {
  return `${publicUrl.replace(/\/$/, '')}/r/${joinCode}`;
}

export function presentRetreat(row: RetreatRow, publicUrl: string) {
  return {
    id: row.id,
    cycle_id: row.cycle_id,
    session_id: row.session_id,
    title: row.title,
    join_code: row.join_code,
    join_url: joinUrlOf(publicUrl, row.join_code),
    dots_per_person: row.dots_per_person,
    frame: row.frame,
    status: row.status,
    version: row.version,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/** What an audit row keeps of a retreat: its settings, not its link. */
export function auditedRetreat(row: RetreatRow) {
  return { title: row.title, session_id: row.session_id, dots_per_person: row.dots_per_person, frame: row.frame, status: row.status, version: row.version };
}

export function presentChartSettings(row: ChartRow) {
  return { id: row.id, position: row.position, question: row.question, metric: row.metric, view: row.view as unknown as ChartViewValues, area: row.area, version: row.version };
}

export function presentObservation(row: ObservationRow) {
  return { id: row.id, chart_id: row.chart_id, kind: row.kind, body: row.body, is_hidden: row.is_hidden, author: row.author_name, created_at: row.created_at.toISOString() };
}

export function presentSwotItem(entry: RankedItem<SwotItemRow>, extra: { myDots: number; carried: ReadonlySet<string> }) {
  const row = entry.item;
  return {
    id: row.id,
    quadrant: row.quadrant,
    text: row.text,
    area: row.area,
    citations: row.citations as unknown as never[],
    position: row.position,
    dots: row.dots,
    rank: entry.rank,
    is_tied: entry.isTied,
    my_dots: extra.myDots,
    author: row.author_name,
    is_carried_forward: extra.carried.has(row.id),
    version: row.version,
  };
}

export function presentPriority(row: PriorityRow) {
  const causes = { method: row.root_cause_method, causes: row.root_causes } as unknown as RootCauses;
  return {
    id: row.id,
    swot_item_id: row.swot_item_id,
    position: row.position,
    title: row.title,
    dots: row.dots,
    area: row.area,
    current_state: row.current_state,
    current_evidence: row.current_evidence as unknown as never[],
    future_state: row.future_state,
    goal_key: row.goal_key,
    gap: row.gap,
    root_cause_method: row.root_cause_method,
    root_causes: row.root_causes as unknown as unknown[],
    has_root_causes: hasRootCauses(causes),
    case_for_change: row.case_for_change,
    version: row.version,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}
