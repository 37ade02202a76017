import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import type { AttendanceRole } from '../../../core/network/session-attendance.js';
import { cohortsRepo } from '../cohorts/cohorts.repo.js';
import { membersRepo } from '../members/members.repo.js';
import { learningRepo } from './learning.repo.js';

/**
 * The network records who came to a session, as one sheet: each district's people with their
 * role and whether they attended. The list replaces the last one; every district on it must be a
 * member of the cohort (one that withdrew since may keep the rows of sessions it attended).
 */
export function recordAttendance(options: {
  db: Kysely<DB>;
  actor: Actor;
  networkId: string;
  cohortId: string;
  eventId: string;
  people: ReadonlyArray<{ districtId: string; personName: string; role: AttendanceRole; attended: boolean }>;
}) {
  const { db, actor, networkId, cohortId, eventId, people } = options;
  return inTransaction(db, async (trx) => {
    if (!(await cohortsRepo.lock(trx, networkId, cohortId))) throw notFound('Cohort');
    const event = await cohortsRepo.findEvent(trx, cohortId, eventId);
    if (!event || event.kind !== 'session') throw notFound('Session');
    const members = new Set((await membersRepo.list(trx, cohortId)).map((member) => member.district_id));
    const stranger = people.findIndex((person) => !members.has(person.districtId));
    if (stranger >= 0) throw invalidInput(`/people/${stranger}/districtId`, 'is not a district of this cohort', { code: 'not_in_this_network' });
    const before = await learningRepo.listAttendance(trx, eventId);
    await learningRepo.replaceAttendance(trx, { eventId, cohortId, recordedBy: actor.userId, people });
    await recordAuditEvent(trx, actor, {
      organizationId: networkId,
      action: 'cohort.attendance_recorded',
      entityType: 'cohort_event',
      entityId: eventId,
      before: { recorded: before.length, attended: before.filter((row) => row.attended).length },
      after: { cohortId, recorded: people.length, attended: people.filter((person) => person.attended).length },
    });
    return learningRepo.listAttendance(trx, eventId);
  });
}
