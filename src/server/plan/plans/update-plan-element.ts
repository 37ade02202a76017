import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { checkInterimParent, lockEditablePlan, parseElementFields } from './element-rules.js';
import { planElementsRepo } from './plan-elements.repo.js';
import { presentElement } from './plans.present.js';

/**
 * Replaces an element's fields (and optionally its key). Refused with 409 and the current
 * element when someone saved it since the caller loaded it, so no edit is silently lost.
 */
export function updatePlanElement(options: {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  planId: string;
  elementId: string;
  version: number;
  fields?: unknown;
  key?: string;
}) {
  const { db, actor, organizationId, planId, elementId, version } = options;
  return inTransaction(db, async (trx) => {
    await lockEditablePlan(trx, organizationId, planId);
    const before = await planElementsRepo.findLive(trx, planId, elementId);
    if (!before) throw notFound('Element');
    if (before.version !== version) {
      throw new AppError('conflict', 'Someone else changed this element; review the latest version and try again', [], { current: presentElement(before) });
    }
    const fields = options.fields === undefined ? undefined : parseElementFields(before.kind, options.fields);
    if (fields) await checkInterimParent(trx, planId, before.kind, fields);
    if (options.key && options.key !== before.key && (await planElementsRepo.liveKeys(trx, planId)).has(options.key)) {
      throw new AppError('already_exists', `The key ${options.key} is already used in this plan`, [{ path: '/key', message: 'is already used in this plan', code: 'already_used' }]);
    }
    const after = await planElementsRepo.updateVersioned(trx, elementId, version, { fields, key: options.key });
    if (!after) throw new AppError('conflict', 'Someone else changed this element; reload and try again');
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'plan.element_changed',
      entityType: 'plan_element',
      entityId: elementId,
      before: { key: before.key, fields: before.fields },
      after: { key: after.key, fields: after.fields },
    });
    return after;
  });
}
