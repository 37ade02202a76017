import type { Kysely } from 'kysely';
import type { AttendanceStatus } from '../tables.js';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { sessionsRepo } from './sessions.repo.js';

/**
 * Takes attendance: one status per committee member named, the others left as they were. Only
 * members of this cycle's roster can be marked, so a member id from another cycle is refused.
 */
export async function recordAttendance(options: { db: Kysely<DB>; actor: Actor; organizationId: string; cycleId: string; sessionId: string; records: Array<{ committeeMemberId: string; status: AttendanceStatus }> }) {
  const { db, actor, organizationId, cycleId, sessionId, records } = options;
  const seen = new Set<string>();
  records.forEach((record, i) => {
    if (seen.has(record.committeeMemberId)) throw invalidInput(`/records/${i}/committeeMemberId`, 'is listed twice', { code: 'duplicate' });
    seen.add(record.committeeMemberId);
  });
  return inTransaction(db, async (trx) => {
    if (!(await sessionsRepo.findSession(trx, organizationId, cycleId, sessionId))) throw notFound('Session');
    const roster = await sessionsRepo.listMemberIds(trx, cycleId);
    records.forEach((record, i) => {
      if (!roster.has(record.committeeMemberId)) throw invalidInput(`/records/${i}/committeeMemberId`, "is not on this cycle's steering committee", { code: 'not_on_committee' });
    });
    const before = await sessionsRepo.listAttendance(trx, sessionId);
    await sessionsRepo.saveAttendance(trx, { organizationId, cycleId, sessionId, userId: actor.userId }, records);
    const after = await sessionsRepo.listAttendance(trx, sessionId);
    await recordAuditEvent(trx, actor, { organizationId, action: 'session.attendance_taken', entityType: 'cycle_session', entityId: sessionId, before: { attendance: before }, after: { attendance: after } });
  });
}
