import type { Selectable } from 'kysely';
import type { CommitteeMembersTable } from '../tables.js';
import type { Constituency } from '../../../core/process/constituencies.js';

export function presentMember(row: Selectable<CommitteeMembersTable>) {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    constituency: row.constituency as Constituency,
    committeeRole: row.committee_role,
    title: row.title,
    email: row.email,
    phone: row.phone,
    isActive: row.is_active,
    position: row.position,
    version: row.version,
  };
}
