import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { findRetreat, type RetreatScope } from './retreat-scope.js';
import { swotRepo } from './swot.repo.js';

/** Removes an item and the dots on it (they return to their owners); a priority carried from it keeps its words. */
export async function removeSwotItem(options: RetreatScope & { itemId: string }): Promise<void> {
  const { db, actor, organizationId, retreatId, itemId } = options;
  await inTransaction(db, async (trx) => {
    await findRetreat(trx, organizationId, retreatId, { lock: true });
    const before = await swotRepo.find(trx, retreatId, itemId);
    if (!before) throw notFound('SWOT item');
    await swotRepo.remove(trx, retreatId, itemId);
    await recordAuditEvent(trx, actor, { organizationId, action: 'evidence.swot_item_removed', entityType: 'swot_item', entityId: itemId, before: { quadrant: before.quadrant, text: before.text, area: before.area } });
  });
}
