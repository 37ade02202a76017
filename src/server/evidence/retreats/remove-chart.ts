import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { retreatChartsRepo } from './retreat-charts.repo.js';
import { findRetreat, type RetreatScope } from './retreat-scope.js';
import { presentChartSettings } from './retreats.present.js';

/** Removes a chart and the observations written on it (items citing it keep their words). */
export async function removeChart(options: RetreatScope & { chartId: string }): Promise<void> {
  const { db, actor, organizationId, retreatId, chartId } = options;
  await inTransaction(db, async (trx) => {
    await findRetreat(trx, organizationId, retreatId, { lock: true });
    const before = await retreatChartsRepo.find(trx, retreatId, chartId);
    if (!before) throw notFound('Chart');
    await retreatChartsRepo.remove(trx, retreatId, chartId);
    await recordAuditEvent(trx, actor, { organizationId, action: 'evidence.retreat_chart_removed', entityType: 'retreat_chart', entityId: chartId, before: presentChartSettings(before) });
  });
}
