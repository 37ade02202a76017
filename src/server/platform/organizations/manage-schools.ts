import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../audit/actor.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { organizationsRepo } from './organizations.repo.js';

/** Adds a school to a district. */
export function addSchool(options: { db: Kysely<DB>; actor: Actor; organizationId: string; name: string; code: string | null }) {
  const { db, actor, organizationId, name, code } = options;
  return inTransaction(db, async (trx) => {
    const school = await organizationsRepo.insertSchool(trx, organizationId, { name, code });
    await recordAuditEvent(trx, actor, { organizationId, action: 'school.created', entityType: 'school', entityId: school.id, after: { name, code } });
    return school;
  });
}

/** Removes a school from a district. */
export function removeSchool(options: { db: Kysely<DB>; actor: Actor; organizationId: string; schoolId: string }) {
  const { db, actor, organizationId, schoolId } = options;
  return inTransaction(db, async (trx) => {
    const school = await organizationsRepo.deleteSchool(trx, organizationId, schoolId);
    if (!school) throw notFound('School');
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'school.deleted',
      entityType: 'school',
      entityId: schoolId,
      before: { name: school.name, code: school.code },
    });
  });
}
