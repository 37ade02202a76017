import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** What the cohort dashboard reads of the cohort's members; the cohort and its calendar come from cohortsRepo. */
export const dashboardRepo = {
  /** Every district of the cohort (withdrawn ones too, last), with its name, in name order. */
  listCohortDistricts(db: Executor, networkId: string, cohortId: string) {
    return db
      .selectFrom('cohort_districts as cd')
      .innerJoin('organizations as o', 'o.id', 'cd.district_id')
      .select(['cd.district_id', 'o.name as district_name', 'cd.status', 'cd.cycle_id'])
      .where('cd.organization_id', '=', networkId)
      .where('cd.cohort_id', '=', cohortId)
      .orderBy((eb) => eb.case().when('cd.status', '=', 'withdrawn').then(1).else(0).end())
      .orderBy('o.name')
      .orderBy('cd.district_id')
      .execute();
  },
};
