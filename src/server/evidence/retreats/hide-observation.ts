import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { retreatChartsRepo } from './retreat-charts.repo.js';
import { findRetreat, type RetreatScope } from './retreat-scope.js';

/**
 * Hides an observation from the room (off topic, or it names a student) or shows it again. It is
 * kept for the team, flagged; the room's state leaves it out.
 */
export async function hideObservation(options: RetreatScope & { observationId: string; isHidden: boolean }) {
  const { db, actor, organizationId, retreatId, observationId, isHidden } = options;
  return inTransaction(db, async (trx) => {
    await findRetreat(trx, organizationId, retreatId);
    const before = await retreatChartsRepo.findObservation(trx, retreatId, observationId);
    if (!before) throw notFound('Observation');
    const after = (await retreatChartsRepo.setObservationHidden(trx, retreatId, observationId, isHidden))!;
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: isHidden ? 'evidence.retreat_observation_hidden' : 'evidence.retreat_observation_shown',
      entityType: 'retreat_observation',
      entityId: observationId,
      before: { is_hidden: before.is_hidden, body: before.body },
      after: { is_hidden: after.is_hidden },
    });
    // With its author's name, as the board lists it.
    return (await retreatChartsRepo.listObservations(trx, retreatId, { visibleOnly: false })).find((observation) => observation.id === observationId)!;
  });
}
