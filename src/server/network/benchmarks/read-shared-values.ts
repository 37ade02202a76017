import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { benchmarkValueOf, type BenchmarkValue } from '../../../core/network/benchmark-distribution.js';
import { loadPlanMonitoring, mergedActualsOf, type PlanMonitoring } from '../../monitoring/scorecard/load-plan-monitoring.js';
import { readPrivacyRule } from '../../monitoring/student-groups/read-privacy-rule.js';
import type { ShareRow } from './benchmarks.repo.js';

export type SharedValue = (BenchmarkValue | { status: 'measure_missing' }) & { planTitle: string; measureName: string };

/**
 * What each share contributes, read through monitoring's own use-cases: the plan's measure with its
 * posted results merged in, judged by the district's own privacy rule. One monitoring read per plan
 * and one rule per district, however many benchmarks they share. Keyed by benchmark and district.
 */
export async function readSharedValues(db: Kysely<DB>, shares: readonly ShareRow[]): Promise<Map<string, SharedValue>> {
  const plans = new Map<string, Promise<PlanMonitoring | null>>();
  const rules = new Map<string, ReturnType<typeof readPrivacyRule>>();
  const values = new Map<string, SharedValue>();
  await Promise.all(
    shares.map(async (share) => {
      if (!plans.has(share.plan_id)) plans.set(share.plan_id, loadPlanMonitoring({ db, organizationId: share.district_id, planId: share.plan_id }).catch(() => null));
      if (!rules.has(share.district_id)) rules.set(share.district_id, readPrivacyRule(db, share.district_id));
      const [monitoring, rule] = await Promise.all([plans.get(share.plan_id)!, rules.get(share.district_id)!]);
      const measure = monitoring?.tree.measureByKey.get(share.measure_key);
      const names = { planTitle: monitoring?.plan.title ?? '', measureName: measure ? String(measure.fields.name ?? share.measure_key) : share.measure_key };
      if (!monitoring || !measure) {
        values.set(shareKey(share.benchmark_id, share.district_id), { status: 'measure_missing', ...names });
        return;
      }
      const fields = measure.fields;
      const value = benchmarkValueOf(
        { ...(fields.unit ? { unit: fields.unit } : {}), ...(fields.subgroup ? { subgroup: fields.subgroup } : {}), ...(fields.baseline ? { baseline: fields.baseline } : {}), actuals: mergedActualsOf(measure, monitoring.postedByMeasure) },
        rule,
      );
      values.set(shareKey(share.benchmark_id, share.district_id), { ...value, ...names });
    }),
  );
  return values;
}

export const shareKey = (benchmarkId: string, districtId: string) => `${benchmarkId}:${districtId}`;
