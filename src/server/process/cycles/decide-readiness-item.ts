import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ReadinessState } from '../tables.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { lockCycle } from './cycle-rules.js';
import { presentReadinessItem } from './cycles.present.js';
import { readinessRepo } from './readiness.repo.js';

/**
 * Checks a readiness item, waives it with the reason the district goes ahead without it, or
 * opens it again. A waiver without a reason is refused: a conscious decision leaves a record.
 */
export function decideReadinessItem(options: { db: Kysely<DB>; actor: Actor; organizationId: string; cycleId: string; itemId: string; version: number; state: ReadinessState; reason?: string }) {
  const { db, actor, organizationId, cycleId, itemId, version, state } = options;
  const reason = options.reason?.trim() || null;
  if (state === 'waived' && !reason) throw invalidInput('/reason', 'is required to waive an item: say why the district goes ahead without it', { code: 'required' });
  return inTransaction(db, async (trx) => {
    await lockCycle(trx, organizationId, cycleId);
    const before = await readinessRepo.find(trx, cycleId, itemId);
    if (!before) throw notFound('Readiness item');
    const stale = () => new AppError('conflict', 'Someone else changed this item; review the latest version and try again', [], { current: presentReadinessItem(before) });
    if (before.version !== version) throw stale();
    const after = await readinessRepo.decide(trx, itemId, version, { state, reason: state === 'waived' ? reason : null, userId: actor.userId });
    if (!after) throw stale();
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'cycle.readiness_decided',
      entityType: 'cycle_readiness_item',
      entityId: itemId,
      before: { state: before.state, reason: before.waiver_reason },
      after: { state, reason: after.waiver_reason },
    });
    return after;
  });
}
