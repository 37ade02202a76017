import type { Kysely } from 'kysely';
import { normalizeRole } from '../../../core/plan/owner-roles.js';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { toOwnable } from './list-owner-roles.js';
import { ownersRepo } from './owners.repo.js';

/**
 * Matches a role an imported plan names ("Director of Curriculum") to a person: every element that
 * names the role and has no person yet gets this one; elements that already have a person keep
 * theirs. One audit event lists what was assigned.
 */
export async function matchOwnerRole(options: { db: Kysely<DB>; actor: Actor; organizationId: string; planId: string; role: string; userId: string }) {
  const { db, actor, organizationId, planId, userId } = options;
  const role = normalizeRole(options.role);
  return inTransaction(db, async (trx) => {
    if (!(await ownersRepo.findPlan(trx, organizationId, planId, { lock: true }))) throw notFound('Plan');
    const person = (await ownersRepo.listActiveMembers(trx, organizationId)).find((member) => member.id === userId);
    if (!person) throw invalidInput('/userId', 'must be an active member of the district', { code: 'not_a_member' });
    const owned = new Set((await ownersRepo.listOwners(trx, organizationId, [planId])).map((owner) => owner.element_key));
    const named = (await ownersRepo.listOwnableElements(trx, planId)).map(toOwnable).filter((element) => element.role && normalizeRole(element.role) === role);
    if (named.length === 0) throw invalidInput('/role', 'is not the owner of any measure, strategy or action of this plan', { code: 'role_owns_nothing', params: { role: options.role } });
    const assigned = named.filter((element) => !owned.has(element.key)).map((element) => element.key);
    for (const elementKey of assigned) await ownersRepo.setOwner(trx, { organizationId, planId, elementKey }, userId);
    if (assigned.length > 0) {
      await recordAuditEvent(trx, actor, { organizationId, action: 'element_owner.matched', entityType: 'plan', entityId: planId, after: { role: options.role, userId, name: person.name, elementKeys: assigned } });
    }
    return { assigned };
  });
}
