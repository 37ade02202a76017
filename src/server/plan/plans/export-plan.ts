import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { mergeActuals } from '../../../core/monitoring/merge-actuals.js';
import type { PeriodValue } from '../../../core/monitoring/monitoring-types.js';
import { assemblePlan, type FlatElement, type PlanHeader } from '../../../core/plan/format/plan-tree.js';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';
import { postedValuesByMeasure } from '../../monitoring/scorecard/posted-actuals.js';
import { readPostedResults, type ActionProgressRow } from '../../monitoring/scorecard/read-posted-results.js';
import { plansRepo, type ElementRow } from './plans.repo.js';

/**
 * The plan's working copy as a strategic-plan/v1 document, exactly as the format promises, with
 * what monitoring recorded since: posted actuals merged into each measure's actuals and the
 * latest reported status and percent complete of each action. A plan with no monitoring data
 * exports exactly as it was imported.
 */
export async function exportPlan(options: { db: Kysely<DB> | Transaction<DB>; organizationId: string; planId: string }): Promise<PlanDocument> {
  const plan = await plansRepo.findPlan(options.db, options.organizationId, options.planId);
  if (!plan) throw notFound('Plan');
  const elements = await plansRepo.listElements(options.db, plan.id);
  const { actuals, actionProgress } = await readPostedResults(options.db, plan.id);
  return assemblePlan(plan.header as PlanHeader, withMonitoring(toFlatElements(elements), postedValuesByMeasure(actuals), actionProgress));
}

function withMonitoring(elements: FlatElement[], posted: ReadonlyMap<string, PeriodValue[]>, progress: readonly ActionProgressRow[]): FlatElement[] {
  if (posted.size === 0 && progress.length === 0) return elements;
  const progressByKey = new Map(progress.map((p) => [p.element_key, p]));
  return elements.map((element) => {
    const values = element.kind === 'measure' ? posted.get(element.key) : undefined;
    if (values) return { ...element, fields: { ...element.fields, actuals: mergeActuals(element.fields.actuals as PeriodValue[] | undefined, values) } };
    const reported = element.kind === 'action' ? progressByKey.get(element.key) : undefined;
    if (reported) {
      return {
        ...element,
        fields: {
          ...element.fields,
          ...(reported.action_status !== null ? { status: reported.action_status } : {}),
          ...(reported.percent_complete !== null ? { percent_complete: reported.percent_complete } : {}),
        },
      };
    }
    return element;
  });
}

/** Stored rows to the format's flat elements: parents are named by key. */
export function toFlatElements(rows: readonly ElementRow[]): FlatElement[] {
  const keyById = new Map(rows.map((r) => [r.id, r.key]));
  return rows.map((r) => ({
    kind: r.kind,
    key: r.key,
    parentKey: r.parent_id ? (keyById.get(r.parent_id) ?? null) : null,
    position: r.position,
    fields: r.fields,
    childLists: r.child_lists,
  }));
}
