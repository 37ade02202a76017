import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { reachCohort, type CohortReader } from '../learning/reach-cohort.js';
import { discussionsRepo } from './discussions.repo.js';
import { presentThread } from './discussions.present.js';

/** Someone of a district in the cohort, or of the network, answers a question; the question moves to the top of the list. */
export function replyToDiscussion(options: { db: Kysely<DB>; actor: Actor; reader: CohortReader; cohortId: string; discussionId: string; body: string }) {
  const { db, actor, reader, discussionId, body } = options;
  return inTransaction(db, async (trx) => {
    const cohort = await reachCohort(trx, reader, options.cohortId);
    const discussion = await discussionsRepo.lock(trx, cohort.cohortId, discussionId);
    if (!discussion) throw notFound('Discussion');
    const reply = await discussionsRepo.insertReply(trx, { discussionId, body, authorId: actor.userId, authorDistrictId: cohort.districtId });
    await recordAuditEvent(trx, actor, { organizationId: cohort.districtId ?? cohort.networkId, action: 'cohort.discussion_replied', entityType: 'cohort_discussion', entityId: discussionId, after: { cohortId: cohort.cohortId, replyId: reply.id } });
    return presentThread((await discussionsRepo.find(trx, cohort.cohortId, discussionId))!, await discussionsRepo.listReplies(trx, discussionId));
  });
}
