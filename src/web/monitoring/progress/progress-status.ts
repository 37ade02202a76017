import type { MeasureStatus, RollUpResult, RollUpStatus } from '../../../core/monitoring/monitoring-types';

export { isGoalStagnant, isMeasureStagnant, countGoalStatuses, goalStatusOrder } from '../../../core/monitoring/stagnation';

/**
 * How statuses look. Red, amber and green carry an icon and words
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

/** "Stagnant" is shown beside a status (never instead of it): see src/core/monitoring/stagnation.ts. */
export const stagnantLook: StatusLook = { tone: 'warning', icon: 'stagnant' };

/** The numbers behind a roll-up's explanation: how many counted children are in each state. */
export function rollUpParts(counts: RollUpResult['counts']) {
  const counted = counts.onTrack + counts.atRisk + counts.offTrack;
  return { onTrack: counts.onTrack, atRisk: counts.atRisk, offTrack: counts.offTrack, counted, noData: counts.noData };
}
