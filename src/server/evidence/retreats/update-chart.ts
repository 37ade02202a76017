import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { checkArea } from './check-retreat-inputs.js';
import { checkChartView } from './read-chart-data.js';
import { retreatChartsRepo, type ChartRow } from './retreat-charts.repo.js';
import { findRetreat, staleError, type RetreatScope } from './retreat-scope.js';
import type { ChartValues } from './retreats.schema.js';
import { presentChartSettings } from './retreats.present.js';

/** Replaces a chart's question, metric, view and area; its observations stay. 409 when `version` is stale. */
export async function updateChart(options: RetreatScope & { chartId: string; version: number; values: ChartValues }): Promise<ChartRow> {
  const { db, actor, organizationId, retreatId, chartId, version, values } = options;
  await checkChartView({ db, organizationId, metric: values.metric, view: values.view });
  return inTransaction(db, async (trx) => {
    const retreat = await findRetreat(trx, organizationId, retreatId);
    const before = await retreatChartsRepo.find(trx, retreatId, chartId);
    if (!before) throw notFound('Chart');
    checkArea(retreat.frame, values.area);
    const after = await retreatChartsRepo.update(trx, retreatId, chartId, version, { question: values.question, metric: values.metric, view: values.view, area: values.area ?? null });
    if (!after) throw staleError('chart', presentChartSettings(before));
    await recordAuditEvent(trx, actor, { organizationId, action: 'evidence.retreat_chart_updated', entityType: 'retreat_chart', entityId: chartId, before: presentChartSettings(before), after: presentChartSettings(after) });
    return after;
  });
}
