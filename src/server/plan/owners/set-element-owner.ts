import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { ownersRepo } from './owners.repo.js';
import { presentOwner } from './owners.present.js';

const ownableKinds = new Set(['measure', 'strategy', 'action']);

/**
 * Names the person who owns a measure, a strategy or an action (null: nobody): the one owner every
 * screen, check, reminder and document reads. Owners are kept by element key, so a re-import or an
 * amendment that keeps the key keeps its owner.
 */
export async function setElementOwner(options: { db: Kysely<DB>; actor: Actor; organizationId: string; planId: string; elementKey: string; userId: string | null }) {
  const { db, actor, organizationId, planId, elementKey, userId } = options;
  const scope = { organizationId, planId, elementKey };
  return inTransaction(db, async (trx) => {
    if (!(await ownersRepo.findPlan(trx, organizationId, planId, { lock: true }))) throw notFound('Plan');
    const elements = await ownersRepo.listOwnableElements(trx, planId);
    const element = elements.find((candidate) => candidate.key === elementKey);
    if (!element || !ownableKinds.has(element.kind)) throw notFound('Measure, strategy or action');
    if (userId && !(await ownersRepo.listActiveMembers(trx, organizationId)).some((person) => person.id === userId)) throw invalidInput('/userId', 'must be an active member of the district', { code: 'not_a_member' });
    const beforeRow = await ownersRepo.findOwner(trx, organizationId, planId, elementKey);
    const before = beforeRow ? presentOwner(beforeRow) : undefined;
    if (userId) await ownersRepo.setOwner(trx, scope, userId);
    else await ownersRepo.removeOwner(trx, scope);
    const afterRow = userId ? await ownersRepo.findOwner(trx, organizationId, planId, elementKey) : undefined;
    const after = afterRow ? presentOwner(afterRow) : { elementKey, userId: null };
    await recordAuditEvent(trx, actor, { organizationId, action: userId ? 'element_owner.set' : 'element_owner.removed', entityType: 'plan', entityId: planId, before, after });
    return after;
  });
}
