import type { Kysely } from 'kysely';
import type { InstructionalFocus } from '../../../core/evidence/instructional-focus/instructional-focus.js';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { findCycle } from '../../process/cycles/find-cycle.js';
import { findPlan, listPlanElements } from '../../plan/plans/read-plan.js';
import { instructionalFocusRepo } from './instructional-focus.repo.js';

/**
 * Saves the whole Instructional Focus of a cycle (the editor sends all four pages), refusing a
 * stale version so two writers do not overwrite each other. A goal or strategy it names must be
 * one of the cycle's plan.
 */
export function saveInstructionalFocus(options: { db: Kysely<DB>; actor: Actor; organizationId: string; cycleId: string; focus: InstructionalFocus; version: number }) {
  const { db, actor, organizationId, cycleId, focus, version } = options;
  return inTransaction(db, async (trx) => {
    const cycle = await findCycle({ db: trx, organizationId, cycleId });
    if (!cycle) throw notFound('Planning cycle');
    await checkPlanKeys(trx, organizationId, cycle.planId, focus);
    const before = await instructionalFocusRepo.findForUpdate(trx, organizationId, cycleId);
    if ((before?.version ?? 0) !== version) {
      throw new AppError('conflict', 'Someone else saved this Instructional Focus; reload and try again', [], { currentVersion: before?.version ?? 0 });
    }
    const after = before ? await instructionalFocusRepo.update(trx, before.id, { content: focus, userId: actor.userId }) : await instructionalFocusRepo.insert(trx, { organizationId, cycleId, content: focus, userId: actor.userId });
    await recordAuditEvent(trx, actor, { organizationId, action: 'instructional_focus.saved', entityType: 'instructional_focus', entityId: after.id, before: before?.content ?? null, after: focus });
    return { cycle, focus, version: after.version, updatedAt: after.updated_at };
  });
}

async function checkPlanKeys(trx: Parameters<typeof listPlanElements>[0], organizationId: string, planId: string | null, focus: InstructionalFocus) {
  const named = [
    { path: '/focus/focus/goalKey', key: focus.focus.goalKey, kind: 'goal' },
    ...focus.strategies.strategies.map((strategy, index) => ({ path: `/focus/strategies/strategies/${index}/strategyKey`, key: strategy.strategyKey, kind: 'strategy' })),
  ].filter((entry) => entry.key !== null);
  if (!named.length) return;
  const plan = planId ? await findPlan(trx, organizationId, planId) : undefined;
  const elements = plan ? await listPlanElements(trx, plan.id) : [];
  for (const entry of named) {
    if (!elements.some((element) => element.key === entry.key && element.kind === entry.kind)) {
      throw invalidInput(entry.path, `is not a ${entry.kind} of the cycle's plan`, { code: 'not_in_this_plan' });
    }
  }
}
