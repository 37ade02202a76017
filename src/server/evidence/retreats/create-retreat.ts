import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { readCycleContents } from '../../process/cycles/read-cycle-contents.js';
import { newJoinCode } from './join-code.js';
import type { NewRetreatValues } from './retreats.schema.js';
import { auditedRetreat } from './retreats.present.js';
import { retreatsRepo, type RetreatRow } from './retreats.repo.js';

/**
 * Makes a data retreat for a session of the district's cycle (one per session), with a fresh join
 * code for the room. 404 for a cycle of another district; 400 naming /session_id for a session
 * not of this cycle or one that already has its retreat.
 */
export async function createRetreat(options: { db: Kysely<DB>; actor: Actor; organizationId: string; cycleId: string; values: NewRetreatValues }): Promise<RetreatRow> {
  const { db, actor, organizationId, cycleId, values } = options;
  const contents = await readCycleContents({ db, organizationId, cycleId });
  if (!contents) throw notFound('Cycle');
  if (!contents.sessions.some((session) => session.id === values.session_id)) throw invalidInput('/session_id', 'is not a session of this cycle', { code: 'not_in_this_cycle' });
  return inTransaction(db, async (trx) => {
    if (await retreatsRepo.findBySession(trx, values.session_id)) throw invalidInput('/session_id', 'already has its data retreat', { code: 'already_used' });
    let joinCode = newJoinCode();
    while (await retreatsRepo.isCodeTaken(trx, joinCode)) joinCode = newJoinCode();
    const retreat = await retreatsRepo.insert(trx, {
      organizationId,
      cycleId,
      sessionId: values.session_id,
      title: values.title,
      joinCode,
      dotsPerPerson: values.dots_per_person ?? 5,
      frame: values.frame ?? 'none',
      createdBy: actor.userId,
    });
    await recordAuditEvent(trx, actor, { organizationId, action: 'evidence.retreat_created', entityType: 'data_retreat', entityId: retreat.id, after: auditedRetreat(retreat) });
    return retreat;
  });
}
