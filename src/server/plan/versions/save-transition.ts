import type { Selectable, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PlanLifecycle, PlansTable } from '../tables.js';
import { AppError, notFound } from '../../errors.js';
import { assemblePlan, type PlanHeader } from '../../../core/plan/format/plan-tree.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { toFlatElements } from '../plans/export-plan.js';
import { planVersionsRepo } from '../plans/plan-versions.repo.js';
import { presentPlanDetail } from '../plans/plans.present.js';
import { plansRepo } from '../plans/plans.repo.js';
import { planTransitionsRepo } from './plan-transitions.repo.js';

export type Plan = Selectable<PlansTable>;

export interface Adoption {
  date: string;
  body?: string;
  resolution?: string;
  vote?: string;
}

/** The plan locked for the transition; 409 with the plan as it is now when the caller saw an older one. */
export async function lockPlanAtVersion(trx: Transaction<DB>, organizationId: string, planId: string, version: number): Promise<Plan> {
  const plan = await planTransitionsRepo.lockPlan(trx, organizationId, planId);
  if (!plan) throw notFound('Plan');
  if (plan.version !== version) {
    throw new AppError('conflict', 'Someone else changed the plan; review the latest version and try again', [], {
      current: presentPlanDetail(plan, await plansRepo.listElements(trx, plan.id)),
    });
  }
  return plan;
}

/**
 * The common end of every transition: the working copy with its new header is exported and
 * frozen as the next version, the plan row moves on (pointing at that version when it is an
 * adoption), and the audit row says what changed. Returns the plan as GET /api/plans/:id does.
 */
export async function saveTransition(
  trx: Transaction<DB>,
  options: {
    plan: Plan;
    actor: Actor;
    to: PlanLifecycle;
    header: PlanHeader;
    label: string;
    adoption?: Adoption;
    audit: { action: string; after?: Record<string, unknown> };
  },
) {
  const { plan, actor, to, header, label, adoption } = options;
  const rows = await plansRepo.listElements(trx, plan.id);
  const document = assemblePlan(header, toFlatElements(rows));
  const frozen = await planVersionsRepo.freeze(trx, { planId: plan.id, organizationId: plan.organization_id, lifecycle: to, label, document, adoption, createdBy: actor.userId });
  const updated = await plansRepo.updatePlan(trx, plan.id, plan.version, { header, lifecycle: to, adoptedVersion: adoption ? frozen.number : undefined });
  // The row is locked, so only a bug gets here; refuse rather than freeze a version of nothing.
  if (!updated) throw new AppError('conflict', 'Someone else changed the plan; reload and try again');
  await recordAuditEvent(trx, actor, {
    organizationId: plan.organization_id,
    action: options.audit.action,
    entityType: 'plan',
    entityId: plan.id,
    before: { lifecycle: plan.lifecycle, version: plan.version, adoptedVersion: plan.adopted_version },
    after: { lifecycle: to, version: updated.version, adoptedVersion: updated.adopted_version, frozenVersion: frozen.number, label, ...options.audit.after },
  });
  return presentPlanDetail(updated, rows);
}
