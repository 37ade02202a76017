import type { MeasureStatusResult, RollUpResult } from './monitoring-types.js';

/**
 * How a board judges progress: on track, off track or stagnant, plus "no data" for what is not
 * out yet. Shared by the web's board view and the printed progress report, so a board member
 * reads the same call on screen and on paper.
 */
export type BoardCall = 'on_track' | 'off_track' | 'stagnant' | 'no_data';

export const boardCalls: readonly BoardCall[] = ['on_track', 'off_track', 'stagnant', 'no_data'];

/**
 * A measure as the board judges it: stagnant when its trend is flat or declining while it is not
 * achieved; otherwise on track when on track (or achieved), off track when at risk or off track.
 */
export function boardCallOfMeasure(status: Pick<MeasureStatusResult, 'status' | 'trend'>): BoardCall {
  if (status.status === 'no_data') return 'no_data';
  if (status.status === 'achieved') return 'on_track';
  if (status.trend === 'flat' || status.trend === 'declining') return 'stagnant';
  return status.status === 'on_track' ? 'on_track' : 'off_track';
}

/**
 * A goal as the board judges it, from its roll-up and its measures: no data while nothing has
 * data; stagnant when at least half of its measures with data are stagnant; on track when the
 * roll-up is on track; off track otherwise (at risk is not on track for a board).
 */
export function boardCallOfGoal(goal: { rollUp: Pick<RollUpResult, 'status'>; measures: readonly { status: Pick<MeasureStatusResult, 'status' | 'trend'> }[] }): BoardCall {
  const calls = goal.measures.map((measure) => boardCallOfMeasure(measure.status)).filter((call) => call !== 'no_data');
  if (goal.rollUp.status === 'no_data' && calls.length === 0) return 'no_data';
  const stagnant = calls.filter((call) => call === 'stagnant').length;
  if (calls.length > 0 && stagnant * 2 >= calls.length) return 'stagnant';
  if (goal.rollUp.status === 'on_track') return 'on_track';
  // A roll-up that counted nothing (its children have no data) defers to the measures that do.
  if (goal.rollUp.status === 'no_data') return calls.every((call) => call === 'on_track') ? 'on_track' : 'off_track';
  return 'off_track';
}

/** How many goals the board sees in each state: the summary line of a report. */
export function countBoardCalls(calls: readonly BoardCall[]): Record<BoardCall, number> {
  const counts: Record<BoardCall, number> = { on_track: 0, off_track: 0, stagnant: 0, no_data: 0 };
  for (const call of calls) counts[call] += 1;
  return counts;
}
