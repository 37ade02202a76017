import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../db/schema.js';

/**
 * Evidence's tables (migration 0031): saved layouts, the metrics the district's files measure,
 * datasets and their imports, the tidy rows, and how the files' schools and student groups map to
 * the district's. The declaration at the end adds them to the one `DB` type (db/schema.ts).
 */

export type DatasetStatus = 'needs_mapping' | 'importing' | 'ready' | 'failed' | 'cancelled';
export type ImportStatus = 'waiting' | 'queued' | 'running' | 'done' | 'failed' | 'cancelled' | 'replaced';
export type EntityStatus = 'school' | 'district' | 'unmatched' | 'ignored';

export interface EvidenceLayoutsTable {
  id: Generated<string>;
  organization_id: string;
  name: string;
  fingerprint: string;
  mapping: Json;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EvidenceMetricsTable {
  organization_id: string;
  key: string;
  label: string;
  unit: 'percent' | 'count' | 'rate' | 'number';
  higher_is_better: boolean | null;
}

export interface DatasetsTable {
  id: Generated<string>;
  organization_id: string;
  name: string;
  status: DatasetStatus;
  layout_ref: string | null;
  mapping: Json | null;
  current_import_id: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DatasetImportsTable {
  id: Generated<string>;
  dataset_id: string;
  organization_id: string;
  status: ImportStatus;
  file_name: string;
  content_type: string;
  size_bytes: number;
  content: Buffer | null;
  sheet: string | null;
  bytes_read: Generated<number>;
  rows_read: Generated<number>;
  rows_written: Generated<number>;
  suppressed: Generated<number>;
  missing: Generated<number>;
  problems: Generated<Json>;
  problem_count: Generated<number>;
  cancel_requested: Generated<boolean>;
  loaded_by: string | null;
  loaded_by_label: string;
  created_at: Timestamp;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
}

export interface DatasetRowsTable {
  import_id: string;
  organization_id: string;
  entity_key: string;
  period: string;
  group_label: string;
  metric: string;
  value: number | null;
  n: number | null;
  /** 0 a value, 1 suppressed in the file, 2 missing. */
  flag: Generated<number>;
}

export interface EvidenceEntitiesTable {
  organization_id: string;
  entity_key: string;
  name: string;
  code: string | null;
  status: EntityStatus;
  school_id: string | null;
}

export interface EvidenceGroupLabelsTable {
  organization_id: string;
  label: string;
  group_key: string | null;
}

export interface MeasureIndicatorFeedsTable {
  plan_id: string;
  organization_id: string;
  measure_key: string;
  metric: string;
  school_id: string | null;
  group_name: string | null;
  version: Generated<number>;
  created_by: string | null;
  updated_at: Timestamp;
}

declare module '../db/schema.js' {
  interface DB {
    evidence_layouts: EvidenceLayoutsTable;
    evidence_metrics: EvidenceMetricsTable;
    datasets: DatasetsTable;
    dataset_imports: DatasetImportsTable;
    dataset_rows: DatasetRowsTable;
    evidence_entities: EvidenceEntitiesTable;
    evidence_group_labels: EvidenceGroupLabelsTable;
    measure_indicator_feeds: MeasureIndicatorFeedsTable;
  }
}
