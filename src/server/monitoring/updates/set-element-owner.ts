import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { monitoringSettingsRepo } from './monitoring-settings.repo.js';
import { updatesRepo } from './updates.repo.js';
import { presentOwner } from './updates.present.js';

/**
 * Names the person who owes updates for a measure or action (null: nobody). Owners are kept by
 * element key, so a re-import or an amendment that keeps the key keeps its owner.
 */
export async function setElementOwner(options: { db: Kysely<DB>; actor: Actor; organizationId: string; planId: string; elementKey: string; userId: string | null }) {
  const { db, actor, organizationId, planId, elementKey, userId } = options;
  const scope = { organizationId, planId, elementKey };
  return inTransaction(db, async (trx) => {
    if (!(await updatesRepo.findPlan(trx, organizationId, planId, { lock: true }))) throw notFound('Plan');
    const element = await updatesRepo.findElement(trx, planId, elementKey);
    if (!element || (element.kind !== 'measure' && element.kind !== 'action')) throw notFound('Measure or action');
    if (userId && !(await monitoringSettingsRepo.isActiveMember(trx, organizationId, userId))) throw invalidInput('/userId', 'must be an active member of the district');
    const beforeRow = await updatesRepo.findOwner(trx, organizationId, planId, elementKey);
    const before = beforeRow ? presentOwner(beforeRow) : undefined;
    if (userId) await updatesRepo.setOwner(trx, scope, userId);
    else await updatesRepo.removeOwner(trx, scope);
    const afterRow = userId ? await updatesRepo.findOwner(trx, organizationId, planId, elementKey) : undefined;
    const after = afterRow ? presentOwner(afterRow) : { elementKey, userId: null };
    await recordAuditEvent(trx, actor, { organizationId, action: userId ? 'element_owner.set' : 'element_owner.removed', entityType: 'plan', entityId: planId, before, after });
    return after;
  });
}
