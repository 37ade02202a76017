import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { prioritiesRepo } from './priorities.repo.js';
import { findRetreat, type RetreatScope } from './retreat-scope.js';
import { presentPriority } from './retreats.present.js';

/** Removes a priority with its gap analysis; its item may be carried forward again. */
export async function removePriority(options: RetreatScope & { priorityId: string }): Promise<void> {
  const { db, actor, organizationId, retreatId, priorityId } = options;
  await inTransaction(db, async (trx) => {
    await findRetreat(trx, organizationId, retreatId, { lock: true });
    const before = await prioritiesRepo.find(trx, retreatId, priorityId);
    if (!before) throw notFound('Priority');
    await prioritiesRepo.remove(trx, retreatId, priorityId);
    await recordAuditEvent(trx, actor, { organizationId, action: 'evidence.retreat_priority_removed', entityType: 'retreat_priority', entityId: priorityId, before: presentPriority(before) });
  });
}
