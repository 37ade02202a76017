import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { loadPlanMonitoring } from '../../monitoring/scorecard/load-plan-monitoring.js';
import { postActuals } from '../../monitoring/scorecard/post-actuals.js';
import { actualsOfFeed } from './feed-actuals.js';
import { feedActor } from './feed-actor.js';
import { measureFeedsRepo } from './measure-feeds.repo.js';

export interface FeedRefresh {
  planId: string;
  measureKey: string;
  /** The measure periods the data gave a value (or a hidden one) for. */
  periods: string[];
  /** Data periods that are none of the measure's periods. */
  unmatched: string[];
  /** Actuals written (those that changed). */
  written: number;
}

/**
 * Writes the actuals of the district's feeds (one plan's, or one measure's, when given) from the
 * data as it now is: after every finished import, and when a feed is saved. Each feed gives its
 * measure's all-students actual for every period its data has (actualsOfFeed), through
 * monitoring's own bulk use-case (postActuals), so the same checks, revisions, audit and status
 * rules apply as to typed actuals. The feed owns the periods its data covers: their actual
 * becomes the data's, whoever wrote it before (the earlier value stays in the measure's
 * revisions); periods the data does not have are never touched, so typed actuals of other
 * periods stay. Values already as the data says are not written again (no empty revisions).
 * A plan that refuses the batch (its measure changed meanwhile) is skipped, not the others.
 */
export async function refreshMeasureFeeds(options: { db: Kysely<DB>; organizationId: string; planId?: string; measureKey?: string }): Promise<FeedRefresh[]> {
  const { db, organizationId } = options;
  const feeds = (await measureFeedsRepo.list(db, organizationId, options.planId)).filter((feed) => !options.measureKey || feed.measure_key === options.measureKey);
  const byPlan = new Map<string, typeof feeds>();
  for (const feed of feeds) byPlan.set(feed.plan_id, [...(byPlan.get(feed.plan_id) ?? []), feed]);

  const refreshed: FeedRefresh[] = [];
  for (const [planId, planFeeds] of byPlan) {
    const monitoring = await loadPlanMonitoring({ db, organizationId, planId });
    const current = new Map(monitoring.actuals.filter((row) => row.subgroup === '').map((row) => [`${row.measure_key}\u0000${row.period_label}`, row]));
    const rows = [];
    const results: FeedRefresh[] = [];
    for (const feed of planFeeds) {
      const { actuals, unmatched } = await actualsOfFeed(db, organizationId, feed, monitoring);
      const changed = actuals.filter((actual) => {
        const before = current.get(`${actual.measureKey}\u0000${actual.period}`);
        return !before || before.value !== actual.value || before.n !== actual.n;
      });
      rows.push(...changed.map((actual) => ({ measure_key: actual.measureKey, period: actual.period, subgroup: null, value: actual.value, n: actual.n })));
      results.push({ planId, measureKey: feed.measure_key, periods: actuals.map((actual) => actual.period), unmatched, written: changed.length });
    }
    if (rows.length > 0) {
      try {
        await postActuals({ db, actor: feedActor, organizationId, planId, rows });
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'invalid_input' || options.planId) throw error;
        for (const result of results) result.written = 0;
      }
    }
    refreshed.push(...results);
  }
  return refreshed;
}
