import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { learningRepo } from './learning.repo.js';
import { reachCohort, type CohortReader } from './reach-cohort.js';

/** The cohort's library and every session's materials, oldest first: the same list for the network and its districts. */
export async function listResources(options: { db: Kysely<DB>; reader: CohortReader; cohortId: string }) {
  const cohort = await reachCohort(options.db, options.reader, options.cohortId);
  return learningRepo.listResources(options.db, cohort.cohortId);
}
