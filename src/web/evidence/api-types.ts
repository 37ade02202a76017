import type { DatasetMapping, MetricUnit, RowProblem } from '../../core/evidence/dataset-mapping';

/*
 * The shapes the evidence API sends (docs of issue 16; src/server/evidence/**), snake_case as it
 * speaks. The mapping itself is core's DatasetMapping: the server checks it with the same type's schema.
 */

export type DatasetStatus = 'needs_mapping' | 'importing' | 'ready' | 'failed' | 'cancelled';

/** One tidy row as the preview shows it. */
export interface PreviewRow {
  line: number;
  entity: string;
  period: string;
  group: string;
  metric: string;
  value: number | null;
  n: number | null;
  flag: 'value' | 'suppressed' | 'missing';
}

export interface DatasetProposal {
  headers: string[];
  header_row: number;
  sheets: string[];
  sheet: string | null;
  mapping: DatasetMapping;
  preview: PreviewRow[];
  problems: RowProblem[];
}

export interface DatasetImport {
  id: string;
  status: string;
  bytes_total: number;
  bytes_read: number;
  /** 0..1 */
  progress: number;
  rows_read: number;
  started_at: string | null;
  finished_at: string | null;
}

export interface DatasetHistoryEntry {
  import_id: string;
  file_name: string;
  loaded_by_name: string | null;
  loaded_at: string;
  status: string;
  rows: number;
}

export interface Dataset {
  id: string;
  district_id: string;
  name: string;
  status: DatasetStatus;
  layout: { ref: string; name: string } | null;
  mapping: DatasetMapping | null;
  proposal: DatasetProposal | null;
  source: { file_name: string; size_bytes: number; content_type: string; loaded_by: { id: string; name: string } | null; loaded_at: string } | null;
  import: DatasetImport | null;
  rows: number;
  suppressed: number;
  missing: number;
  problems: RowProblem[];
  problem_count: number;
  metrics: { key: string; label: string; unit: MetricUnit }[];
  periods: string[];
  entities: { schools: number; district: number; unmatched: number; ignored: number };
  unknown_groups: number;
  history: DatasetHistoryEntry[];
  version: number;
}

export interface PreviewResult {
  rows: PreviewRow[];
  problems: RowProblem[];
  problem_count: number;
}

export interface DatasetLayout {
  ref: string;
  name: string;
  description: string;
  mapping: DatasetMapping;
}

export type EntityStatus = 'school' | 'district' | 'ignored' | 'unmatched';

export interface FileEntity {
  key: string;
  name: string;
  code: string | null;
  status: EntityStatus;
  school_id: string | null;
  school_name: string | null;
  rows: number;
  suggestions: { school_id: string; name: string; score: number }[];
}

export interface EntitiesResponse {
  entities: FileEntity[];
  schools: { id: string; name: string; code: string | null }[];
}

export type GroupMatch = 'listed' | 'alias' | 'mapped' | 'unknown' | 'not_a_group';

export interface GroupsResponse {
  labels: { label: string; group_key: string | null; group_name: string | null; match: GroupMatch; rows: number }[];
  groups: { key: string; name: string }[];
}

export interface EvidenceMetric {
  key: string;
  label: string;
  unit: MetricUnit;
  higher_is_better: boolean | null;
  periods: string[];
  groups: string[];
  schools: number;
}

/** A value, or why there is none: hidden cells are never a zero. */
export type IndicatorCell =
  | { value: number; n: number | null }
  | { suppressed: true; reason: 'in_file' | 'small_group' | 'complementary' }
  | { missing: true };

export type IndicatorBy = 'school' | 'group' | 'period';

export interface IndicatorRow {
  key: string;
  label: string;
  gap_to_district: number | null;
  gap_to_comparison: number | null;
  change: number | null;
  previous_period: string | null;
}

export interface IndicatorResult {
  metric: { key: string; label: string; unit: MetricUnit; higher_is_better: boolean | null };
  by: IndicatorBy;
  period: string | null;
  group: string | null;
  school_id: string | null;
  threshold: number;
  district: IndicatorCell;
  comparison: IndicatorCell | null;
  cells: (IndicatorRow & IndicatorCell)[];
}

export interface MeasureFeed {
  measure_key: string;
  metric: string;
  school_id: string | null;
  group_name: string | null;
  periods_fed: string[];
  version: number;
}
