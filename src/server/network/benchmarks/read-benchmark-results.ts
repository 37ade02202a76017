import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { distributionOf } from '../../../core/network/benchmark-distribution.js';
import { notFound } from '../../errors.js';
import { contributionsOf, namedDistrictsOf, presentBenchmark, presentDistribution } from './benchmarks.present.js';
import { benchmarksRepo } from './benchmarks.repo.js';
import { readSharedValues } from './read-shared-values.js';

/** The network's benchmarks, each with how many districts share it. */
export async function listBenchmarks(db: Kysely<DB>, networkId: string) {
  const rows = await benchmarksRepo.list(db, networkId);
  const shares = await benchmarksRepo.listShares(db, rows.map((row) => row.id));
  return rows.map((row) => ({ ...presentBenchmark(row), sharingCount: shares.filter((share) => share.benchmark_id === row.id).length }));
}

/**
 * One benchmark as the network sees it: how many districts share it, the distribution of their
 * values under the same rule a district reads it by (the network is no exception: it sees no
 * unnamed district's value either), and the districts that agreed to be named.
 */
export async function readBenchmarkResults(db: Kysely<DB>, networkId: string, benchmarkId: string) {
  const row = await benchmarksRepo.find(db, networkId, benchmarkId);
  if (!row) throw notFound('Benchmark');
  const shares = await benchmarksRepo.listShares(db, [row.id]);
  const contributions = contributionsOf(shares, await readSharedValues(db, shares));
  return {
    benchmark: presentBenchmark(row),
    sharingCount: shares.length,
    distribution: presentDistribution(distributionOf(contributions, { direction: row.direction })),
    namedDistricts: namedDistrictsOf(contributions),
  };
}
