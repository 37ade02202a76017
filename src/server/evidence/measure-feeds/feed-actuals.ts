import type { Kysely } from 'kysely';
import { matchDataPeriods } from '../../../core/evidence/indicator-periods.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { PlanMonitoring } from '../../monitoring/scorecard/load-plan-monitoring.js';
import { allowedPeriodLabels } from '../../monitoring/scorecard/element-periods.js';
import { readIndicator } from '../indicators/read-indicator.js';
import type { FeedRow } from './measure-feeds.repo.js';

/** One actual a feed brings: the measure's all-students value for a period (null when hidden or missing). */
export interface FedActual {
  measureKey: string;
  period: string;
  value: number | null;
  n: number | null;
}

/**
 * The actuals a feed brings to its measure: the indicator over time (by=period) for the feed's
 * school or the district and its group, the same cells the indicator screen shows (hidden and
 * missing ones as a value of null, as a typed actual with no value), each data period written as
 * the measure's period covering the same days (matchDataPeriods). Data periods that are none of
 * the measure's periods (years before its baseline, or a year where it reports quarters) are left
 * out. A feed whose metric, school or group the data no longer has brings nothing.
 */
export async function actualsOfFeed(db: Kysely<DB>, organizationId: string, feed: FeedRow, monitoring: PlanMonitoring): Promise<{ actuals: FedActual[]; unmatched: string[] }> {
  const measure = monitoring.tree.measureByKey.get(feed.measure_key);
  if (!measure) return { actuals: [], unmatched: [] };
  let lines;
  try {
    const query = { by: 'period' as const, ...(feed.school_id ? { school: feed.school_id } : {}), ...(feed.group_name ? { group: feed.group_name } : {}) };
    lines = (await readIndicator({ db, organizationId, metric: feed.metric, query })).lines;
  } catch (error) {
    if (error instanceof AppError && (error.code === 'not_found' || error.code === 'invalid_input')) return { actuals: [], unmatched: [] };
    throw error;
  }
  const posted = monitoring.actuals.filter((row) => row.measure_key === measure.key);
  const labels = allowedPeriodLabels(measure, posted, monitoring.plan.header.plan.period, monitoring.settings, monitoring.calendar);
  const matched = matchDataPeriods(
    lines.map((line) => line.key),
    [...labels.keys()],
    monitoring.calendar,
  );
  const actuals = lines.flatMap((line) => {
    const period = matched.get(line.key);
    if (!period) return [];
    const shown = 'value' in line.cell ? line.cell : null;
    return [{ measureKey: measure.key, period, value: shown?.value ?? null, n: shown?.n ?? null }];
  });
  return { actuals, unmatched: lines.map((line) => line.key).filter((period) => !matched.has(period)) };
}
