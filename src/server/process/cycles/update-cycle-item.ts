import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, forbidden } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { columnFor, ownerEditableFields, toColumns, type ItemKind } from './cycle-fields.js';
import { cycleItemsRepo } from './cycle-items.repo.js';
import { checkPeople, checkPhaseDates, findItem, lockCycle, staleItem } from './cycle-rules.js';
import { deliverablesRepo } from './deliverables.repo.js';
import { daysBetween, shiftFollowing } from './shift-following.js';

/**
 * Changes fields of a phase, step, session or deliverable: a rename, a new date, a new owner.
 * Refused with 409 and the current row when someone saved it since the caller loaded it. Someone
 * who may not edit the cycle (a contributor) may change only the document of a deliverable
 * they own.
 */
export function updateCycleItem(options: {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  cycleId: string;
  kind: ItemKind;
  itemId: string;
  version: number;
  changes: Record<string, unknown>;
  canEditCycle: boolean;
  /** For a phase: carry its sessions and deliverables, and the later phases, by the days it moved. */
  shiftFollowing?: boolean;
}) {
  const { db, actor, organizationId, cycleId, kind, itemId, version, changes, canEditCycle } = options;
  return inTransaction(db, async (trx) => {
    await lockCycle(trx, organizationId, cycleId);
    const before = await findItem(trx, kind, cycleId, itemId);
    if (!canEditCycle) {
      if (kind !== 'deliverable' || before.owner_id !== actor.userId) throw forbidden('Only planners and the owner of a deliverable may change it');
      const reserved = Object.keys(changes).filter((field) => !ownerEditableFields.has(field));
      if (reserved.length) {
        throw new AppError('forbidden', 'The owner of a deliverable may change its document; planners change the rest', reserved.map((field) => ({ path: `/changes/${field}`, message: 'only planners may change this', code: 'planners_only' as const })));
      }
    }
    if (before.version !== version) throw staleItem(kind, before);
    if (kind === 'phase') checkPhaseDates((changes.startDate as string | undefined) ?? (before.start_date as string), (changes.endDate as string | undefined) ?? (before.end_date as string));
    if (kind === 'deliverable') await checkPeople(trx, organizationId, changes as { ownerId?: string | null; reviewerId?: string | null });
    const columns = toColumns(changes);
    const after = await cycleItemsRepo.updateVersioned(trx, kind, itemId, version, columns);
    if (!after) throw new AppError('conflict', `Someone else changed this ${kind}; reload and try again`);
    // The previous values under the same names as the change, so history reads field by field.
    const was = Object.fromEntries(Object.keys(changes).filter((field) => changes[field] !== undefined).map((field) => [field, before[columnFor(field)] ?? null]));
    if (kind === 'deliverable') await deliverablesRepo.recordEvent(trx, actor, { deliverableId: itemId, organizationId, kind: 'edited', changes: { before: was, after: changes } });
    await recordAuditEvent(trx, actor, { organizationId, action: `cycle.${kind}_changed`, entityType: `cycle_${kind}`, entityId: itemId, before: was, after: changes });
    if (kind === 'phase' && options.shiftFollowing) {
      await shiftFollowing(trx, actor, {
        organizationId,
        cycleId,
        phase: { id: itemId, position: before.position },
        startDays: daysBetween(before.start_date as string, after.start_date as string),
        endDays: daysBetween(before.end_date as string, after.end_date as string),
      });
    }
    return after;
  });
}
