import type { Contribution, Distribution } from '../../../core/network/benchmark-distribution.js';
import type { BenchmarkRow, ShareRow } from './benchmarks.repo.js';
import { shareKey, type SharedValue } from './read-shared-values.js';

export function presentBenchmark(row: BenchmarkRow) {
  return { id: row.id, networkId: row.organization_id, name: row.name, description: row.description, unit: row.unit, direction: row.direction, version: row.version };
}

/** Only what the rule lets out: when not shown, no figure at all. */
export function presentDistribution(distribution: Distribution) {
  if (!distribution.isShown) return { isShown: false, count: null };
  const { isShown, count, min, q1, median, q3, max, reader } = distribution;
  return { isShown, count, min, q1, median, q3, max, reader };
}

/** The shares of one benchmark that carry a value, as the distribution counts them. */
export function contributionsOf(shares: readonly ShareRow[], values: ReadonlyMap<string, SharedValue>): Array<Contribution & { share: ShareRow; periodLabel: string }> {
  return shares.flatMap((share) => {
    const value = values.get(shareKey(share.benchmark_id, share.district_id));
    return value?.status === 'shared' ? [{ districtId: share.district_id, value: value.value, isNamed: share.named_with_consent, share, periodLabel: value.periodLabel }] : [];
  });
}

/** Districts that agreed to be named, with their values; the others never appear by name. */
export function namedDistrictsOf(contributions: ReturnType<typeof contributionsOf>) {
  return contributions.filter((c) => c.isNamed).map((c) => ({ districtName: c.share.district_name, value: c.value, periodLabel: c.periodLabel }));
}
