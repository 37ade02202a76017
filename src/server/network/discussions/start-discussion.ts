import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { reachCohort, type CohortReader } from '../learning/reach-cohort.js';
import { discussionsRepo } from './discussions.repo.js';

/**
 * A leader asks the cohort a question: for their district (a district in the cohort) or for the
 * network (its administrators and coaches). The audit row goes to the organization they wrote for.
 */
export function startDiscussion(options: { db: Kysely<DB>; actor: Actor; reader: CohortReader; cohortId: string; values: { title: string; body: string } }) {
  const { db, actor, reader, values } = options;
  return inTransaction(db, async (trx) => {
    const cohort = await reachCohort(trx, reader, options.cohortId);
    const { id } = await discussionsRepo.insert(trx, { cohortId: cohort.cohortId, title: values.title, body: values.body, authorId: actor.userId, authorDistrictId: cohort.districtId });
    await recordAuditEvent(trx, actor, { organizationId: cohort.districtId ?? cohort.networkId, action: 'cohort.discussion_started', entityType: 'cohort_discussion', entityId: id, after: { cohortId: cohort.cohortId, title: values.title } });
    return (await discussionsRepo.find(trx, cohort.cohortId, id))!;
  });
}
