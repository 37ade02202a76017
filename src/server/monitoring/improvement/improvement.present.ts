import { dataWiseSteps } from './data-wise-steps.js';
import type { PdsaRow, StepRow, TrackerRow } from './improvement.repo.js';

const iso = (value: Date | string) => new Date(value).toISOString();

export function presentPdsaCycle(row: PdsaRow) {
  return {
    id: row.id,
    planId: row.plan_id,
    elementKey: row.element_key,
    elementKind: row.element_kind,
    number: row.number,
    previousCycleId: row.previous_cycle_id,
    nextCycleId: row.next_cycle_id,
    stage: row.stage,
    changeIdea: row.change_idea,
    prediction: row.prediction,
    measure: row.measure,
    startedOn: row.started_on,
    whatHappened: row.what_happened,
    studyFindings: row.study_findings,
    decision: row.decision,
    decisionNotes: row.decision_notes,
    decidedOn: row.decided_on,
    createdBy: row.created_by_name,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
  };
}
export type PresentedPdsaCycle = ReturnType<typeof presentPdsaCycle>;

/** A tracker with its eight steps in order, each named and placed in its stage. */
export function presentTracker(row: TrackerRow, steps: readonly StepRow[]) {
  const byNumber = new Map(steps.filter((s) => s.tracker_id === row.id).map((s) => [s.step, s]));
  return {
    id: row.id,
    planId: row.plan_id,
    strategyKey: row.strategy_key,
    title: row.title,
    team: row.team,
    steps: dataWiseSteps.map((step) => {
      const stored = byNumber.get(step.number);
      return { number: step.number, stage: step.stage, name: step.name, status: stored?.status ?? 'not_started', notes: stored?.notes ?? '', doneOn: stored?.done_on ?? null, version: stored?.version ?? 1 };
    }),
    createdById: row.created_by,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
  };
}
export type PresentedTracker = ReturnType<typeof presentTracker>;
