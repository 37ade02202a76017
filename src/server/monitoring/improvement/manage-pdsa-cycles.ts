import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { improvementRepo, type PdsaValues } from './improvement.repo.js';
import { presentPdsaCycle } from './improvement.present.js';
import { elementKindOf, loadStrategyOutline } from './plan-outline.js';

interface Scope {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  planId: string;
}

export interface PdsaChanges {
  stage?: 'plan' | 'do' | 'study' | 'act';
  changeIdea?: string;
  prediction?: string;
  measure?: string;
  startedOn?: string | null;
  whatHappened?: string;
  studyFindings?: string;
  decision?: 'adopt' | 'adapt' | 'abandon' | null;
  decisionNotes?: string;
  decidedOn?: string | null;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Starts a PDSA cycle on a strategy or an action of the plan: the change idea, the prediction, the measure. */
export async function startPdsaCycle(options: Scope & { values: { elementKey: string; changeIdea: string; prediction: string; measure: string; startedOn: string | null } }) {
  const { db, actor, organizationId, planId, values } = options;
  const elementKind = elementKindOf(await loadStrategyOutline(db, organizationId, planId), values.elementKey, '/elementKey');
  return inTransaction(db, async (trx) => {
    const row = await improvementRepo.insertPdsaCycle(trx, { organizationId, planId, elementKind, previousCycleId: null, number: 1, userId: actor.userId, ...values });
    const cycle = presentPdsaCycle(row);
    await recordAuditEvent(trx, actor, { organizationId, action: 'pdsa.started', entityType: 'pdsa_cycle', entityId: cycle.id, after: cycle });
    return cycle;
  });
}

/**
 * Records the cycle's work: plan, do, study, act. Choosing adopt, adapt or abandon moves the cycle
 * to "act" and dates the decision (today unless given); clearing the decision clears its date.
 */
export async function updatePdsaCycle(options: Scope & { pdsaCycleId: string; version: number; changes: PdsaChanges; today?: string }) {
  const { db, actor, organizationId, planId, pdsaCycleId, version, changes } = options;
  return inTransaction(db, async (trx) => {
    const before = await improvementRepo.findPdsaCycle(trx, organizationId, planId, pdsaCycleId);
    if (!before) throw notFound('PDSA cycle');
    const stale = () => new AppError('conflict', 'Someone else changed this cycle; review and try again', [], { current: presentPdsaCycle(before) });
    if (before.version !== version) throw stale();
    const values: PdsaValues = {
      stage: changes.stage,
      change_idea: changes.changeIdea,
      prediction: changes.prediction,
      measure: changes.measure,
      started_on: changes.startedOn,
      what_happened: changes.whatHappened,
      study_findings: changes.studyFindings,
      decision: changes.decision,
      decision_notes: changes.decisionNotes,
      decided_on: changes.decidedOn,
    };
    if (changes.decision) {
      values.stage ??= 'act';
      if (changes.decidedOn === undefined && !before.decided_on) values.decided_on = options.today ?? today();
    } else if (changes.decision === null) {
      values.decided_on = null;
    }
    const defined = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as PdsaValues;
    if (!(await improvementRepo.updatePdsaCycle(trx, organizationId, pdsaCycleId, version, defined))) throw stale();
    const after = presentPdsaCycle((await improvementRepo.findPdsaCycle(trx, organizationId, planId, pdsaCycleId))!);
    const beforePresented = presentPdsaCycle(before);
    const changed = Object.keys(changes) as Array<keyof PdsaChanges>;
    const pick = (cycle: typeof after) => Object.fromEntries([...changed, 'stage', 'decidedOn'].map((key) => [key, cycle[key as keyof typeof cycle]]));
    const action = changes.decision && changes.decision !== before.decision ? 'pdsa.decided' : 'pdsa.changed';
    await recordAuditEvent(trx, actor, { organizationId, action, entityType: 'pdsa_cycle', entityId: pdsaCycleId, before: pick(beforePresented), after: pick(after) });
    return after;
  });
}

/**
 * Starts the cycle that follows one the team decided to adopt or adapt: same element, the change
 * idea carried over to be refined, linked back. An abandoned change ends its line; a cycle is
 * followed by one cycle at most.
 */
export async function startNextPdsaCycle(options: Scope & { pdsaCycleId: string }) {
  const { db, actor, organizationId, planId, pdsaCycleId } = options;
  return inTransaction(db, async (trx) => {
    const previous = await improvementRepo.findPdsaCycle(trx, organizationId, planId, pdsaCycleId);
    if (!previous) throw notFound('PDSA cycle');
    if (previous.next_cycle_id) {
      const next = await improvementRepo.findPdsaCycle(trx, organizationId, planId, previous.next_cycle_id);
      throw new AppError('already_exists', 'This cycle already has a next cycle', [], { current: next ? presentPdsaCycle(next) : null });
    }
    if (previous.decision !== 'adopt' && previous.decision !== 'adapt') {
      throw new AppError('conflict', 'Decide to adopt or adapt the change before starting the next cycle (an abandoned change ends here)', [], { current: presentPdsaCycle(previous) });
    }
    const row = await improvementRepo.insertPdsaCycle(trx, {
      organizationId,
      planId,
      elementKey: previous.element_key,
      elementKind: previous.element_kind,
      previousCycleId: previous.id,
      number: previous.number + 1,
      userId: actor.userId,
      changeIdea: previous.change_idea,
      prediction: '',
      measure: previous.measure,
      startedOn: null,
    });
    const cycle = presentPdsaCycle(row);
    await recordAuditEvent(trx, actor, { organizationId, action: 'pdsa.next_started', entityType: 'pdsa_cycle', entityId: cycle.id, after: cycle });
    return cycle;
  });
}

/** Removes a cycle; the cycle after it, if any, stays and no longer points back. */
export async function removePdsaCycle(options: Scope & { pdsaCycleId: string }) {
  const { db, actor, organizationId, planId, pdsaCycleId } = options;
  return inTransaction(db, async (trx) => {
    const before = await improvementRepo.findPdsaCycle(trx, organizationId, planId, pdsaCycleId);
    if (!before) throw notFound('PDSA cycle');
    await improvementRepo.deletePdsaCycle(trx, organizationId, pdsaCycleId);
    await recordAuditEvent(trx, actor, { organizationId, action: 'pdsa.removed', entityType: 'pdsa_cycle', entityId: pdsaCycleId, before: presentPdsaCycle(before) });
  });
}
