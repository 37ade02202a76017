import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { checkArea, checkCitations } from './check-retreat-inputs.js';
import { findRetreat, staleError, type RetreatScope } from './retreat-scope.js';
import type { SwotChanges } from './swot.schema.js';
import { swotRepo } from './swot.repo.js';

const audited = (row: { quadrant: string; text: string; area: string | null; citations: unknown; position: number; version: number }) => ({
  quadrant: row.quadrant,
  text: row.text,
  area: row.area,
  citations: row.citations,
  position: row.position,
  version: row.version,
});

/**
 * The facilitator rewords, moves (another quadrant, another place) or sorts an item; what is not
 * sent stays, its dots stay. 409 with the current item when `version` is stale.
 */
export async function updateSwotItem(options: RetreatScope & { itemId: string; version: number; changes: SwotChanges }) {
  const { db, actor, organizationId, retreatId, itemId, version, changes } = options;
  return inTransaction(db, async (trx) => {
    const retreat = await findRetreat(trx, organizationId, retreatId, { lock: true });
    const before = await swotRepo.find(trx, retreatId, itemId);
    if (!before) throw notFound('SWOT item');
    if (changes.area !== undefined) checkArea(retreat.frame, changes.area);
    if (changes.citations) await checkCitations(trx, retreatId, changes.citations);
    const quadrant = changes.quadrant ?? before.quadrant;
    const position = changes.position ?? (quadrant === before.quadrant ? before.position : await swotRepo.nextPosition(trx, retreatId, quadrant));
    const after = await swotRepo.update(trx, retreatId, itemId, version, {
      quadrant,
      text: changes.text ?? before.text,
      area: changes.area === undefined ? before.area : changes.area,
      citations: changes.citations ?? (before.citations as unknown[]),
      position,
    });
    if (!after) throw staleError('SWOT item', audited(before));
    await recordAuditEvent(trx, actor, { organizationId, action: 'evidence.swot_item_updated', entityType: 'swot_item', entityId: itemId, before: audited(before), after: audited(after) });
    return after;
  });
}
