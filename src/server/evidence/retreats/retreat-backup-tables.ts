import { z } from 'zod';
import { column } from '../../platform/backup/backup-columns.js';
import { backupTable, type BackupTable } from '../../platform/backup/backup-table.js';

const quadrant = z.enum(['strength', 'weakness', 'opportunity', 'threat']);

/**
 * The data retreats' tables in a district backup (appended to evidence's backup-tables.ts), each
 * after the rows it points at: the retreat, its charts and participants, observations, the SWOT
 * items, their dots, then the priorities. A guest's device hash travels as it is: it is keyed with
 * the server's secret, so the guest's phone is recognised again only on a server with the same
 * SESSION_SECRET (elsewhere they join again with their name).
 */
export const retreatBackupTables: readonly BackupTable[] = [
  backupTable({
    table: 'data_retreats',
    districtColumn: 'organization_id',
    userColumns: ['created_by'],
    columns: {
      id: column.id,
      organization_id: column.id,
      cycle_id: column.id,
      session_id: column.id,
      title: column.text,
      join_code: column.text,
      dots_per_person: column.integer,
      frame: z.enum(['none', 'performance_fact']),
      status: z.enum(['open', 'closed']),
      version: column.integer,
      created_by: column.id.nullable(),
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
  }),
  backupTable({
    table: 'retreat_charts',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      retreat_id: column.id,
      organization_id: column.id,
      position: column.integer,
      question: column.text,
      metric: column.text,
      view: column.json,
      area: column.text.nullable(),
      version: column.integer,
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
  }),
  backupTable({
    table: 'retreat_participants',
    districtColumn: 'organization_id',
    userColumns: ['user_id'],
    columns: {
      id: column.id,
      retreat_id: column.id,
      organization_id: column.id,
      display_name: column.text,
      user_id: column.id.nullable(),
      device_hash: column.text.nullable(),
      created_at: column.timestamp,
    },
  }),
  backupTable({
    table: 'retreat_observations',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      retreat_id: column.id,
      chart_id: column.id,
      organization_id: column.id,
      participant_id: column.id.nullable(),
      kind: z.enum(['notice', 'wonder']),
      body: column.text,
      is_hidden: column.boolean,
      created_at: column.timestamp,
    },
  }),
  backupTable({
    table: 'swot_items',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      retreat_id: column.id,
      organization_id: column.id,
      quadrant,
      text: column.text,
      area: column.text.nullable(),
      citations: column.json,
      position: column.integer,
      participant_id: column.id.nullable(),
      version: column.integer,
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
  }),
  backupTable({
    table: 'swot_dots',
    districtColumn: 'organization_id',
    columns: { item_id: column.id, participant_id: column.id, retreat_id: column.id, organization_id: column.id, dots: column.integer },
  }),
  backupTable({
    table: 'retreat_priorities',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      retreat_id: column.id,
      organization_id: column.id,
      swot_item_id: column.id.nullable(),
      position: column.integer,
      title: column.text,
      dots: column.integer,
      area: column.text.nullable(),
      current_state: column.text,
      current_evidence: column.json,
      future_state: column.text,
      goal_key: column.text.nullable(),
      gap: column.text,
      root_cause_method: z.enum(['five_whys', 'fishbone']),
      root_causes: column.json,
      case_for_change: column.text,
      version: column.integer,
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
  }),
];
