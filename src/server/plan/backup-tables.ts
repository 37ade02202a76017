import { z } from 'zod';
import { column } from '../platform/backup/backup-columns.js';
import { backupTable, parentsFirst, type BackupTable } from '../platform/backup/backup-table.js';

/**
 * The plan's tables, after the district they belong to: plans, their elements (parents first),
 * frozen versions, comments, and the people who own its elements.
 */
export const planBackupTables: readonly BackupTable[] = [
  backupTable({
    table: 'plans',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      organization_id: column.id,
      title: column.text,
      lifecycle: z.enum(['draft', 'public_comment', 'adopted', 'amending', 'archived']),
      header: column.json,
      adopted_version: column.integer.nullable(),
      version: column.integer,
      created_by: column.id.nullable(),
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
    userColumns: ['created_by'],
  }),
  backupTable({
    table: 'plan_elements',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      plan_id: column.id,
      organization_id: column.id,
      parent_id: column.id.nullable(),
      kind: z.enum(['goal', 'measure', 'strategy', 'action']),
      key: column.text,
      position: column.integer,
      fields: column.json,
      child_lists: column.json,
      version: column.integer,
      deleted_at: column.timestamp.nullable(),
      deleted_batch: column.id.nullable(),
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
    orderRows: parentsFirst,
  }),
  backupTable({
    table: 'plan_versions',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      plan_id: column.id,
      organization_id: column.id,
      number: column.integer,
      lifecycle: z.enum(['draft', 'public_comment', 'adopted', 'amending', 'archived']),
      label: column.text,
      document: column.json,
      adoption: column.json.nullable(),
      created_by: column.id.nullable(),
      created_at: column.timestamp,
    },
    userColumns: ['created_by'],
  }),
  backupTable({
    table: 'plan_comments',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      plan_id: column.id,
      organization_id: column.id,
      element_id: column.id.nullable(),
      author_id: column.id.nullable(),
      body: column.text,
      mentions: column.json,
      resolved_at: column.timestamp.nullable(),
      created_at: column.timestamp,
    },
    userColumns: ['author_id'],
  }),
  backupTable({
    table: 'element_owners',
    districtColumn: 'organization_id',
    columns: { plan_id: column.id, organization_id: column.id, element_key: column.text, user_id: column.id, created_at: column.timestamp },
    userColumns: ['user_id'],
  }),
];
