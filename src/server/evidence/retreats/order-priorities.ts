import { inTransaction } from '../../db/transaction.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { checkOrder } from './check-retreat-inputs.js';
import { prioritiesRepo } from './priorities.repo.js';
import { findRetreat, type RetreatScope } from './retreat-scope.js';

/** Puts the priorities in the order given (every priority once; 400 naming /priority_ids otherwise). */
export async function orderPriorities(options: RetreatScope & { priorityIds: readonly string[] }): Promise<void> {
  const { db, actor, organizationId, retreatId, priorityIds } = options;
  await inTransaction(db, async (trx) => {
    await findRetreat(trx, organizationId, retreatId, { lock: true });
    const before = (await prioritiesRepo.list(trx, retreatId)).map((priority) => priority.id);
    checkOrder(priorityIds, before, '/priority_ids', 'priority');
    await prioritiesRepo.setPositions(trx, retreatId, priorityIds);
    await recordAuditEvent(trx, actor, { organizationId, action: 'evidence.retreat_priorities_ordered', entityType: 'data_retreat', entityId: retreatId, before, after: priorityIds });
  });
}
