import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface BenchmarkColumns {
  name: string;
  description: string;
  unit: string;
  direction: 'increase' | 'decrease';
}

/** The network's benchmark measures, the districts' shares of them and the districts' profiles. */
export const benchmarksRepo = {
  list(db: Executor, networkId: string) {
    return db.selectFrom('benchmark_measures').selectAll().where('organization_id', '=', networkId).orderBy('name').execute();
  },

  find(db: Executor, networkId: string, benchmarkId: string) {
    return db.selectFrom('benchmark_measures').selectAll().where('organization_id', '=', networkId).where('id', '=', benchmarkId).executeTakeFirst();
  },

  insert(trx: Transaction<DB>, networkId: string, values: BenchmarkColumns) {
    return trx.insertInto('benchmark_measures').values({ organization_id: networkId, ...values }).returning('id').executeTakeFirstOrThrow();
  },

  update(trx: Transaction<DB>, networkId: string, benchmarkId: string, version: number, values: Partial<BenchmarkColumns>) {
    return trx
      .updateTable('benchmark_measures')
      .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
      .where('organization_id', '=', networkId)
      .where('id', '=', benchmarkId)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
  },

  delete(trx: Transaction<DB>, networkId: string, benchmarkId: string) {
    return trx.deleteFrom('benchmark_measures').where('organization_id', '=', networkId).where('id', '=', benchmarkId).returning(['id', 'name']).executeTakeFirst();
  },

  /**
   * The shares of these benchmarks by districts still in the benchmark's network (a district that
   * left stops counting), with each district's name and profile.
   */
  listShares(db: Executor, benchmarkIds: readonly string[]) {
    if (benchmarkIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('benchmark_shares')
      .innerJoin('benchmark_measures', 'benchmark_measures.id', 'benchmark_shares.benchmark_id')
      .innerJoin('organizations', (join) => join.onRef('organizations.id', '=', 'benchmark_shares.district_id').onRef('organizations.network_id', '=', 'benchmark_measures.organization_id'))
      .leftJoin('district_profiles', 'district_profiles.district_id', 'benchmark_shares.district_id')
      .select([
        'benchmark_shares.benchmark_id',
        'benchmark_shares.district_id',
        'benchmark_shares.plan_id',
        'benchmark_shares.measure_key',
        'benchmark_shares.named_with_consent',
        'organizations.name as district_name',
        'district_profiles.enrolment',
        'district_profiles.poverty_percent',
        'district_profiles.locale',
      ])
      .where('benchmark_shares.benchmark_id', 'in', benchmarkIds)
      .orderBy('organizations.name')
      .execute();
  },

  upsertShare(trx: Transaction<DB>, values: { benchmarkId: string; districtId: string; planId: string; measureKey: string; namedWithConsent: boolean; sharedBy: string | null }) {
    const row = { plan_id: values.planId, measure_key: values.measureKey, named_with_consent: values.namedWithConsent, shared_by: values.sharedBy };
    return trx
      .insertInto('benchmark_shares')
      .values({ benchmark_id: values.benchmarkId, district_id: values.districtId, ...row })
      .onConflict((oc) => oc.columns(['benchmark_id', 'district_id']).doUpdateSet({ ...row, shared_at: sql`now()` }))
      .execute();
  },

  deleteShare(trx: Transaction<DB>, benchmarkId: string, districtId: string) {
    return trx.deleteFrom('benchmark_shares').where('benchmark_id', '=', benchmarkId).where('district_id', '=', districtId).returning(['plan_id', 'measure_key']).executeTakeFirst();
  },

  findProfile(db: Executor, districtId: string) {
    return db.selectFrom('district_profiles').select(['enrolment', 'poverty_percent', 'locale']).where('district_id', '=', districtId).executeTakeFirst();
  },

  saveProfile(trx: Transaction<DB>, districtId: string, values: { enrolment: number | null; poverty_percent: number | null; locale: 'city' | 'suburb' | 'town' | 'rural' | null }, updatedBy: string | null) {
    return trx
      .insertInto('district_profiles')
      .values({ district_id: districtId, ...values, updated_by: updatedBy })
      .onConflict((oc) => oc.column('district_id').doUpdateSet({ ...values, updated_by: updatedBy, updated_at: sql`now()` }))
      .execute();
  },
};

export type BenchmarkRow = Awaited<ReturnType<typeof benchmarksRepo.list>>[number];
export type ShareRow = Awaited<ReturnType<typeof benchmarksRepo.listShares>>[number];
