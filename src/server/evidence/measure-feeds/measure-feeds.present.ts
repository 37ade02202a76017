import type { FeedRow } from './measure-feeds.repo.js';

/** A feed as the API answers it. */
export function presentFeed(feed: FeedRow, periodsFed: readonly string[]) {
  return { measure_key: feed.measure_key, metric: feed.metric, school_id: feed.school_id, group_name: feed.group_name, periods_fed: [...periodsFed], version: feed.version };
}
