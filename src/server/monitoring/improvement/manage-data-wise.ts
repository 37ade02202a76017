import type { Kysely, Transaction } from 'kysely';
import type { DataWiseStepStatus } from '../tables.js';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, forbidden, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { dataWiseSteps } from './data-wise-steps.js';
import { improvementRepo } from './improvement.repo.js';
import { presentTracker } from './improvement.present.js';
import { elementKindOf, loadStrategyOutline } from './plan-outline.js';

interface Scope {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  planId: string;
}

async function loadTracker(trx: Transaction<DB>, organizationId: string, planId: string, trackerId: string) {
  const tracker = await improvementRepo.findTracker(trx, organizationId, planId, trackerId);
  if (!tracker) throw notFound('Data Wise tracker');
  return presentTracker(tracker, await improvementRepo.listSteps(trx, organizationId, [tracker.id]));
}

/**
 * Only the tracker's creator, or someone who manages monitoring, changes it: a contributor
 * reaches the routes to work on their own trackers, not on everyone's.
 */
async function assertMayEdit(trx: Transaction<DB>, options: Scope & { trackerId: string; canManage: boolean }) {
  const tracker = await improvementRepo.findTracker(trx, options.organizationId, options.planId, options.trackerId);
  if (!tracker) throw notFound('Data Wise tracker');
  if (options.canManage) return;
  if (!options.actor.userId || tracker.created_by !== options.actor.userId) throw forbidden('Only the person who started this Data Wise tracker, or someone who manages monitoring, can change it');
}

/** Starts the Data Wise improvement cycle on a strategy: its eight steps, none started. */
export async function startDataWiseTracker(options: Scope & { values: { strategyKey: string; title: string; team: string } }) {
  const { db, actor, organizationId, planId, values } = options;
  elementKindOf(await loadStrategyOutline(db, organizationId, planId), values.strategyKey, '/strategyKey', ['strategy']);
  return inTransaction(db, async (trx) => {
    const row = await improvementRepo.insertTracker(trx, { organizationId, planId, userId: actor.userId, ...values }, dataWiseSteps.map((s) => s.number));
    const tracker = presentTracker(row, await improvementRepo.listSteps(trx, organizationId, [row.id]));
    await recordAuditEvent(trx, actor, { organizationId, action: 'data_wise.started', entityType: 'data_wise_tracker', entityId: tracker.id, after: { strategyKey: tracker.strategyKey, title: tracker.title, team: tracker.team } });
    return tracker;
  });
}

/** Renames the tracker's focus or changes its team (its creator or a monitoring manager). */
export async function updateDataWiseTracker(options: Scope & { trackerId: string; canManage: boolean; version: number; values: { title?: string; team?: string } }) {
  const { db, actor, organizationId, planId, trackerId, version, values } = options;
  return inTransaction(db, async (trx) => {
    await assertMayEdit(trx, options);
    const before = await loadTracker(trx, organizationId, planId, trackerId);
    const stale = () => new AppError('conflict', 'Someone else changed this tracker; review and try again', [], { current: before });
    if (before.version !== version) throw stale();
    if (!(await improvementRepo.updateTracker(trx, organizationId, trackerId, version, values))) throw stale();
    const after = await loadTracker(trx, organizationId, planId, trackerId);
    await recordAuditEvent(trx, actor, { organizationId, action: 'data_wise.changed', entityType: 'data_wise_tracker', entityId: trackerId, before: { title: before.title, team: before.team }, after: { title: after.title, team: after.team } });
    return after;
  });
}

/**
 * Records a step's status, notes and the date it was done. A step marked done is dated today
 * unless a date is given; a step that is not done has no date. Its creator or a monitoring manager only.
 */
export async function updateDataWiseStep(options: Scope & { trackerId: string; canManage: boolean; number: number; version: number; values: { status?: DataWiseStepStatus; notes?: string; doneOn?: string | null }; today?: string }) {
  const { db, actor, organizationId, planId, trackerId, number, version, values } = options;
  return inTransaction(db, async (trx) => {
    await assertMayEdit(trx, options);
    const tracker = await loadTracker(trx, organizationId, planId, trackerId);
    const before = tracker.steps.find((s) => s.number === number)!;
    if (before.version !== version) throw new AppError('conflict', 'Someone else changed this step; review and try again', [], { current: tracker });
    const status = values.status ?? before.status;
    if (status !== 'done' && values.doneOn) throw invalidInput('/doneOn', 'can be given only for a step that is done', { code: 'only_when_done' });
    const doneOn = status === 'done' ? (values.doneOn ?? before.doneOn ?? options.today ?? new Date().toISOString().slice(0, 10)) : null;
    const changed = await improvementRepo.updateStep(trx, organizationId, trackerId, number, version, { status: values.status, notes: values.notes, done_on: doneOn }, actor.userId);
    if (!changed) throw new AppError('conflict', 'Someone else changed this step; reload and try again');
    const after = await loadTracker(trx, organizationId, planId, trackerId);
    const step = after.steps.find((s) => s.number === number)!;
    const pick = (s: typeof step) => ({ number: s.number, status: s.status, notes: s.notes, doneOn: s.doneOn });
    await recordAuditEvent(trx, actor, { organizationId, action: 'data_wise.step_changed', entityType: 'data_wise_tracker', entityId: trackerId, before: pick(before), after: pick(step) });
    return after;
  });
}

/** Removes a tracker and its steps. */
export async function removeDataWiseTracker(options: Scope & { trackerId: string }) {
  const { db, actor, organizationId, planId, trackerId } = options;
  return inTransaction(db, async (trx) => {
    const before = await loadTracker(trx, organizationId, planId, trackerId);
    await improvementRepo.deleteTracker(trx, organizationId, trackerId);
    await recordAuditEvent(trx, actor, { organizationId, action: 'data_wise.removed', entityType: 'data_wise_tracker', entityId: trackerId, before });
  });
}
