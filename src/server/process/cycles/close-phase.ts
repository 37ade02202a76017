import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { findItem, lockCycle, staleItem } from './cycle-rules.js';
import { cyclesRepo, type PhaseRow } from './cycles.repo.js';
import { deliverablesRepo } from './deliverables.repo.js';
import { readinessRepo } from './readiness.repo.js';

/**
 * Closes a phase, which makes the next open one current. The first phase closes only once every
 * readiness item is checked or waived, and any phase only once its deliverables are complete;
 * a refusal is 409 listing what is still open.
 */
export function closePhase(options: { db: Kysely<DB>; actor: Actor; organizationId: string; cycleId: string; phaseId: string; version: number }) {
  const { db, actor, organizationId, cycleId, phaseId, version } = options;
  return inTransaction(db, async (trx) => {
    await lockCycle(trx, organizationId, cycleId);
    const phase = (await findItem(trx, 'phase', cycleId, phaseId)) as unknown as PhaseRow;
    if (phase.version !== version) throw staleItem('phase', phase as never);
    if (phase.closed_at !== null) throw new AppError('conflict', 'This phase is already closed');
    if (phase.position === 0) {
      const openItems = await readinessRepo.open(trx, cycleId);
      if (openItems.length) {
        throw new AppError('conflict', `The first phase cannot close until every readiness item is checked or waived; ${openItems.length} still open`, [], { openItems });
      }
    }
    const openDeliverables = await deliverablesRepo.openInPhase(trx, phaseId);
    if (openDeliverables.length) {
      throw new AppError('conflict', `The phase cannot close until its deliverables are complete; ${openDeliverables.length} still open`, [], { openDeliverables });
    }
    const after = await cyclesRepo.closePhase(trx, phaseId, version, actor.userId);
    if (!after) throw staleItem('phase', phase as never);
    await recordAuditEvent(trx, actor, { organizationId, action: 'cycle.phase_closed', entityType: 'cycle_phase', entityId: phaseId, after: { name: phase.name } });
    return after;
  });
}
