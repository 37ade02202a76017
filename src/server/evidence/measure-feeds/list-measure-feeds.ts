import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { findPlan } from '../../plan/plans/read-plan.js';
import { measureFeedsRepo } from './measure-feeds.repo.js';
import { presentFeed } from './measure-feeds.present.js';

/** The plan's measures fed by an indicator, each with the periods whose actual the feed wrote. */
export async function listMeasureFeeds(options: { db: Kysely<DB>; organizationId: string; planId: string }) {
  const { db, organizationId, planId } = options;
  const plan = await findPlan(db, organizationId, planId);
  if (!plan) throw notFound('Plan');
  const [feeds, fed] = await Promise.all([measureFeedsRepo.list(db, organizationId, plan.id), measureFeedsRepo.fedPeriods(db, plan.id)]);
  return { feeds: feeds.map((feed) => presentFeed(feed, fed.get(feed.measure_key) ?? [])) };
}
