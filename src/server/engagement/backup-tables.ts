import { z } from 'zod';
import { column } from '../platform/backup/backup-columns.js';
import { backupTable, type BackupTable } from '../platform/backup/backup-table.js';

/**
 * Community engagement's tables, after the cycles and engagement-plan entries they point at: the
 * district's engagement settings, surveys and their responses.
 */
export const engagementBackupTables: readonly BackupTable[] = [
  backupTable({
    table: 'engagement_settings',
    districtColumn: 'organization_id',
    columns: {
      organization_id: column.id,
      respondent_threshold: column.integer,
      representation_gap: column.integer,
      version: column.integer,
      updated_at: column.timestamp,
    },
  }),
  backupTable({
    table: 'surveys',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      organization_id: column.id,
      cycle_id: column.id.nullable(),
      engagement_entry_id: column.id.nullable(),
      title: column.text,
      document: column.json,
      starter_key: column.text.nullable(),
      status: z.enum(['draft', 'open', 'closed']),
      public_code: column.text.nullable(),
      opens_at: column.timestamp.nullable(),
      closes_at: column.timestamp.nullable(),
      opened_at: column.timestamp.nullable(),
      closed_at: column.timestamp.nullable(),
      responses_version: column.integer,
      version: column.integer,
      created_by: column.id.nullable(),
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
    userColumns: ['created_by'],
  }),
  backupTable({
    table: 'survey_responses',
    districtColumn: 'organization_id',
    serialColumn: 'seq',
    columns: {
      seq: column.serial,
      id: column.id,
      survey_id: column.id,
      organization_id: column.id,
      submission_id: column.id,
      locale: column.text,
      answers: column.json,
      channel: z.enum(['web', 'link', 'kiosk', 'paper']),
      respondent_name: column.text.nullable(),
      respondent_email: column.text.nullable(),
      entered_by: column.id.nullable(),
      submitted_at: column.timestamp,
    },
    userColumns: ['entered_by'],
  }),
];
