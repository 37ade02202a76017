import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { findItem, lockCycle, staleItem } from './cycle-rules.js';
import { cyclesRepo, type PhaseRow } from './cycles.repo.js';

/** Opens a closed phase again (closed by mistake, or work to redo); it becomes current if it is the first open one. */
export function reopenPhase(options: { db: Kysely<DB>; actor: Actor; organizationId: string; cycleId: string; phaseId: string; version: number }) {
  const { db, actor, organizationId, cycleId, phaseId, version } = options;
  return inTransaction(db, async (trx) => {
    await lockCycle(trx, organizationId, cycleId);
    const phase = (await findItem(trx, 'phase', cycleId, phaseId)) as unknown as PhaseRow;
    if (phase.version !== version) throw staleItem('phase', phase as never);
    if (phase.closed_at === null) throw new AppError('conflict', 'This phase is open already');
    const after = await cyclesRepo.reopenPhase(trx, phaseId, version);
    if (!after) throw staleItem('phase', phase as never);
    await recordAuditEvent(trx, actor, { organizationId, action: 'cycle.phase_reopened', entityType: 'cycle_phase', entityId: phaseId, before: { closedAt: phase.closed_at }, after: { name: phase.name } });
    return after;
  });
}
