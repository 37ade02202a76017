import { inTransaction } from '../../db/transaction.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { findRetreat, type RetreatScope } from './retreat-scope.js';
import { auditedRetreat } from './retreats.present.js';
import { retreatsRepo } from './retreats.repo.js';

/** Deletes a retreat with everything written in it (charts, observations, the board, priorities). */
export async function deleteRetreat(options: RetreatScope): Promise<void> {
  const { db, actor, organizationId, retreatId } = options;
  await inTransaction(db, async (trx) => {
    const before = await findRetreat(trx, organizationId, retreatId, { lock: true });
    await retreatsRepo.remove(trx, organizationId, retreatId);
    await recordAuditEvent(trx, actor, { organizationId, action: 'evidence.retreat_deleted', entityType: 'data_retreat', entityId: retreatId, before: auditedRetreat(before) });
  });
}
