import { z } from 'zod';
import { roleSchema } from '../http/common.schema.js';
import { column } from './backup/backup-columns.js';
import { backupTable, type BackupTable } from './backup/backup-table.js';

/**
 * The platform's district-scoped tables, parents first: the district itself, its schools, memberships,
 * coach assignments, pending invitations and resets, the audit log and the outbox. (People are
 * shared between organizations: see backupUsers.)
 */
export const platformBackupTables: readonly BackupTable[] = [
  backupTable({
    table: 'organizations',
    districtColumn: 'id',
    columns: {
      id: column.id,
      kind: z.literal('district', { error: 'must be "district": a backup holds one district' }),
      name: column.text,
      slug: column.text,
      network_id: column.id.nullable(),
      // Backups made before demo districts were marked have no such column.
      is_demo: column.boolean.default(false),
      version: column.integer,
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
    outsideOrganizationColumns: [{ column: 'network_id', whenMissing: 'clear' }],
  }),
  backupTable({
    table: 'schools',
    districtColumn: 'organization_id',
    columns: { id: column.id, organization_id: column.id, name: column.text, code: column.text.nullable(), created_at: column.timestamp },
  }),
  backupTable({
    table: 'memberships',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      organization_id: column.id,
      user_id: column.id,
      role: roleSchema,
      is_active: column.boolean,
      version: column.integer,
      created_at: column.timestamp,
      updated_at: column.timestamp,
    },
    userColumns: ['user_id'],
  }),
  backupTable({
    table: 'coach_assignments',
    districtColumn: 'district_id',
    // Backups made before coaches had a responsibility (0034) have no such column.
    columns: { network_id: column.id, district_id: column.id, user_id: column.id, responsibility: column.text.nullable().default(null), created_at: column.timestamp },
    userColumns: ['user_id'],
    // An assignment means nothing without its network, and network_id cannot be null.
    outsideOrganizationColumns: [{ column: 'network_id', whenMissing: 'skip-row' }],
  }),
  backupTable({
    table: 'district_partners',
    districtColumn: 'district_id',
    columns: { district_id: column.id, network_id: column.id, partner_id: column.id, created_at: column.timestamp },
    // A match names two organisations outside the district; without either it means nothing.
    outsideOrganizationColumns: [
      { column: 'network_id', whenMissing: 'skip-row' },
      { column: 'partner_id', whenMissing: 'skip-row' },
    ],
  }),
  backupTable({
    table: 'one_time_tokens',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      purpose: z.enum(['invitation', 'password_reset']),
      token_hash: column.text,
      email: column.text,
      user_id: column.id.nullable(),
      organization_id: column.id,
      role: roleSchema.nullable(),
      created_by: column.id.nullable(),
      expires_at: column.timestamp,
      used_at: column.timestamp.nullable(),
      revoked_at: column.timestamp.nullable(),
      created_at: column.timestamp,
    },
    userColumns: ['user_id', 'created_by'],
  }),
  backupTable({
    table: 'audit_events',
    districtColumn: 'organization_id',
    columns: {
      id: column.serial,
      organization_id: column.id,
      actor_user_id: column.id.nullable(),
      actor_label: column.text,
      action: column.text,
      entity_type: column.text,
      entity_id: column.text.nullable(),
      before: column.json.nullable(),
      after: column.json.nullable(),
      created_at: column.timestamp,
    },
    userColumns: ['actor_user_id'],
    serialColumn: 'id',
  }),
  backupTable({
    table: 'outbox_messages',
    districtColumn: 'organization_id',
    columns: {
      id: column.id,
      organization_id: column.id,
      to_address: column.text,
      subject: column.text,
      body_text: column.text,
      status: z.enum(['held', 'pending', 'sent', 'failed']),
      attempts: column.integer,
      last_error: column.text.nullable(),
      created_at: column.timestamp,
      sent_at: column.timestamp.nullable(),
      // Always false here: a private message (a participant's code) belongs to no district.
      is_private: column.boolean,
    },
    // The server sends pending mail when it starts: a restore must not send weeks-old mail.
    prepareRow: (row) => (row.status === 'pending' ? { ...row, status: 'held' } : row),
  }),
];
