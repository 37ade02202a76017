import type { Kysely } from 'kysely';
import { quadrants } from '../../../core/evidence/retreat/dot-voting.js';
import type { DB } from '../../db/schema.js';
import { prioritiesRepo } from './priorities.repo.js';
import { rankBoard } from './read-retreat-board.js';
import { readChartData } from './read-chart-data.js';
import { retreatChartsRepo } from './retreat-charts.repo.js';
import type { ChartViewValues } from './retreats.schema.js';
import type { ParticipantRow, RetreatRow } from './retreats.repo.js';
import { swotRepo } from './swot.repo.js';

/**
 * What a phone in the room polls every few seconds: the charts (their protected data only when
 * asked: the first load), their visible observations without names, the board's items with dot
 * totals and ranks but never who voted, this participant's own dots and what they have left, and
 * the priorities' titles. `participant` is null until the device joins.
 */
export async function readRoomState(options: { db: Kysely<DB>; retreat: RetreatRow; participant: ParticipantRow | null; withChartData: boolean }) {
  const { db, retreat, participant, withChartData } = options;
  const charts = await retreatChartsRepo.list(db, retreat.id);
  const observations = await retreatChartsRepo.listObservations(db, retreat.id, { visibleOnly: true });
  const items = await swotRepo.list(db, retreat.id);
  const priorities = await prioritiesRepo.list(db, retreat.id);
  const myDots = participant ? await swotRepo.dotsOf(db, retreat.id, participant.id) : new Map<string, number>();
  const used = [...myDots.values()].reduce((sum, dots) => sum + dots, 0);
  const ranked = rankBoard(items);

  const presentedCharts = [];
  for (const chart of charts) {
    const reading = withChartData ? await readChartData({ db, organizationId: retreat.organization_id, metric: chart.metric, view: chart.view as ChartViewValues }) : {};
    presentedCharts.push({
      id: chart.id,
      question: chart.question,
      metric: chart.metric,
      view: chart.view as ChartViewValues,
      area: chart.area,
      ...reading,
      observations: observations
        .filter((observation) => observation.chart_id === chart.id)
        .map((observation) => ({ id: observation.id, kind: observation.kind, body: observation.body, is_mine: !!participant && observation.participant_id === participant.id, created_at: observation.created_at.toISOString() })),
    });
  }
  return {
    retreat: { title: retreat.title, status: retreat.status, dots_per_person: retreat.dots_per_person, frame: retreat.frame },
    me: participant ? { participant_id: participant.id, display_name: participant.display_name } : null,
    charts: presentedCharts,
    swot: [...items].sort((a, b) => quadrants.indexOf(a.quadrant) - quadrants.indexOf(b.quadrant) || a.position - b.position).map((item) => {
      const entry = ranked.get(item.id)!;
      return { id: item.id, quadrant: item.quadrant, text: item.text, area: item.area, dots: item.dots, rank: entry.rank, is_tied: entry.isTied, my_dots: myDots.get(item.id) ?? 0 };
    }),
    dots_left: Math.max(0, retreat.dots_per_person - used),
    priorities: priorities.map((priority) => ({ id: priority.id, title: priority.title })),
  };
}
