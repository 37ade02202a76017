import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import type { ItemKind } from './cycle-fields.js';
import { cycleItemsRepo } from './cycle-items.repo.js';
import { findItem, lockCycle } from './cycle-rules.js';
import { presentItem } from './cycles.present.js';

/**
 * Removes a phase (with its steps, sessions and deliverables), a step, a session or a
 * deliverable from the cycle and closes the gap in the order. The audit row keeps what was removed.
 */
export function removeCycleItem(options: { db: Kysely<DB>; actor: Actor; organizationId: string; cycleId: string; kind: ItemKind; itemId: string }) {
  const { db, actor, organizationId, cycleId, kind, itemId } = options;
  return inTransaction(db, async (trx) => {
    await lockCycle(trx, organizationId, cycleId);
    const item = await findItem(trx, kind, cycleId, itemId);
    const removedWithIt = kind === 'phase' ? await cycleItemsRepo.childCounts(trx, item.id) : null;
    await cycleItemsRepo.remove(trx, kind, item.id);
    const phaseId = kind === 'phase' ? null : (item.phase_id as string);
    for (const [index, sibling] of (await cycleItemsRepo.siblings(trx, kind, cycleId, phaseId)).entries()) {
      if (sibling.position !== index) await cycleItemsRepo.place(trx, kind, sibling.id, index, null, false);
    }
    await recordAuditEvent(trx, actor, { organizationId, action: `cycle.${kind}_removed`, entityType: `cycle_${kind}`, entityId: item.id, before: { ...presentItem(kind, item), removedWithIt } });
    return { removed: item.id, removedWithIt };
  });
}
