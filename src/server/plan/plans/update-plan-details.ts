import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, detailOfIssue } from '../../errors.js';
import { planDetailsSchema } from '../../../core/plan/format/element-fields.js';
import { toPointer } from '../../../core/plan/format/validate-plan-document.js';
import type { PlanHeader } from '../../../core/plan/format/plan-tree.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { lockEditablePlan } from './element-rules.js';
import { plansRepo } from './plans.repo.js';
import { presentPlanDetail } from './plans.present.js';

/**
 * Changes plan-level fields (title, mission, vision, values, ...): each given field is set, null
 * removes it. The lifecycle fields (status, adopted) change only through transitions.
 */
export function updatePlanDetails(options: { db: Kysely<DB>; actor: Actor; organizationId: string; planId: string; version: number; changes: Record<string, unknown> }) {
  const { db, actor, organizationId, planId, version, changes } = options;
  for (const field of ['status', 'adopted', 'goals']) {
    if (field in changes) throw new AppError('invalid_input', `${field} is not changed here`, [{ path: `/changes/${field}`, message: field === 'goals' ? 'goals are edited as elements' : 'changes through the plan lifecycle', code: 'not_changed_here' }]);
  }
  return inTransaction(db, async (trx) => {
    const plan = await lockEditablePlan(trx, organizationId, planId);
    if (plan.version !== version) {
      throw new AppError('conflict', 'Someone else changed the plan details; review the latest version and try again', [], {
        current: presentPlanDetail(plan, await plansRepo.listElements(trx, planId)),
      });
    }
    const header = plan.header as PlanHeader;
    const next: Record<string, unknown> = { ...header.plan };
    for (const [field, value] of Object.entries(changes)) {
      if (value === null) delete next[field];
      else next[field] = value;
    }
    const parsed = planDetailsSchema.safeParse(next);
    if (!parsed.success) {
      const details = parsed.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((k) => ({ path: toPointer(['changes', ...issue.path, k]), message: 'is not a plan-level field', code: 'unknown_field' as const }))
          : [detailOfIssue(toPointer(['changes', ...issue.path]), issue)],
      );
      throw new AppError('invalid_input', 'Some plan details are not valid', details);
    }
    const updated = await plansRepo.updatePlan(trx, planId, version, { header: { ...header, plan: parsed.data } });
    if (!updated) throw new AppError('conflict', 'Someone else changed the plan details; reload and try again');
    const changedFields = Object.keys(changes);
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'plan.details_changed',
      entityType: 'plan',
      entityId: planId,
      before: Object.fromEntries(changedFields.map((f) => [f, (header.plan as Record<string, unknown>)[f] ?? null])),
      after: Object.fromEntries(changedFields.map((f) => [f, (parsed.data as Record<string, unknown>)[f] ?? null])),
    });
    return presentPlanDetail(updated, await plansRepo.listElements(trx, planId));
  });
}
