import { inTransaction } from '../../db/transaction.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { checkArea } from './check-retreat-inputs.js';
import { checkChartView } from './read-chart-data.js';
import { retreatChartsRepo, type ChartRow } from './retreat-charts.repo.js';
import { findRetreat, type RetreatScope } from './retreat-scope.js';
import type { ChartValues } from './retreats.schema.js';
import { presentChartSettings } from './retreats.present.js';

/**
 * Adds a chart at the end of the retreat: an indicator view of the district's data and the question
 * it answers. 400 naming /metric or /view/<field> when the data cannot draw it, /area off the frame.
 */
export async function addChart(options: RetreatScope & { values: ChartValues }): Promise<ChartRow> {
  const { db, actor, organizationId, retreatId, values } = options;
  // Read before the transaction: the indicator's reads need no lock, and PGlite has one connection.
  await checkChartView({ db, organizationId, metric: values.metric, view: values.view });
  return inTransaction(db, async (trx) => {
    const retreat = await findRetreat(trx, organizationId, retreatId, { lock: true });
    checkArea(retreat.frame, values.area);
    const chart = await retreatChartsRepo.insert(trx, {
      retreatId,
      organizationId,
      position: await retreatChartsRepo.nextPosition(trx, retreatId),
      question: values.question,
      metric: values.metric,
      view: values.view,
      area: values.area ?? null,
    });
    await recordAuditEvent(trx, actor, { organizationId, action: 'evidence.retreat_chart_added', entityType: 'retreat_chart', entityId: chart.id, after: presentChartSettings(chart) });
    return chart;
  });
}
