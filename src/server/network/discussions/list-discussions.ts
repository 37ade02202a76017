import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { reachCohort, type CohortReader } from '../learning/reach-cohort.js';
import { discussionsRepo } from './discussions.repo.js';

/** The cohort's questions, the most recently active first: the same space for the network and every district in the cohort. */
export async function listDiscussions(options: { db: Kysely<DB>; reader: CohortReader; cohortId: string }) {
  const cohort = await reachCohort(options.db, options.reader, options.cohortId);
  return discussionsRepo.list(options.db, cohort.cohortId);
}
