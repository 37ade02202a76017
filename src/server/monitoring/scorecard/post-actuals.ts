import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { PlanHeader } from '../../../core/plan/format/plan-tree.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { lockPlan, listPlanElements } from '../../plan/plans/read-plan.js';
import { districtGroupMatcher } from '../../../core/monitoring/district-student-groups.js';
import { readStudentGroups } from '../student-groups/read-student-groups.js';
import { checkActualRows, normalizeSubgroup, type CheckedActual } from './check-actual-rows.js';
import { monitoredPlan } from './monitored-plan.js';
import type { ActualRowIn } from './scorecard.schema.js';
import { scorecardRepo } from './scorecard.repo.js';
import { calendarOf, loadMonitoringSettings } from '../updates/save-monitoring-settings.js';

/**
 * Stores a batch of actuals, all or nothing: every row is checked first (400 invalid_input with a
 * detail per bad row and field, "/3/measure_key"), then, in one transaction, each value becomes
 * the measure's current actual for its period and group, each measure and period gets one update
 * revision (source 'bulk') listing the values it brought, and one audit event records the batch.
 */
export async function postActuals(options: { db: Kysely<DB>; actor: Actor; organizationId: string; planId: string; rows: readonly ActualRowIn[] }) {
  const { db, actor, organizationId, planId } = options;
  return inTransaction(db, async (trx) => {
    // The plan is locked so two uploads to one plan take turns numbering revisions.
    const plan = await lockPlan(trx, organizationId, planId);
    if (!plan) throw notFound('Plan');
    const [elements, settings, actuals, studentGroups] = await Promise.all([listPlanElements(trx, plan.id), loadMonitoringSettings(trx, organizationId), scorecardRepo.listActuals(trx, plan.id), readStudentGroups(trx, organizationId)]);
    const rows = options.rows.map((r) => ({ measureKey: r.measure_key, period: r.period, subgroup: normalizeSubgroup(r.subgroup), value: r.value, n: r.n ?? null }));
    const { checked, problems } = checkActualRows(rows, {
      tree: monitoredPlan(elements),
      actuals,
      planPeriod: (plan.header as PlanHeader).plan.period,
      settings,
      calendar: calendarOf(settings),
      rowName: (index) => `row ${index}`,
      groups: districtGroupMatcher(studentGroups.groups),
    });
    if (problems.length > 0) {
      const details = problems.map((p) => ({ path: `/${p.index}/${p.field}`, message: p.message, ...(p.code ? { code: p.code } : {}), ...(p.params ? { params: p.params } : {}) }));
      const count = new Set(problems.map((p) => p.index)).size;
      throw new AppError('invalid_input', `${count} row${count === 1 ? ' has' : 's have'} problems; nothing was stored. First: ${details[0]!.path} ${details[0]!.message}`, details);
    }

    const batches = new Map<string, CheckedActual[]>();
    for (const row of checked) {
      const id = `${row.measureKey}\u0000${row.period}`;
      const batch = batches.get(id) ?? [];
      batch.push(row);
      batches.set(id, batch);
    }
    const revisions = await scorecardRepo.latestRevisions(trx, plan.id, checked.map((r) => r.measureKey));
    const updateIds = await scorecardRepo.insertBulkUpdates(
      trx,
      [...batches].map(([id, batch]) => {
        const revision = (revisions.get(id) ?? 0) + 1;
        return {
          planId: plan.id,
          organizationId,
          elementKey: batch[0]!.measureKey,
          periodLabel: batch[0]!.period,
          periodEndsOn: batch[0]!.periodEndsOn,
          revision,
          values: batch.map((r) => ({ subgroup: r.subgroup, value: r.value, n: r.n })),
          correctionNote: revision > 1 ? 'Replaced by a bulk upload of actuals' : null,
          authorId: actor.userId,
          authorLabel: actor.label,
        };
      }),
    );
    await scorecardRepo.upsertActuals(
      trx,
      checked.map((r) => ({
        planId: plan.id,
        organizationId,
        measureKey: r.measureKey,
        periodLabel: r.period,
        periodEndsOn: r.periodEndsOn,
        subgroup: r.subgroup ?? '',
        value: r.value,
        n: r.n,
        updateId: updateIds.get(`${r.measureKey}\u0000${r.period}`)!,
      })),
    );
    const measures = new Set(checked.map((r) => r.measureKey));
    const previous = new Map(actuals.map((a) => [`${a.measure_key}\u0000${a.period_label}\u0000${a.subgroup}`, { value: a.value, n: a.n }]));
    const replaced = checked.filter((r) => previous.has(`${r.measureKey}\u0000${r.period}\u0000${r.subgroup ?? ''}`)).length;
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'plan.actuals_posted',
      entityType: 'plan',
      entityId: plan.id,
      before: { replaced },
      after: { rows: checked.length, measures: [...measures], periods: [...new Set(checked.map((r) => r.period))] },
    });
    return { applied: checked.length, measures: measures.size };
  });
}
