import type { PhaseSlot } from '../process/layout-timeline.js';

/*
 * Where each district of a cohort stands against the cohort's shared timeline: the phase it works
 * in beside the phase the timeline expects today, and its deliverables by status, overdue and
 * waiting for review. Pure, so the dashboard, its spreadsheet and the web read the same verdicts.
 */

export type DeliverableStatus = 'not_started' | 'in_progress' | 'in_review' | 'complete';
export type ReviewState = 'none' | 'approved' | 'changes_requested';

export interface ProgressPhase {
  /** The template's phase id it was copied from; null for a phase the district added. */
  key: string | null;
  position: number;
  name: string;
  isClosed: boolean;
}

export interface ProgressDeliverable {
  id: string;
  key: string | null;
  letter: string | null;
  name: string;
  status: DeliverableStatus;
  reviewState: ReviewState;
  dueDate: string;
}

export interface CycleProgressInput {
  phases: readonly ProgressPhase[];
  deliverables: readonly ProgressDeliverable[];
}

/**
 * no_cycle: the district has no cycle yet (invited, or enrolled without one);
 * not_started: the shared timeline has not begun and the district closed nothing;
 * finished: every phase of the district's cycle is closed.
 */
export type Verdict = 'no_cycle' | 'not_started' | 'ahead' | 'on_track' | 'behind' | 'finished';

export interface PhaseRef {
  key: string | null;
  name: string;
  /** 0-based place on the shared timeline (or in the district's cycle for a phase it added). */
  index: number;
}

export interface DeliverableCounts {
  notStarted: number;
  inProgress: number;
  inReview: number;
  complete: number;
  approved: number;
  changesRequested: number;
  total: number;
}

export interface DeliverableProgress extends ProgressDeliverable {
  isOverdue: boolean;
  isWaitingReview: boolean;
}

export interface DistrictProgress {
  verdict: Verdict;
  /** How many phases ahead or behind; 0 otherwise. */
  phasesApart: number;
  /** The first phase not closed; null without a cycle or when every phase is closed. */
  currentPhase: PhaseRef | null;
  /** The phase of the shared timeline that holds today; null before it starts and after it ends. */
  expectedPhase: PhaseRef | null;
  counts: DeliverableCounts;
  deliverables: DeliverableProgress[];
  overdue: DeliverableProgress[];
  waitingReview: DeliverableProgress[];
}

/**
 * The index of the shared timeline's phase that holds `today`: -1 before the first phase starts,
 * `phases.length` after the last ends (every phase is then expected closed).
 */
export function expectedPhaseIndex(timeline: readonly PhaseSlot[], today: string): number {
  if (!timeline.length || today < timeline[0]!.startDate) return -1;
  const index = timeline.findIndex((phase) => today >= phase.startDate && today <= phase.endDate);
  return index === -1 ? timeline.length : index;
}

/** Counts by status, and the two review outcomes, which sit beside the status (an approved deliverable may still be in review). */
export function countDeliverables(deliverables: readonly Pick<ProgressDeliverable, 'status' | 'reviewState'>[]): DeliverableCounts {
  const counts: DeliverableCounts = { notStarted: 0, inProgress: 0, inReview: 0, complete: 0, approved: 0, changesRequested: 0, total: deliverables.length };
  for (const deliverable of deliverables) {
    if (deliverable.status === 'not_started') counts.notStarted += 1;
    else if (deliverable.status === 'in_progress') counts.inProgress += 1;
    else if (deliverable.status === 'in_review') counts.inReview += 1;
    else counts.complete += 1;
    if (deliverable.reviewState === 'approved') counts.approved += 1;
    else if (deliverable.reviewState === 'changes_requested') counts.changesRequested += 1;
  }
  return counts;
}

/**
 * One district against the shared timeline. The district's current phase is its first phase not
 * closed, by position; it is placed on the shared timeline by the template phase it was copied from,
 * so a phase the district added does not shift the comparison (such a phase counts where it sits
 * among the template's). Overdue: due before today and not complete. Waiting review: sent to review
 * and not signed off since (sending it again clears the last sign-off).
 */
export function districtProgress(options: { timeline: readonly PhaseSlot[]; cycle: CycleProgressInput | null; today: string }): DistrictProgress {
  const { timeline, cycle, today } = options;
  const expectedIndex = expectedPhaseIndex(timeline, today);
  const expectedSlot = timeline[expectedIndex];
  const expectedPhase = expectedSlot ? { key: expectedSlot.phaseId, name: expectedSlot.name, index: expectedIndex } : null;
  if (!cycle) {
    return { verdict: 'no_cycle', phasesApart: 0, currentPhase: null, expectedPhase, counts: countDeliverables([]), deliverables: [], overdue: [], waitingReview: [] };
  }

  const deliverables = cycle.deliverables.map((deliverable) => ({
    ...deliverable,
    isOverdue: deliverable.dueDate < today && deliverable.status !== 'complete',
    isWaitingReview: deliverable.status === 'in_review' && deliverable.reviewState === 'none',
  }));
  const base = {
    expectedPhase,
    counts: countDeliverables(deliverables),
    deliverables,
    overdue: deliverables.filter((d) => d.isOverdue).sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    waitingReview: deliverables.filter((d) => d.isWaitingReview),
  };

  const phases = [...cycle.phases].sort((a, b) => a.position - b.position);
  const currentAt = phases.findIndex((phase) => !phase.isClosed);
  const timelineIndexOf = (at: number) => {
    // The template phases before it (and itself, when it is one) place it on the shared timeline.
    const templatePhasesBefore = phases.slice(0, at).filter((phase) => phase.key !== null && timeline.some((slot) => slot.phaseId === phase.key)).length;
    const own = timeline.findIndex((slot) => slot.phaseId === phases[at]?.key);
    return own === -1 ? templatePhasesBefore : own;
  };
  if (currentAt === -1) {
    return { ...base, verdict: phases.length ? 'finished' : 'no_cycle', phasesApart: 0, currentPhase: null };
  }
  const current = phases[currentAt]!;
  const currentIndex = timelineIndexOf(currentAt);
  const currentPhase = { key: current.key, name: current.name, index: currentIndex };
  const closedAny = currentAt > 0;
  if (expectedIndex === -1 && !closedAny) return { ...base, verdict: 'not_started', phasesApart: 0, currentPhase };
  const apart = currentIndex - Math.max(expectedIndex, 0);
  const verdict: Verdict = apart > 0 ? 'ahead' : apart < 0 ? 'behind' : 'on_track';
  return { ...base, verdict, phasesApart: Math.abs(apart), currentPhase };
}
