import { inTransaction } from '../../db/transaction.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { findRetreat, staleError, type RetreatScope } from './retreat-scope.js';
import type { RetreatChanges } from './retreats.schema.js';
import { auditedRetreat } from './retreats.present.js';
import { retreatsRepo, type RetreatRow } from './retreats.repo.js';

/**
 * Changes a retreat's title, dots per person, frame or status (closing makes the room read-only;
 * opening it again lets it take part again). What is not sent stays. 409 with the current retreat
 * when `version` is stale. Lowering the dots keeps what people spent; they can only take dots off
 * until they are within the new number.
 */
export async function updateRetreat(options: RetreatScope & { version: number; changes: RetreatChanges }): Promise<RetreatRow> {
  const { db, actor, organizationId, retreatId, version, changes } = options;
  return inTransaction(db, async (trx) => {
    const before = await findRetreat(trx, organizationId, retreatId, { lock: true });
    const after = await retreatsRepo.update(trx, organizationId, retreatId, version, changes);
    if (!after) throw staleError('retreat', auditedRetreat(before));
    await recordAuditEvent(trx, actor, { organizationId, action: 'evidence.retreat_updated', entityType: 'data_retreat', entityId: retreatId, before: auditedRetreat(before), after: auditedRetreat(after) });
    return after;
  });
}
