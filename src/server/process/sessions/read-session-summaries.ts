import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { sessionsRepo } from './sessions.repo.js';

/**
 * For each session of a district's cycle: where and when it meets and how many were present.
 * Other domains whose records are sessions (engagement's focus groups) read them through this.
 */
export async function readSessionSummaries(options: { db: Kysely<DB> | Transaction<DB>; organizationId: string; cycleId: string }) {
  const rows = await sessionsRepo.listSummaries(options.db, options.organizationId, options.cycleId);
  return new Map(rows.map((row) => [row.id, { place: row.place, meetingLink: row.meeting_link, startTime: row.start_time, present: row.present ?? 0 }]));
}
