import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { forbidden, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { findActiveMember } from '../../platform/people/find-member.js';
import { clientsRepo } from './clients.repo.js';

type Scope = { db: Kysely<DB>; actor: Actor; networkId: string; engagementId: string; caller: { userId: string; role: string } };

/**
 * A coach logs hours worked for a client (date, hours, activity); the consultancy's administrators
 * may log them for any of its coaches. Entries past the hours bought are kept: the bank shows the overrun.
 */
export function logEngagementHours(options: Scope & { values: { coachId?: string | null; workedOn: string; hours: number; activity: string } }) {
  const { db, actor, networkId, engagementId, caller, values } = options;
  const coachId = values.coachId ?? caller.userId;
  if (coachId !== caller.userId && caller.role !== 'network_admin') throw forbidden('Coaches log their own hours');
  return inTransaction(db, async (trx) => {
    if (!(await clientsRepo.lock(trx, networkId, engagementId))) throw notFound('Client engagement');
    const coach = await findActiveMember({ db: trx, organizationId: networkId, userId: coachId });
    if (!coach) throw invalidInput('/coachId', 'is not a member of this network', { code: 'not_a_member' });
    const { id } = await clientsRepo.insertHours(trx, { engagementId, coachId, coachName: coach.name, workedOn: values.workedOn, hours: values.hours, activity: values.activity, createdBy: actor.userId });
    await recordAuditEvent(trx, actor, { organizationId: networkId, action: 'client.hours_logged', entityType: 'client_engagement', entityId: engagementId, after: { entryId: id, coachId, workedOn: values.workedOn, hours: values.hours } });
    return id;
  });
}

/** Takes an entry back: its coach, or an administrator. */
export function removeEngagementHours(options: Scope & { entryId: string }) {
  const { db, actor, networkId, engagementId, caller, entryId } = options;
  return inTransaction(db, async (trx) => {
    if (!(await clientsRepo.lock(trx, networkId, engagementId))) throw notFound('Client engagement');
    const entry = await clientsRepo.findHours(trx, engagementId, entryId);
    if (!entry) throw notFound('Hours entry');
    if (entry.coach_id !== caller.userId && caller.role !== 'network_admin') throw forbidden('Coaches take back their own hours');
    await clientsRepo.deleteHours(trx, entryId);
    await recordAuditEvent(trx, actor, { organizationId: networkId, action: 'client.hours_removed', entityType: 'client_engagement', entityId: engagementId, before: { entryId, coachName: entry.coach_name, workedOn: entry.worked_on, hours: Number(entry.hours) } });
  });
}
