import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { isWorkDone, type WorkArea } from '../../work-area.js';
import type { DeliverableStatus } from '../tables.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, forbidden } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { findItem, lockCycle, staleItem } from './cycle-rules.js';
import type { DeliverableRow } from './cycles.repo.js';
import { deliverablesRepo } from './deliverables.repo.js';

/**
 * Moves a deliverable through not started, in progress, in review and complete. Planners and the
 * deliverable's owner may; a deliverable with a reviewer is complete only once the reviewer
 * approved it. Sending it (back) to review clears the last sign-off, so the reviewer sees it afresh.
 * A deliverable produced in a work area of the product (a SWOT board, the datasets) is not complete
 * while that area is empty: ticking a box is not producing it.
 */
export function changeDeliverableStatus(options: {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  cycleId: string;
  deliverableId: string;
  version: number;
  status: DeliverableStatus;
  canEditCycle: boolean;
  workAreas: readonly WorkArea[];
}) {
  const { db, actor, organizationId, cycleId, deliverableId, version, status, canEditCycle, workAreas } = options;
  return inTransaction(db, async (trx) => {
    await lockCycle(trx, organizationId, cycleId);
    const before = (await findItem(trx, 'deliverable', cycleId, deliverableId)) as unknown as DeliverableRow;
    if (!canEditCycle && before.owner_id !== actor.userId) throw forbidden('Only planners and the owner of a deliverable may change its status');
    if (before.version !== version) throw staleItem('deliverable', before as never);
    if (status === 'complete' && before.reviewer_id && before.review_state !== 'approved') {
      throw new AppError('conflict', 'This deliverable needs its reviewer’s approval before it is complete', [{ path: '/status', message: 'needs the reviewer’s approval first', code: 'needs_approval' }]);
    }
    const area = status === 'complete' ? workAreas.find((candidate) => candidate.key === before.links_to) : undefined;
    if (area && !isWorkDone(await area.readWork(trx, { organizationId, cycleId }))) {
      throw new AppError('conflict', `${before.name} is produced in Waymark and its work there is not done yet`, [
        { path: '/status', message: 'has nothing in its work area yet', code: 'work_is_empty', params: { area: area.key } },
      ]);
    }
    const after = await deliverablesRepo.updateState(trx, deliverableId, version, { status, ...(status === 'in_review' ? { reviewState: 'none' as const } : {}) });
    if (!after) throw new AppError('conflict', 'Someone else changed this deliverable; reload and try again');
    if (before.status !== status) {
      await deliverablesRepo.recordEvent(trx, actor, { deliverableId, organizationId, kind: 'status_changed', fromStatus: before.status, toStatus: status });
    }
    await recordAuditEvent(trx, actor, { organizationId, action: 'cycle.deliverable_status_changed', entityType: 'cycle_deliverable', entityId: deliverableId, before: { status: before.status }, after: { status } });
    return after;
  });
}
