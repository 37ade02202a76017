import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { listPlanElements, lockPlan } from '../../plan/plans/read-plan.js';
import { chooseGroup, readIndicatorContext } from '../indicators/indicator-context.js';
import { measureFeedsRepo } from './measure-feeds.repo.js';
import { presentFeed } from './measure-feeds.present.js';
import { refreshMeasureFeeds } from './refresh-measure-feeds.js';

export interface FeedInput {
  metric: string;
  school_id: string | null;
  group_name: string | null;
  version?: number | undefined;
}

/**
 * Feeds a plan measure from an indicator (the district's value, or one school's, for all students
 * or one group), or changes its feed, then writes its actuals from the data at once, all in one
 * transaction. A new feed is sent without a version; changing one needs the version it was read
 * at (409 conflict with the current feed otherwise). 400 naming /metric, /school_id or
 * /group_name when the district's data has no such metric, school or group.
 */
export async function saveMeasureFeed(options: { db: Kysely<DB>; actor: Actor; organizationId: string; planId: string; measureKey: string; input: FeedInput }) {
  const { db, actor, organizationId, planId, measureKey, input } = options;
  return inTransaction(db, async (trx) => {
    const plan = await lockPlan(trx, organizationId, planId);
    if (!plan) throw notFound('Plan');
    const measure = (await listPlanElements(trx, plan.id)).find((element) => element.key === measureKey && element.kind === 'measure');
    if (!measure) throw notFound('Measure');
    const context = await readIndicatorContext(trx, organizationId, input.metric).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'not_found') throw invalidInput('/metric', "is not a metric of the district's data", { code: 'does_not_exist' });
      throw error;
    });
    const school = context.schools.find((candidate) => candidate.id === input.school_id) ?? null;
    if (input.school_id && !school) throw invalidInput('/school_id', "is not one of the district's schools", { code: 'does_not_exist' });
    if (input.group_name !== null) {
      try {
        chooseGroup(context, 'group', input.group_name);
      } catch {
        throw invalidInput('/group_name', `is not a student group in the data of ${context.metric.label}`, { code: 'invalid_choice' });
      }
    }

    const before = await measureFeedsRepo.find(trx, plan.id, measureKey);
    const values = { planId: plan.id, measureKey, metric: context.metric.key, schoolId: school?.id ?? null, groupName: input.group_name };
    let saved;
    if (!before) {
      if (input.version !== undefined) throw new AppError('conflict', 'This measure has no feed any more; reload and try again', [], { current: null });
      saved = await measureFeedsRepo.insert(trx, { ...values, organizationId, createdBy: actor.userId });
    } else {
      if (input.version === undefined) throw invalidInput('/version', 'is required: this measure already has a feed, send the version you read', { code: 'required' });
      saved = await measureFeedsRepo.update(trx, { ...values, version: input.version });
    }
    if (!saved) throw new AppError('conflict', 'Someone changed this feed meanwhile; review it and try again', [], { current: before ? presentFeed(before, []) : null });
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: before ? 'measure_feed.changed' : 'measure_feed.created',
      entityType: 'plan',
      entityId: plan.id,
      before: before ? { measureKey, metric: before.metric, schoolId: before.school_id, groupName: before.group_name } : null,
      after: { measureKey, metric: saved.metric, schoolId: saved.school_id, groupName: saved.group_name },
    });
    await refreshMeasureFeeds({ db: trx, organizationId, planId: plan.id, measureKey });
    const fed = await measureFeedsRepo.fedPeriods(trx, plan.id);
    return presentFeed(saved, fed.get(measureKey) ?? []);
  });
}
