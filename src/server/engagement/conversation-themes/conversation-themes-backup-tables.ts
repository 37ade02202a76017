import { z } from 'zod';
import { column } from '../../platform/backup/backup-columns.js';
import { backupTable, type BackupTable } from '../../platform/backup/backup-table.js';

/**
 * Themes across conversations' ideas in a district backup (listed in engagement's backup-tables.ts
 * after the conversations' own tables): each conversation's set, its themes, then where each
 * statement sits.
 */
export const conversationThemesBackupTables: readonly BackupTable[] = [
  backupTable({
    table: 'conversation_theme_sets',
    districtColumn: 'organization_id',
    columns: {
      conversation_id: column.id,
      organization_id: column.id,
      status: z.enum(['running', 'done', 'failed']),
      requested_by: column.id.nullable(),
      started_at: column.timestamp,
      found_at: column.timestamp.nullable(),
      error: column.text.nullable(),
      edited_at: column.timestamp.nullable(),
      version: column.integer,
    },
    userColumns: ['requested_by'],
  }),
  backupTable({
    table: 'conversation_themes',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      organization_id: column.id,
      conversation_id: column.id,
      label: column.text,
      words: column.json,
      is_label_edited: column.boolean,
      position: column.integer,
      version: column.integer,
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
  }),
  backupTable({
    table: 'conversation_theme_statements',
    districtColumn: 'organization_id',
    columns: {
      statement_id: column.id,
      organization_id: column.id,
      conversation_id: column.id,
      theme_id: column.id.nullable(),
      rank: column.integer,
    },
  }),
];
