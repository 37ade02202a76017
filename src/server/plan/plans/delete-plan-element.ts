import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { lockEditablePlan } from './element-rules.js';
import { planElementsRepo } from './plan-elements.repo.js';

/**
 * Deletes an element and everything under it, keeping the rows under one undo token so an
 * "Undo" right after brings back exactly what went.
 */
export function deletePlanElement(options: { db: Kysely<DB>; actor: Actor; organizationId: string; planId: string; elementId: string }) {
  const { db, actor, organizationId, planId, elementId } = options;
  return inTransaction(db, async (trx) => {
    await lockEditablePlan(trx, organizationId, planId);
    const element = await planElementsRepo.findLive(trx, planId, elementId);
    if (!element) throw notFound('Element');
    const undoToken = randomUUID();
    await planElementsRepo.softDelete(trx, planId, [elementId], undoToken);
    const deleted = (await planElementsRepo.batchKeys(trx, planId, undoToken)).map((r) => r.key);
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'plan.element_deleted',
      entityType: 'plan_element',
      entityId: elementId,
      before: { key: element.key, kind: element.kind, fields: element.fields, deleted },
    });
    return { undoToken, deleted };
  });
}

/** Brings back what one delete removed, unless its keys have been reused since. */
export function undoDeletePlanElement(options: { db: Kysely<DB>; actor: Actor; organizationId: string; planId: string; undoToken: string }) {
  const { db, actor, organizationId, planId, undoToken } = options;
  return inTransaction(db, async (trx) => {
    await lockEditablePlan(trx, organizationId, planId);
    const rows = await planElementsRepo.batchKeys(trx, planId, undoToken);
    if (!rows.length) throw notFound('Deleted elements');
    const live = await planElementsRepo.liveKeys(trx, planId);
    const taken = rows.filter((r) => live.has(r.key)).map((r) => r.key);
    if (taken.length) throw new AppError('conflict', `Cannot undo: the keys ${taken.join(', ')} are used again since`);
    await planElementsRepo.restoreBatch(trx, planId, undoToken);
    const restored = rows.map((r) => r.key);
    await recordAuditEvent(trx, actor, { organizationId, action: 'plan.element_restored', entityType: 'plan_element', entityId: rows[0]!.id, after: { restored } });
    return { restored };
  });
}
