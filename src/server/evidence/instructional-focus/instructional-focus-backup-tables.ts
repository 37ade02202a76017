import { column } from '../../platform/backup/backup-columns.js';
import { backupTable, type BackupTable } from '../../platform/backup/backup-table.js';

export const instructionalFocusBackupTables: readonly BackupTable[] = [
  backupTable({
    table: 'instructional_focuses',
    districtColumn: 'organization_id',
    userColumns: ['updated_by'],
    columns: {
      id: column.id,
      organization_id: column.id,
      cycle_id: column.id,
      content: column.json,
      version: column.integer,
      updated_by: column.id.nullable(),
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
  }),
];
