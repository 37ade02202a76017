import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import type { ItemKind } from './cycle-fields.js';
import { cycleItemsRepo, type ItemRow } from './cycle-items.repo.js';
import { checkPhase, findItem, lockCycle, staleItem } from './cycle-rules.js';

/**
 * Reorders a phase among the phases, or moves a step, session or deliverable to a position in
 * its phase or another one, renumbering the siblings it leaves and joins. Dates stay as they
 * are: moving is about order, a date change is an edit. Answers every item whose place changed.
 */
export function moveCycleItem(options: {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  cycleId: string;
  kind: ItemKind;
  itemId: string;
  version: number;
  position: number;
  phaseId?: string;
}) {
  const { db, actor, organizationId, cycleId, kind, itemId, version } = options;
  return inTransaction(db, async (trx) => {
    await lockCycle(trx, organizationId, cycleId);
    const item = await findItem(trx, kind, cycleId, itemId);
    if (item.version !== version) throw staleItem(kind, item);
    const fromPhase = kind === 'phase' ? null : (item.phase_id as string);
    const toPhase = kind === 'phase' ? null : options.phaseId ? (await checkPhase(trx, cycleId, options.phaseId)).id : fromPhase;
    const changed: ItemRow[] = [];
    const oldSiblings = (await cycleItemsRepo.siblings(trx, kind, cycleId, fromPhase)).filter((s) => s.id !== item.id);
    const newSiblings = fromPhase === toPhase ? oldSiblings : (await cycleItemsRepo.siblings(trx, kind, cycleId, toPhase)).filter((s) => s.id !== item.id);
    const position = Math.min(Math.max(options.position, 0), newSiblings.length);
    newSiblings.splice(position, 0, item);
    if (fromPhase !== toPhase) {
      for (const [index, sibling] of oldSiblings.entries()) {
        if (sibling.position !== index) changed.push(await cycleItemsRepo.place(trx, kind, sibling.id, index, null, false));
      }
    }
    for (const [index, sibling] of newSiblings.entries()) {
      const isMoved = sibling.id === item.id;
      if (isMoved || sibling.position !== index) changed.push(await cycleItemsRepo.place(trx, kind, sibling.id, index, isMoved ? toPhase : null, isMoved));
    }
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: `cycle.${kind}_moved`,
      entityType: `cycle_${kind}`,
      entityId: item.id,
      before: { phaseId: fromPhase, position: item.position },
      after: { phaseId: toPhase, position },
    });
    return changed;
  });
}
