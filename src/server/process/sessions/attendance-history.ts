import type { Kysely } from 'kysely';
import type { AttendanceStatus } from '../tables.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { sessionsRepo } from './sessions.repo.js';

/**
 * The roster's attendance across the cycle: the sessions where any was taken, by date, and for
 * each member of the roster how often they were present out of the times recorded.
 */
export async function attendanceHistory(options: { db: Kysely<DB>; organizationId: string; cycleId: string }) {
  const { db, organizationId, cycleId } = options;
  if (!(await sessionsRepo.findCycle(db, organizationId, cycleId))) throw notFound('Cycle');
  const [rows, memberIds] = await Promise.all([sessionsRepo.listCycleAttendance(db, organizationId, cycleId), sessionsRepo.listRosterOrder(db, cycleId)]);
  const sessions = new Map<string, { id: string; name: string; sessionDate: string }>();
  const records = new Map<string, Array<{ sessionId: string; status: AttendanceStatus }>>(memberIds.map((id) => [id, []]));
  for (const row of rows) {
    if (!sessions.has(row.session_id)) sessions.set(row.session_id, { id: row.session_id, name: row.name, sessionDate: row.session_date });
    records.get(row.committee_member_id)?.push({ sessionId: row.session_id, status: row.status });
  }
  return {
    sessions: [...sessions.values()],
    members: [...records].map(([committeeMemberId, list]) => ({ committeeMemberId, present: list.filter((r) => r.status === 'present').length, recorded: list.length, records: list })),
  };
}
