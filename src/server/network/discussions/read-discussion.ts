import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { reachCohort, type CohortReader } from '../learning/reach-cohort.js';
import { discussionsRepo } from './discussions.repo.js';
import { presentThread } from './discussions.present.js';

/** One question with its replies, oldest first. */
export async function readDiscussion(options: { db: Kysely<DB>; reader: CohortReader; cohortId: string; discussionId: string }) {
  const { db, reader, discussionId } = options;
  const cohort = await reachCohort(db, reader, options.cohortId);
  const discussion = await discussionsRepo.find(db, cohort.cohortId, discussionId);
  if (!discussion) throw notFound('Discussion');
  return presentThread(discussion, await discussionsRepo.listReplies(db, discussionId));
}
