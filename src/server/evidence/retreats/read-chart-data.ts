import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { presentIndicator } from '../indicators/indicators.present.js';
import { readIndicator, type IndicatorQuery } from '../indicators/read-indicator.js';
import type { ChartViewValues } from './retreats.schema.js';

export type ChartData = ReturnType<typeof presentIndicator>;
export interface ChartReading {
  data: ChartData | null;
  data_problem: { code: 'no_data' | 'view_not_in_data'; message: string } | null;
}

/** A chart's view as the indicators use-case reads it. */
export function indicatorQueryOf(view: ChartViewValues): IndicatorQuery {
  return { by: view.by, period: view.period, group: view.group, school: view.school_id, compare: view.compare };
}

/**
 * A chart's data through the indicators use-case, so every cell passes the one small-group rule
 * (the room is outside the planning team). A metric with no data any more (its dataset deleted),
 * or a view its data no longer has (a period replaced), says so rather than failing the board.
 */
export async function readChartData(options: { db: Kysely<DB>; organizationId: string; metric: string; view: ChartViewValues }): Promise<ChartReading> {
  try {
    const answer = await readIndicator({ db: options.db, organizationId: options.organizationId, metric: options.metric, query: indicatorQueryOf(options.view) });
    return { data: presentIndicator(answer), data_problem: null };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'not_found') return { data: null, data_problem: { code: 'no_data', message: 'The district has no data for this metric yet' } };
    if (error.code === 'invalid_input') return { data: null, data_problem: { code: 'view_not_in_data', message: error.details[0]?.message ? `The view ${error.details[0].path.slice(1)} ${error.details[0].message}` : error.message } };
    throw error;
  }
}

const viewField: Record<string, string> = { '/period': '/view/period', '/group': '/view/group', '/compare': '/view/compare', '/school': '/view/school_id', '/by': '/view/by' };

/**
 * Whether a chart can be drawn from the district's data: 400 naming /metric for a metric it has
 * no data for, or the view's field (/view/period ...) its data does not have.
 */
export async function checkChartView(options: { db: Kysely<DB>; organizationId: string; metric: string; view: ChartViewValues }): Promise<void> {
  try {
    await readIndicator({ db: options.db, organizationId: options.organizationId, metric: options.metric, query: indicatorQueryOf(options.view) });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'not_found') throw new AppError('invalid_input', 'The district has no data for this metric', [{ path: '/metric', message: 'is not a metric of the district’s data', code: 'does_not_exist' }]);
    if (error.code === 'invalid_input') throw new AppError('invalid_input', error.message, error.details.map((detail) => ({ ...detail, path: viewField[detail.path] ?? `/view${detail.path}` })));
    throw error;
  }
}
