import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { FEED_ACTOR_LABEL } from './feed-actor.js';

type Executor = Kysely<DB> | Transaction<DB>;

export type FeedRow = Awaited<ReturnType<typeof measureFeedsRepo.list>>[number];

const columns = ['plan_id', 'organization_id', 'measure_key', 'metric', 'school_id', 'group_name', 'version'] as const;

export const measureFeedsRepo = {
  /** The feeds of one plan, or of every plan of the district. */
  list(db: Executor, organizationId: string, planId?: string) {
    let query = db.selectFrom('measure_indicator_feeds').select(columns).where('organization_id', '=', organizationId);
    if (planId) query = query.where('plan_id', '=', planId);
    return query.orderBy('plan_id').orderBy('measure_key').execute();
  },

  find(db: Executor, planId: string, measureKey: string) {
    return db.selectFrom('measure_indicator_feeds').select(columns).where('plan_id', '=', planId).where('measure_key', '=', measureKey).executeTakeFirst();
  },

  insert(trx: Transaction<DB>, feed: { planId: string; organizationId: string; measureKey: string; metric: string; schoolId: string | null; groupName: string | null; createdBy: string | null }) {
    return trx
      .insertInto('measure_indicator_feeds')
      .values({ plan_id: feed.planId, organization_id: feed.organizationId, measure_key: feed.measureKey, metric: feed.metric, school_id: feed.schoolId, group_name: feed.groupName, created_by: feed.createdBy })
      .onConflict((oc) => oc.columns(['plan_id', 'measure_key']).doNothing())
      .returning(columns)
      .executeTakeFirst();
  },

  /** Saves when the caller saw the latest version; undefined means stale or gone. */
  update(trx: Transaction<DB>, feed: { planId: string; measureKey: string; version: number; metric: string; schoolId: string | null; groupName: string | null }) {
    return trx
      .updateTable('measure_indicator_feeds')
      .set({ metric: feed.metric, school_id: feed.schoolId, group_name: feed.groupName, version: sql`version + 1`, updated_at: sql`now()` })
      .where('plan_id', '=', feed.planId)
      .where('measure_key', '=', feed.measureKey)
      .where('version', '=', feed.version)
      .returning(columns)
      .executeTakeFirst();
  },

  delete(trx: Transaction<DB>, planId: string, measureKey: string) {
    return trx.deleteFrom('measure_indicator_feeds').where('plan_id', '=', planId).where('measure_key', '=', measureKey).returning(columns).executeTakeFirst();
  },

  /**
   * Per measure, the periods whose current all-students actual a feed wrote: the update behind
   * it came from the feed (author 'Indicator feed', no person). A period someone typed over since
   * is theirs, not the feed's.
   */
  async fedPeriods(db: Executor, planId: string): Promise<Map<string, string[]>> {
    const rows = await db
      .selectFrom('measure_actuals as a')
      .innerJoin('element_updates as u', 'u.id', 'a.update_id')
      .select(['a.measure_key', 'a.period_label'])
      .where('a.plan_id', '=', planId)
      .where('a.subgroup', '=', '')
      .where('u.author_label', '=', FEED_ACTOR_LABEL)
      .where('u.author_id', 'is', null)
      .orderBy('a.measure_key')
      .orderBy('a.period_ends_on')
      .orderBy('a.period_label')
      .execute();
    const byMeasure = new Map<string, string[]>();
    for (const row of rows) byMeasure.set(row.measure_key, [...(byMeasure.get(row.measure_key) ?? []), row.period_label]);
    return byMeasure;
  },
};
