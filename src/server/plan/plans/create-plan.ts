import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import type { PlanHeader } from '../../../core/plan/format/plan-tree.js';
import type { Actor } from '../../platform/audit/actor.js';
import { auditRepo } from '../../platform/audit/audit.repo.js';
import { organizationsRepo } from '../../platform/organizations/organizations.repo.js';
import { plansRepo } from './plans.repo.js';

/** Starts an empty draft plan for a district, to be built in the outline editor. */
export function createPlan(options: { db: Kysely<DB>; actor: Actor; organizationId: string; title: string }) {
  const { db, actor, organizationId, title } = options;
  return inTransaction(db, async (trx) => {
    const organization = await organizationsRepo.findById(trx, organizationId);
    if (!organization) throw notFound('District');
    const header: PlanHeader = { format: 'strategic-plan/v1', organization: { name: organization.name, kind: 'district' }, plan: { title } };
    const plan = await plansRepo.insertPlan(trx, { organizationId, header, lifecycle: 'draft', createdBy: actor.userId });
    await auditRepo.record(trx, actor, { organizationId, action: 'plan.created', entityType: 'plan', entityId: plan.id, after: { title } });
    return plan;
  });
}
