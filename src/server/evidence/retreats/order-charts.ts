import { inTransaction } from '../../db/transaction.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { checkOrder } from './check-retreat-inputs.js';
import { retreatChartsRepo } from './retreat-charts.repo.js';
import { findRetreat, type RetreatScope } from './retreat-scope.js';

/** Puts the retreat's charts in the order given (every chart once; 400 naming /chart_ids otherwise). */
export async function orderCharts(options: RetreatScope & { chartIds: readonly string[] }): Promise<void> {
  const { db, actor, organizationId, retreatId, chartIds } = options;
  await inTransaction(db, async (trx) => {
    await findRetreat(trx, organizationId, retreatId, { lock: true });
    const before = (await retreatChartsRepo.list(trx, retreatId)).map((chart) => chart.id);
    checkOrder(chartIds, before, '/chart_ids', 'chart');
    await retreatChartsRepo.setPositions(trx, retreatId, chartIds);
    await recordAuditEvent(trx, actor, { organizationId, action: 'evidence.retreat_charts_ordered', entityType: 'data_retreat', entityId: retreatId, before, after: chartIds });
  });
}
