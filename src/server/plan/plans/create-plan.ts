import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import type { PlanHeader } from '../../../core/plan/format/plan-tree.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { findOrganization } from '../../platform/organizations/find-organization.js';
import { plansRepo } from './plans.repo.js';

/** Starts an empty draft plan for a district, to be built in the outline editor. */
export function createPlan(options: { db: Kysely<DB>; actor: Actor; organizationId: string; title: string }) {
  const { db, actor, organizationId, title } = options;
  return inTransaction(db, async (trx) => {
    const organization = await findOrganization(trx, organizationId);
    if (!organization) throw notFound('District');
    const header: PlanHeader = { format: 'strategic-plan/v1', organization: { name: organization.name, kind: 'district' }, plan: { title } };
    const plan = await plansRepo.insertPlan(trx, { organizationId, header, lifecycle: 'draft', createdBy: actor.userId });
    await recordAuditEvent(trx, actor, { organizationId, action: 'plan.created', entityType: 'plan', entityId: plan.id, after: { title } });
    return plan;
  });
}
