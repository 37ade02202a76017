import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { distributionOf, isCompleteProfile, isSimilar } from '../../../core/network/benchmark-distribution.js';
import { contributionsOf, namedDistrictsOf, presentBenchmark, presentDistribution } from './benchmarks.present.js';
import { benchmarksRepo } from './benchmarks.repo.js';
import { profileOf, readDistrictProfile } from './read-district-profile.js';
import { readSharedValues, shareKey } from './read-shared-values.js';

/**
 * The district's network's benchmarks as the district sees them: which it shares and with which
 * measure, its own value (or why it is not shared), and, once it shares, that value beside the
 * distribution of every sharing district and of the districts like it. Other districts appear only
 * as aggregates the rule lets out, or by name when they agreed.
 */
export async function readDistrictBenchmarks(db: Kysely<DB>, options: { districtId: string; networkId: string | null }) {
  const { districtId, networkId } = options;
  if (!networkId) return [];
  const rows = await benchmarksRepo.list(db, networkId);
  const shares = await benchmarksRepo.listShares(db, rows.map((row) => row.id));
  const values = await readSharedValues(db, shares);
  const profile = await readDistrictProfile(db, districtId);
  return rows.map((row) => {
    const own = shares.filter((share) => share.benchmark_id === row.id);
    const mine = own.find((share) => share.district_id === districtId);
    const contributions = contributionsOf(own, values);
    const named = namedDistrictsOf(contributions);
    if (!mine) return { benchmark: presentBenchmark(row), sharingCount: own.length, share: null, distribution: null, similar: null, namedDistricts: named };
    const value = values.get(shareKey(row.id, districtId))!;
    const similar = contributions.filter((c) => c.districtId === districtId || isSimilar(profile, profileOf(c.share)));
    return {
      benchmark: presentBenchmark(row),
      sharingCount: own.length,
      share: {
        planId: mine.plan_id,
        planTitle: value.planTitle,
        measureKey: mine.measure_key,
        measureName: value.measureName,
        namedWithConsent: mine.named_with_consent,
        own: value.status === 'shared' ? { status: value.status, value: value.value, periodLabel: value.periodLabel } : { status: value.status },
      },
      distribution: presentDistribution(distributionOf(contributions, { direction: row.direction, readerId: districtId })),
      similar: isCompleteProfile(profile) ? presentDistribution(distributionOf(similar, { direction: row.direction, readerId: districtId })) : { isShown: false as const, count: null, noProfile: true as const },
      namedDistricts: named,
    };
  });
}
