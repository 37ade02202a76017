import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { findPlan, listPlanElements } from '../../plan/plans/read-plan.js';
import { benchmarksRepo } from './benchmarks.repo.js';

type Scope = { db: Kysely<DB>; actor: Actor; districtId: string; networkId: string | null; benchmarkId: string };

/**
 * A district opts in: one measure of one of its plans stands for the benchmark, named beside its
 * value only with its consent. Sharing again replaces the measure or the consent. The network and
 * the district both keep the record.
 */
export function shareBenchmark(options: Scope & { planId: string; measureKey: string; namedWithConsent: boolean }) {
  const { db, actor, districtId, networkId, benchmarkId, planId, measureKey, namedWithConsent } = options;
  return inTransaction(db, async (trx) => {
    const benchmark = networkId ? await benchmarksRepo.find(trx, networkId, benchmarkId) : undefined;
    if (!benchmark) throw notFound('Benchmark');
    const plan = await findPlan(trx, districtId, planId);
    if (!plan) throw notFound('Plan');
    const elements = await listPlanElements(trx, planId);
    if (!elements.some((element) => element.kind === 'measure' && element.key === measureKey)) {
      throw invalidInput('/measureKey', 'is not a measure of this plan', { code: 'not_in_this_plan' });
    }
    await benchmarksRepo.upsertShare(trx, { benchmarkId, districtId, planId, measureKey, namedWithConsent, sharedBy: actor.userId });
    const after = { districtId, benchmark: benchmark.name, planId, measureKey, namedWithConsent };
    for (const organizationId of [districtId, benchmark.organization_id]) {
      await recordAuditEvent(trx, actor, { organizationId, action: 'benchmarks.shared', entityType: 'benchmark_measure', entityId: benchmarkId, after });
    }
  });
}

/** The district stops sharing: from now on its value counts nowhere. */
export function stopSharingBenchmark(options: Scope) {
  const { db, actor, districtId, networkId, benchmarkId } = options;
  return inTransaction(db, async (trx) => {
    const benchmark = networkId ? await benchmarksRepo.find(trx, networkId, benchmarkId) : undefined;
    if (!benchmark) throw notFound('Benchmark');
    const removed = await benchmarksRepo.deleteShare(trx, benchmarkId, districtId);
    if (!removed) throw notFound('Share');
    for (const organizationId of [districtId, benchmark.organization_id]) {
      await recordAuditEvent(trx, actor, { organizationId, action: 'benchmarks.share_stopped', entityType: 'benchmark_measure', entityId: benchmarkId, before: { districtId, planId: removed.plan_id, measureKey: removed.measure_key } });
    }
  });
}
