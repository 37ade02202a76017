import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { lockPlan, listPlanElements } from '../../plan/plans/read-plan.js';
import { presentRules } from './scorecard.present.js';
import { scorecardRepo } from './scorecard.repo.js';

/**
 * Saves a plan's status threshold and roll-up weights. The caller names the version read (0 when
 * never saved); when someone saved since, 409 with the current rules. Weights may name only the
 * plan's measures, strategies and actions: a goal is not rolled up into anything.
 */
export async function saveMonitoringRules(options: {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  planId: string;
  input: { atRiskProgress: number; weights: Record<string, number>; version: number };
}) {
  const { db, actor, organizationId, planId, input } = options;
  return inTransaction(db, async (trx) => {
    const plan = await lockPlan(trx, organizationId, planId);
    if (!plan) throw notFound('Plan');
    const before = await scorecardRepo.findRules(trx, plan.id, { lock: true });
    if (before.version !== input.version) {
      throw new AppError('conflict', "Someone changed the plan's monitoring rules meanwhile; review them and try again", [], { current: presentRules(before) });
    }
    const weighable = new Set((await listPlanElements(trx, plan.id)).filter((e) => e.kind !== 'goal').map((e) => e.key));
    const unknown = Object.keys(input.weights).filter((key) => !weighable.has(key));
    if (unknown.length > 0) {
      const details = unknown.map((key) => ({ path: `/weights/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, message: 'is not a measure, strategy or action of this plan', code: 'not_in_this_plan' as const }));
      throw new AppError('invalid_input', `Some weights name no measure, strategy or action of this plan: ${unknown.join(', ')}`, details);
    }
    await scorecardRepo.saveRules(trx, { planId: plan.id, organizationId, atRiskProgress: input.atRiskProgress, weights: input.weights, isNew: before.version === 0 });
    const after = await scorecardRepo.findRules(trx, plan.id);
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'plan.monitoring_rules_changed',
      entityType: 'plan',
      entityId: plan.id,
      before: { atRiskProgress: before.atRiskProgress, weights: before.weights },
      after: { atRiskProgress: after.atRiskProgress, weights: after.weights },
    });
    return after;
  });
}
