import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { checkParent, lockEditablePlan } from './element-rules.js';
import { planElementsRepo } from './plan-elements.repo.js';
import { presentElement } from './plans.present.js';
import type { ElementRow } from './plans.repo.js';

const childListOf = { measure: 'measures', strategy: 'strategies', action: 'actions' } as const;

/**
 * Moves an element to a position under a parent (the same or another), renumbering the siblings
 * it leaves and joins. Answers every element whose place changed, so the outline can update.
 */
export function movePlanElement(options: {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  planId: string;
  elementId: string;
  version: number;
  parentId: string | null;
  position: number;
}) {
  const { db, actor, organizationId, planId, elementId, version, parentId } = options;
  return inTransaction(db, async (trx) => {
    await lockEditablePlan(trx, organizationId, planId);
    const element = await planElementsRepo.findLive(trx, planId, elementId);
    if (!element) throw notFound('Element');
    if (element.version !== version) {
      throw new AppError('conflict', 'Someone else changed this element; review the latest version and try again', [], { current: presentElement(element) });
    }
    const parent = await checkParent(trx, planId, element.kind, parentId);
    if (parent && (await isWithin(trx, planId, parent.id, element.id))) {
      throw new AppError('invalid_input', 'An element cannot move under itself', [{ path: '/parentId', message: 'is inside the element being moved', code: 'inside_itself' }]);
    }
    const changed: ElementRow[] = [];
    const oldSiblings = (await planElementsRepo.siblings(trx, planId, element.parent_id, element.kind)).filter((s) => s.id !== element.id);
    const newSiblings = element.parent_id === parentId ? oldSiblings : (await planElementsRepo.siblings(trx, planId, parentId, element.kind)).filter((s) => s.id !== element.id);
    const position = Math.min(Math.max(options.position, 0), newSiblings.length);
    newSiblings.splice(position, 0, element);
    if (element.parent_id !== parentId) {
      for (const [index, sibling] of oldSiblings.entries()) {
        if (sibling.position !== index) changed.push(await planElementsRepo.place(trx, sibling.id, sibling.parent_id, index, false));
      }
    }
    for (const [index, sibling] of newSiblings.entries()) {
      const isMoved = sibling.id === element.id;
      if (isMoved || sibling.position !== index) changed.push(await planElementsRepo.place(trx, sibling.id, parentId, index, isMoved));
    }
    if (parent && element.kind !== 'goal') await planElementsRepo.noteChildList(trx, parent.id, childListOf[element.kind]);
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'plan.element_moved',
      entityType: 'plan_element',
      entityId: element.id,
      before: { key: element.key, parentId: element.parent_id, position: element.position },
      after: { key: element.key, parentId, position },
    });
    return changed;
  });
}

async function isWithin(trx: Parameters<typeof planElementsRepo.findLive>[0], planId: string, candidateId: string, ancestorId: string): Promise<boolean> {
  let current: string | null = candidateId;
  while (current) {
    if (current === ancestorId) return true;
    const row: ElementRow | undefined = await planElementsRepo.findLive(trx, planId, current);
    current = row?.parent_id ?? null;
  }
  return false;
}
