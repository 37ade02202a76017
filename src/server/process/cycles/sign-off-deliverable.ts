import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, forbidden, invalidInput } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { findItem, lockCycle, staleItem } from './cycle-rules.js';
import type { DeliverableRow } from './cycles.repo.js';
import type { RubricScores } from './cycles.schema.js';
import { deliverablesRepo } from './deliverables.repo.js';

/**
 * A reviewer approves a deliverable or asks for changes, with a comment (required when asking
 * for changes, so the owner knows what to do). When the deliverable names its reviewer, only
 * that person signs off. Asking for changes sends a deliverable in review back to in progress.
 * A reviewer of the district's network may score it against the network's rubric: the scores stay
 * on the sign-off's event (`changes.rubric`), so the district reads them in the history.
 */
export function signOffDeliverable(options: {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  cycleId: string;
  deliverableId: string;
  version: number;
  decision: 'approve' | 'request_changes';
  comment?: string;
  rubric?: RubricScores;
}) {
  const { db, actor, organizationId, cycleId, deliverableId, version, decision } = options;
  const comment = options.comment?.trim() || null;
  const rubric = options.rubric ? { name: options.rubric.name, scores: options.rubric.scores.map(({ criterion, level, note }) => ({ criterion, level, ...(note ? { note } : {}) })) } : undefined;
  if (decision === 'request_changes' && !comment) throw invalidInput('/comment', 'is required when asking for changes', { code: 'required' });
  return inTransaction(db, async (trx) => {
    await lockCycle(trx, organizationId, cycleId);
    const before = (await findItem(trx, 'deliverable', cycleId, deliverableId)) as unknown as DeliverableRow;
    if (before.reviewer_id && before.reviewer_id !== actor.userId) throw forbidden('Only the reviewer named on this deliverable may sign it off');
    if (before.version !== version) throw staleItem('deliverable', before as never);
    const isApproval = decision === 'approve';
    const status = !isApproval && before.status === 'in_review' ? 'in_progress' : undefined;
    const after = await deliverablesRepo.updateState(trx, deliverableId, version, { reviewState: isApproval ? 'approved' : 'changes_requested', status });
    if (!after) throw new AppError('conflict', 'Someone else changed this deliverable; reload and try again');
    await deliverablesRepo.recordEvent(trx, actor, {
      deliverableId,
      organizationId,
      kind: isApproval ? 'approved' : 'changes_requested',
      fromStatus: before.status,
      toStatus: after.status,
      comment,
      changes: rubric ? { rubric } : undefined,
    });
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: `cycle.deliverable_${isApproval ? 'approved' : 'changes_requested'}`,
      entityType: 'cycle_deliverable',
      entityId: deliverableId,
      after: { comment, status: after.status, ...(rubric ? { rubric } : {}) },
    });
    return after;
  });
}
