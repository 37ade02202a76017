import { z } from 'zod';
import { column } from '../platform/backup/backup-columns.js';
import { backupTable, type BackupTable } from '../platform/backup/backup-table.js';
import { instructionalFocusBackupTables } from './instructional-focus/instructional-focus-backup-tables.js';
import { retreatBackupTables } from './retreats/retreat-backup-tables.js';

const count = z.union([z.number().int(), z.string().regex(/^\d+$/)]);

/**
 * Evidence's tables, parents first: layouts and metrics, datasets, their imports (with the source
 * file), the tidy rows, and the district's mapping of the files' schools and student groups.
 * A dataset names its current import and the import names its dataset: that foreign key is
 * deferred to the end of the restore's one transaction (migration 0031).
 */
export const evidenceBackupTables: readonly BackupTable[] = [
  backupTable({
    table: 'evidence_layouts',
    districtColumn: 'organization_id',
    userColumns: ['created_by'],
    columns: {
      id: column.id,
      organization_id: column.id,
      name: column.text,
      fingerprint: column.text,
      mapping: column.json,
      created_by: column.id.nullable(),
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
  }),
  backupTable({
    table: 'evidence_metrics',
    districtColumn: 'organization_id',
    columns: { organization_id: column.id, key: column.text, label: column.text, unit: z.enum(['percent', 'count', 'rate', 'number']), higher_is_better: column.boolean.nullable() },
  }),
  backupTable({
    table: 'datasets',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      organization_id: column.id,
      name: column.text,
      status: z.enum(['needs_mapping', 'importing', 'ready', 'failed', 'cancelled']),
      layout_ref: column.text.nullable(),
      mapping: column.json.nullable(),
      current_import_id: column.id.nullable(),
      version: column.integer,
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
  }),
  backupTable({
    table: 'dataset_imports',
    districtColumn: 'organization_id',
    userColumns: ['loaded_by'],
    columns: {
      id: column.id,
      dataset_id: column.id,
      organization_id: column.id,
      status: z.enum(['waiting', 'queued', 'running', 'done', 'failed', 'cancelled', 'replaced']),
      file_name: column.text,
      content_type: column.text,
      size_bytes: count,
      content: column.text.nullable(),
      sheet: column.text.nullable(),
      bytes_read: count,
      rows_read: column.integer,
      rows_written: column.integer,
      suppressed: column.integer,
      missing: column.integer,
      problems: column.json,
      problem_count: column.integer,
      cancel_requested: column.boolean,
      loaded_by: column.id.nullable(),
      loaded_by_label: column.text,
      created_at: column.timestamp,
      started_at: column.timestamp.nullable(),
      finished_at: column.timestamp.nullable(),
    },
  }),
  backupTable({
    table: 'dataset_rows',
    districtColumn: 'organization_id',
    columns: {
      import_id: column.id,
      organization_id: column.id,
      entity_key: column.text,
      period: column.text,
      group_label: column.text,
      metric: column.text,
      value: z.number().nullable(),
      n: column.integer.nullable(),
      flag: column.integer,
    },
  }),
  backupTable({
    table: 'evidence_entities',
    districtColumn: 'organization_id',
    columns: {
      organization_id: column.id,
      entity_key: column.text,
      name: column.text,
      code: column.text.nullable(),
      status: z.enum(['school', 'district', 'unmatched', 'ignored']),
      school_id: column.id.nullable(),
    },
  }),
  backupTable({
    table: 'evidence_group_labels',
    districtColumn: 'organization_id',
    columns: { organization_id: column.id, label: column.text, group_key: column.text.nullable() },
  }),
  backupTable({
    table: 'measure_indicator_feeds',
    districtColumn: 'organization_id',
    userColumns: ['created_by'],
    columns: {
      plan_id: column.id,
      organization_id: column.id,
      measure_key: column.text,
      metric: column.text,
      school_id: column.id.nullable(),
      group_name: column.text.nullable(),
      version: column.integer,
      created_by: column.id.nullable(),
      updated_at: column.timestamp,
    },
  }),
  ...retreatBackupTables,
  ...instructionalFocusBackupTables,
];
