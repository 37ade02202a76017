import type { Kysely } from 'kysely';
import { quadrants, rankByDots, type RankedItem } from '../../../core/evidence/retreat/dot-voting.js';
import type { DB } from '../../db/schema.js';
import { prioritiesRepo } from './priorities.repo.js';
import { readChartData } from './read-chart-data.js';
import { retreatChartsRepo } from './retreat-charts.repo.js';
import { findRetreat } from './retreat-scope.js';
import type { ChartViewValues } from './retreats.schema.js';
import { presentChartSettings, presentObservation, presentPriority, presentRetreat, presentSwotItem } from './retreats.present.js';
import { retreatsRepo } from './retreats.repo.js';
import { swotRepo, type SwotItemRow } from './swot.repo.js';

/** The board's items ranked by dots (across the whole board), each with the caller's own dots. */
export function rankBoard(items: readonly SwotItemRow[]): Map<string, RankedItem<SwotItemRow>> {
  return new Map(rankByDots(items).map((entry) => [entry.item.id, entry]));
}

/**
 * Everything the team's workspace shows of a retreat: its settings and link, each chart with its
 * protected data and every observation (hidden ones flagged, with who wrote them), the SWOT board by
 * quadrant with dot totals and ranks, the caller's own dots, how many take part, and the priorities
 * with their gap analyses.
 */
export async function readRetreatBoard(options: { db: Kysely<DB>; organizationId: string; retreatId: string; userId: string; publicUrl: string }) {
  const { db, organizationId, retreatId, userId } = options;
  const retreat = await findRetreat(db, organizationId, retreatId);
  const charts = await retreatChartsRepo.list(db, retreatId);
  const observations = await retreatChartsRepo.listObservations(db, retreatId, { visibleOnly: false });
  const items = await swotRepo.list(db, retreatId);
  const priorities = await prioritiesRepo.list(db, retreatId);
  const participants = await retreatsRepo.countParticipants(db, retreatId);
  const me = await retreatsRepo.findParticipantOfUser(db, retreatId, userId);
  const myDots = me ? await swotRepo.dotsOf(db, retreatId, me.id) : new Map<string, number>();
  const used = [...myDots.values()].reduce((sum, dots) => sum + dots, 0);

  const presentedCharts = [];
  for (const chart of charts) {
    const reading = await readChartData({ db, organizationId, metric: chart.metric, view: chart.view as ChartViewValues });
    presentedCharts.push({ ...presentChartSettings(chart), ...reading, observations: observations.filter((o) => o.chart_id === chart.id).map(presentObservation) });
  }
  const ranked = rankBoard(items);
  const carried = new Set(priorities.flatMap((priority) => (priority.swot_item_id ? [priority.swot_item_id] : [])));
  const quadrant = (name: (typeof quadrants)[number]) =>
    items.filter((item) => item.quadrant === name).sort((a, b) => a.position - b.position).map((item) => presentSwotItem(ranked.get(item.id)!, { myDots: myDots.get(item.id) ?? 0, carried }));
  return {
    retreat: presentRetreat(retreat, options.publicUrl),
    charts: presentedCharts,
    swot: { strength: quadrant('strength'), weakness: quadrant('weakness'), opportunity: quadrant('opportunity'), threat: quadrant('threat') },
    my_dots: { allowance: retreat.dots_per_person, used, left: Math.max(0, retreat.dots_per_person - used) },
    participants,
    priorities: priorities.map(presentPriority),
  };
}
