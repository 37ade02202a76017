import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { sessionsRepo } from './sessions.repo.js';
import { presentRecord } from './sessions.present.js';

/** One session of a district's cycle with everything recorded about it; 404 when it is not theirs. */
export async function loadSessionRecord(options: { db: Kysely<DB> | Transaction<DB>; organizationId: string; cycleId: string; sessionId: string }) {
  const { db, organizationId, cycleId, sessionId } = options;
  const session = await sessionsRepo.findSession(db, organizationId, cycleId, sessionId);
  if (!session) throw notFound('Session');
  const [record, roster, tasks] = await Promise.all([
    sessionsRepo.findRecord(db, organizationId, sessionId),
    sessionsRepo.listRosterFor(db, cycleId, sessionId),
    sessionsRepo.listTasks(db, organizationId, sessionId),
  ]);
  return { session, presented: presentRecord(session, record, roster, tasks) };
}
