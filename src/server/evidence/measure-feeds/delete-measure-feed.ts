import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { findPlan } from '../../plan/plans/read-plan.js';
import { measureFeedsRepo } from './measure-feeds.repo.js';

/**
 * Stops feeding a measure: later datasets no longer write its actuals. The actuals it already
 * wrote stay, as typed ones would: they are the measure's results for those periods.
 */
export async function deleteMeasureFeed(options: { db: Kysely<DB>; actor: Actor; organizationId: string; planId: string; measureKey: string }) {
  const { db, actor, organizationId, planId, measureKey } = options;
  await inTransaction(db, async (trx) => {
    const plan = await findPlan(trx, organizationId, planId);
    if (!plan) throw notFound('Plan');
    const deleted = await measureFeedsRepo.delete(trx, plan.id, measureKey);
    if (!deleted) throw notFound('Feed');
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'measure_feed.deleted',
      entityType: 'plan',
      entityId: plan.id,
      before: { measureKey, metric: deleted.metric, schoolId: deleted.school_id, groupName: deleted.group_name },
    });
  });
}
