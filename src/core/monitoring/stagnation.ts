import type { MeasureStatusResult, RollUpResult, RollUpStatus } from './monitoring-types.js';

/**
 * "Stagnant", the board's word (Student Outcomes Focused Governance judges goals on track, off
 * track or stagnant), kept as a fact shown beside the status, never as a status of its own: a
 * goal is "at risk" on the dashboard, the board view, the public site, check-in agendas and
 * every document, because one rule (the roll-up) decides it; a board also reads that it is stuck.
 */

/** A measure is stagnant when it has data, is not achieved, and its trend is flat or declining. */
export function isMeasureStagnant(status: Pick<MeasureStatusResult, 'status' | 'trend'>): boolean {
  if (status.status === 'no_data' || status.status === 'achieved') return false;
  return status.trend === 'flat' || status.trend === 'declining';
}

/** A goal is stagnant when at least half of its measures with data are. */
export function isGoalStagnant(goal: { measures: readonly { status: Pick<MeasureStatusResult, 'status' | 'trend'> }[] }): boolean {
  const withData = goal.measures.filter((measure) => measure.status.status !== 'no_data');
  const stagnant = withData.filter((measure) => isMeasureStagnant(measure.status)).length;
  return withData.length > 0 && stagnant * 2 >= withData.length;
}

/** The order statuses are listed in a summary: good news first, "no data yet" last. */
export const goalStatusOrder: readonly RollUpStatus[] = ['on_track', 'at_risk', 'off_track', 'no_data'];

/** How many goals are in each status, and how many of them are stagnant: the summary line of a report or a board view. */
export function countGoalStatuses(goals: readonly { rollUp: Pick<RollUpResult, 'status'>; measures: readonly { status: Pick<MeasureStatusResult, 'status' | 'trend'> }[] }[]) {
  const counts: Record<RollUpStatus, number> = { on_track: 0, at_risk: 0, off_track: 0, no_data: 0 };
  let stagnant = 0;
  for (const goal of goals) {
    counts[goal.rollUp.status] += 1;
    if (isGoalStagnant(goal)) stagnant += 1;
  }
  return { counts, stagnant };
}
