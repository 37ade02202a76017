import type { MeasureStatus, MeasureStatusResult, RollUpResult, RollUpStatus } from '../../../../core/monitoring/monitoring-types';

/**
 * How statuses look and what the board calls them. Red, amber and green carry an icon and words
 * too; "no data yet" is grey and neutral, because data that is not out yet is not a failure.
 */

export type StatusTone = 'info' | 'success' | 'warning' | 'danger' | 'neutral';
export type StatusIconName = 'achieved' | 'check' | 'warning' | 'cross' | 'pending' | 'stagnant' | 'done' | 'canceled';

export interface StatusLook {
  tone: StatusTone;
  icon: StatusIconName;
}

export const measureStatusLook: Record<MeasureStatus, StatusLook> = {
  achieved: { tone: 'info', icon: 'achieved' },
  on_track: { tone: 'success', icon: 'check' },
  at_risk: { tone: 'warning', icon: 'warning' },
  off_track: { tone: 'danger', icon: 'cross' },
  no_data: { tone: 'neutral', icon: 'pending' },
};

export const rollUpStatusLook: Record<RollUpStatus, StatusLook> = {
  on_track: measureStatusLook.on_track,
  at_risk: measureStatusLook.at_risk,
  off_track: measureStatusLook.off_track,
  no_data: measureStatusLook.no_data,
};

/** Action statuses as owners report them; anything else a plan wrote is shown as it is, in grey. */
export const actionStatuses = ['not_started', 'on_track', 'at_risk', 'off_track', 'complete', 'canceled'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const actionStatusLook: Record<ActionStatus, StatusLook> = {
  not_started: { tone: 'neutral', icon: 'pending' },
  on_track: measureStatusLook.on_track,
  at_risk: measureStatusLook.at_risk,
  off_track: measureStatusLook.off_track,
  complete: { tone: 'info', icon: 'done' },
  canceled: { tone: 'neutral', icon: 'canceled' },
};

export function isActionStatus(value: string | null): value is ActionStatus {
  return value !== null && (actionStatuses as readonly string[]).includes(value);
}

/** The board's three calls, plus grey for what has no data yet. */
export type BoardCall = 'on_track' | 'off_track' | 'stagnant' | 'no_data';

export const boardCallLook: Record<BoardCall, StatusLook> = {
  on_track: measureStatusLook.on_track,
  off_track: measureStatusLook.off_track,
  stagnant: { tone: 'warning', icon: 'stagnant' },
  no_data: measureStatusLook.no_data,
};

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
  if (goal.rollUp.status === 'no_data') return calls.every((call) => call === 'on_track') ? 'on_track' : 'off_track';
  return 'off_track';
}

/** The numbers behind a roll-up's explanation: how many counted children are in each state. */
export function rollUpParts(counts: RollUpResult['counts']) {
  const counted = counts.onTrack + counts.atRisk + counts.offTrack;
  return { onTrack: counts.onTrack, atRisk: counts.atRisk, offTrack: counts.offTrack, counted, noData: counts.noData };
}
