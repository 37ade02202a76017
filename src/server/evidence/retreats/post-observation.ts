import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { invalidInput } from '../../errors.js';
import { retreatChartsRepo } from './retreat-charts.repo.js';
import { participantIdOf, type Contributor } from './retreat-contributor.js';
import { findRetreat, refuseWhenClosed } from './retreat-scope.js';
import type { ObservationValues } from './retreats.schema.js';

/**
 * "I notice..." or "I wonder..." on a chart, by someone in the room (a member or a guest). It is
 * its own record: no audit row. 403 once the retreat has closed; 400 /chart_id for a chart not of
 * this retreat.
 */
export async function postObservation(options: { db: Kysely<DB>; organizationId: string; retreatId: string; contributor: Contributor; values: ObservationValues }) {
  const { db, organizationId, retreatId, contributor, values } = options;
  return inTransaction(db, async (trx) => {
    const retreat = await findRetreat(trx, organizationId, retreatId);
    refuseWhenClosed(retreat);
    if (!(await retreatChartsRepo.find(trx, retreatId, values.chart_id))) throw invalidInput('/chart_id', 'is not a chart of this retreat', { code: 'does_not_exist' });
    const participantId = await participantIdOf(trx, retreat, contributor);
    return retreatChartsRepo.insertObservation(trx, { retreatId, organizationId, chartId: values.chart_id, participantId, kind: values.kind, body: values.body });
  });
}
