import { describe, expect, it } from 'vitest';
import type { PhaseSlot } from '../process/layout-timeline.js';
import { countDeliverables, districtProgress, expectedPhaseIndex, type ProgressDeliverable, type ProgressPhase } from './cohort-progress.js';

// Louisiana from 2026-08-03: phases of 4, 6, 11 and 4 weeks.
const timeline: PhaseSlot[] = [
  { phaseId: 'foundation', name: 'Lay the foundation', startDate: '2026-08-03', endDate: '2026-08-30', days: 28 },
  { phaseId: 'diagnose', name: 'Diagnose', startDate: '2026-08-31', endDate: '2026-10-11', days: 42 },
  { phaseId: 'plan', name: 'Develop the plan', startDate: '2026-10-12', endDate: '2026-12-27', days: 77 },
  { phaseId: 'implement', name: 'Plan for implementation', startDate: '2026-12-28', endDate: '2027-01-24', days: 28 },
];

/** The district's copy of the four phases, the first `closed` of them closed. */
const phases = (closed: number, extra: ProgressPhase[] = []): ProgressPhase[] => [
  ...timeline.map((slot, position) => ({ key: slot.phaseId, position, name: slot.name, isClosed: position < closed })),
  ...extra,
];

const deliverable = (letter: string, values: Partial<ProgressDeliverable> = {}): ProgressDeliverable => ({
  id: `id-${letter}`,
  key: `key-${letter}`,
  letter,
  name: `Deliverable ${letter}`,
  status: 'not_started',
  reviewState: 'none',
  dueDate: '2026-09-01',
  ...values,
});

describe('expectedPhaseIndex', () => {
  it.each([
    ['2026-08-02', -1],
    ['2026-08-03', 0],
    ['2026-08-30', 0],
    ['2026-08-31', 1],
    ['2026-12-27', 2],
    ['2027-01-24', 3],
    ['2027-01-25', 4],
  ])('on %s expects phase index %i', (today, index) => {
    expect(expectedPhaseIndex(timeline, today)).toBe(index);
  });

  it('expects nothing of an empty timeline', () => {
    expect(expectedPhaseIndex([], '2026-09-01')).toBe(-1);
  });
});

describe('districtProgress verdicts', () => {
  it.each([
    // [case, closed phases, today, verdict, phases apart, current phase key, expected phase key]
    ['before the start, nothing closed', 0, '2026-07-01', 'not_started', 0, 'foundation', null],
    ['before the start, first phase closed early', 1, '2026-07-01', 'ahead', 1, 'diagnose', null],
    ['in the first phase, working on it', 0, '2026-08-10', 'on_track', 0, 'foundation', 'foundation'],
    ['in the second phase, first closed', 1, '2026-09-10', 'on_track', 0, 'diagnose', 'diagnose'],
    ['in the second phase, nothing closed', 0, '2026-09-10', 'behind', 1, 'foundation', 'diagnose'],
    ['in the third phase, nothing closed', 0, '2026-11-01', 'behind', 2, 'foundation', 'plan'],
    ['in the first phase, two closed', 2, '2026-08-10', 'ahead', 2, 'plan', 'foundation'],
    ['after the end, three closed', 3, '2027-03-01', 'behind', 1, 'implement', null],
    ['every phase closed', 4, '2026-12-01', 'finished', 0, null, 'plan'],
  ] as const)('%s', (_name, closed, today, verdict, apart, currentKey, expectedKey) => {
    const result = districtProgress({ timeline, cycle: { phases: phases(closed), deliverables: [] }, today });
    expect(result.verdict).toBe(verdict);
    expect(result.phasesApart).toBe(apart);
    expect(result.currentPhase?.key ?? null).toBe(currentKey);
    expect(result.expectedPhase?.key ?? null).toBe(expectedKey);
  });

  it('says no_cycle without a cycle, and still names the expected phase', () => {
    const result = districtProgress({ timeline, cycle: null, today: '2026-09-10' });
    expect(result).toMatchObject({ verdict: 'no_cycle', currentPhase: null, expectedPhase: { key: 'diagnose', index: 1 }, overdue: [], waitingReview: [] });
    expect(result.counts.total).toBe(0);
  });

  it('goes by position, not by the order the phases are listed', () => {
    const shuffled = [...phases(1)].reverse();
    expect(districtProgress({ timeline, cycle: { phases: shuffled, deliverables: [] }, today: '2026-09-10' }).verdict).toBe('on_track');
  });

  it('places a phase the district added after the template phases before it', () => {
    // The district inserted its own phase after the first and works in it: it counts as the second.
    const own: ProgressPhase[] = [
      { key: 'foundation', position: 0, name: 'Lay the foundation', isClosed: true },
      { key: null, position: 1, name: 'Our community forum', isClosed: false },
      { key: 'diagnose', position: 2, name: 'Diagnose', isClosed: false },
    ];
    const result = districtProgress({ timeline, cycle: { phases: own, deliverables: [] }, today: '2026-09-10' });
    expect(result.currentPhase).toEqual({ key: null, name: 'Our community forum', index: 1 });
    expect(result.verdict).toBe('on_track');
  });
});

describe('districtProgress deliverables', () => {
  const today = '2026-09-10';
  const cycle = {
    phases: phases(1),
    deliverables: [
      deliverable('A', { status: 'complete', reviewState: 'approved', dueDate: '2026-08-09' }),
      deliverable('B', { status: 'in_progress', dueDate: '2026-08-30' }),
      deliverable('C', { status: 'in_review', dueDate: '2026-09-30' }),
      deliverable('D', { status: 'in_review', reviewState: 'approved', dueDate: '2026-09-30' }),
      deliverable('E', { status: 'in_progress', reviewState: 'changes_requested', dueDate: '2026-09-09' }),
      deliverable('F', { status: 'not_started', dueDate: '2026-09-10' }),
      deliverable('G', { status: 'in_review', dueDate: '2026-08-20' }),
    ],
  };

  it('counts by status and by review outcome', () => {
    expect(districtProgress({ timeline, cycle, today }).counts).toEqual({ notStarted: 1, inProgress: 2, inReview: 3, complete: 1, approved: 2, changesRequested: 1, total: 7 });
  });

  it('lists as overdue what is due before today and not complete, oldest first', () => {
    // F is due today, so not yet overdue; A is complete.
    expect(districtProgress({ timeline, cycle, today }).overdue.map((d) => d.letter)).toEqual(['G', 'B', 'E']);
  });

  it('lists as waiting review what is in review without a sign-off', () => {
    const result = districtProgress({ timeline, cycle, today });
    expect(result.waitingReview.map((d) => d.letter)).toEqual(['C', 'G']);
    expect(result.deliverables.find((d) => d.letter === 'D')).toMatchObject({ isWaitingReview: false, isOverdue: false });
  });

  it.each([
    [[], { notStarted: 0, inProgress: 0, inReview: 0, complete: 0, approved: 0, changesRequested: 0, total: 0 }],
    [[{ status: 'complete', reviewState: 'none' }], { notStarted: 0, inProgress: 0, inReview: 0, complete: 1, approved: 0, changesRequested: 0, total: 1 }],
    [[{ status: 'in_progress', reviewState: 'changes_requested' }, { status: 'not_started', reviewState: 'none' }], { notStarted: 1, inProgress: 1, inReview: 0, complete: 0, approved: 0, changesRequested: 1, total: 2 }],
  ] as const)('countDeliverables(%j)', (rows, counts) => {
    expect(countDeliverables(rows)).toEqual(counts);
  });
});
