import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { prioritiesRepo } from './priorities.repo.js';
import { readChartData } from './read-chart-data.js';
import { rankBoard } from './read-retreat-board.js';
import { retreatChartsRepo, type ChartRow } from './retreat-charts.repo.js';
import type { ChartViewValues } from './retreats.schema.js';
import { presentChartSettings, presentObservation, presentSwotItem } from './retreats.present.js';
import { swotRepo } from './swot.repo.js';

/** One chart as the board shows it, after a write: its data and its observations. */
export async function readBoardChart(db: Kysely<DB>, organizationId: string, chart: ChartRow) {
  const observations = (await retreatChartsRepo.listObservations(db, chart.retreat_id, { visibleOnly: false })).filter((o) => o.chart_id === chart.id);
  const reading = await readChartData({ db, organizationId, metric: chart.metric, view: chart.view as ChartViewValues });
  return { ...presentChartSettings(chart), ...reading, observations: observations.map(presentObservation) };
}

/** One item as the board shows it, after a write: its dots, its rank on the board, the participant's own dots on it. */
export async function readBoardItem(db: Kysely<DB>, retreatId: string, itemId: string, participantId: string | null) {
  const items = await swotRepo.list(db, retreatId);
  const ranked = rankBoard(items).get(itemId)!;
  const myDots = participantId ? ((await swotRepo.dotsOf(db, retreatId, participantId)).get(itemId) ?? 0) : 0;
  const carried = new Set((await prioritiesRepo.list(db, retreatId)).flatMap((priority) => (priority.swot_item_id ? [priority.swot_item_id] : [])));
  return presentSwotItem(ranked, { myDots, carried });
}
