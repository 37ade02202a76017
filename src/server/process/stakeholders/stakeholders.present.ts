import type { Selectable } from 'kysely';
import type { StakeholderGroupsTable } from '../tables.js';
import type { Constituency } from '../../../core/process/constituencies.js';
import type { EntryRow } from './stakeholders.repo.js';

export function presentGroup(row: Selectable<StakeholderGroupsTable>) {
  return {
    id: row.id,
    name: row.name,
    constituency: row.constituency as Constituency,
    description: row.description,
    estimatedSize: row.estimated_size,
    contacts: (row.contacts ?? []) as Array<{ name: string; email: string }>,
    notes: row.notes,
    position: row.position,
    version: row.version,
  };
}

export function presentEngagement(row: EntryRow) {
  return {
    id: row.id,
    stakeholderGroupId: row.group_id,
    phaseId: row.phase_id,
    method: row.method,
    startDate: row.start_date,
    endDate: row.end_date,
    leadUserId: row.lead_user_id,
    leadName: row.lead_name ?? null,
    status: row.status,
    notes: row.notes,
    version: row.version,
  };
}
