import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { loadSessionRecord } from './load-session-record.js';
import { sessionsRepo, type RecordValues } from './sessions.repo.js';

interface Scope {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  cycleId: string;
}

/**
 * Saves where and when the session meets, its agenda, minutes and decisions. The session row's
 * version guards the whole session, so a date moved by someone else is a conflict here too.
 */
export async function updateSessionRecord(options: Scope & { sessionId: string; version: number; values: RecordValues }) {
  const { db, actor, organizationId, cycleId, sessionId, version, values } = options;
  return inTransaction(db, async (trx) => {
    const before = await loadSessionRecord({ db: trx, organizationId, cycleId, sessionId });
    if (before.session.version !== version) throw new AppError('conflict', 'Someone else changed this session; review and try again', [], { current: before.presented });
    if (!(await sessionsRepo.bumpSessionVersion(trx, organizationId, sessionId, version))) throw new AppError('conflict', 'Someone else changed this session; reload and try again');
    await sessionsRepo.saveRecord(trx, { organizationId, cycleId, sessionId, userId: actor.userId }, values);
    const after = await loadSessionRecord({ db: trx, organizationId, cycleId, sessionId });
    const changed = Object.keys(values) as Array<keyof RecordValues>;
    const pick = (record: typeof after.presented) => Object.fromEntries(changed.map((key) => [key, record[key]]));
    await recordAuditEvent(trx, actor, { organizationId, action: 'session.record_changed', entityType: 'cycle_session', entityId: sessionId, before: pick(before.presented), after: pick(after.presented) });
    return after.presented;
  });
}
