/**
 * The plain data that monitoring's pure rules work on: reporting periods, actual values, computed
 * statuses and roll-ups. Shared by the server (scorecard, reminders, exports), the web app and the
 * public pages, so every screen says the same thing about a measure.
 */

export type Cadence = 'annual' | 'semester' | 'quarterly' | 'monthly' | 'weekly';
export type YearBasis = 'school' | 'fiscal';
export type Direction = 'increase' | 'decrease' | 'at_least' | 'at_most' | 'maintain' | 'range';

/** The district's reporting calendar. Months are 1-12. */
export interface ReportingCalendar {
  yearBasis: YearBasis;
  schoolYearStartMonth: number;
  fiscalYearStartMonth: number;
}

/** When updates are due after a period ends; actions (the lower level) are due before measures. */
export interface DueRules {
  measureDueDays: number;
  actionDueDays: number;
}

/** One reporting period. Dates are `YYYY-MM-DD`, so no time zone moves them. */
export interface ReportingPeriod {
  /** As the district reads it: '2025-26', '2025-26 S1', '2025-26 Q2', '2025-09', 'FY2026', 'FY2026 Q1', 'Week of 2025-09-01'. */
  label: string;
  startsOn: string;
  endsOn: string;
}

/** A period with the dates an update for it is due and stops being accepted through a link. */
export interface ScheduledPeriod extends ReportingPeriod {
  dueOn: string;
  /** The day the next period's update falls due: a mailed link for this period is good until then. */
  closesOn: string;
}

/** A value of the format (baseline, target or actual). `subgroup` null or absent is all students. */
export interface PeriodValue {
  period: { label: string; ends_on?: string };
  value: number | null;
  raw?: string;
  note?: string;
  subgroup?: string;
  n?: number;
}

/** What a measure's status is computed from: the measure's fields as the format has them. */
export interface MeasureForStatus {
  direction?: Direction;
  range?: { min?: number; max?: number };
  baseline?: PeriodValue;
  targets?: readonly PeriodValue[];
  actuals?: readonly PeriodValue[];
}

export type MeasureStatus = 'achieved' | 'on_track' | 'at_risk' | 'off_track' | 'no_data';
export type Trend = 'improving' | 'flat' | 'declining' | 'unknown';

/** A plan's own thresholds. */
export interface StatusRules {
  /** At risk when the actual made at least this share (0-1) of the progress expected from the baseline. */
  atRiskProgress: number;
}

export const defaultStatusRules: StatusRules = { atRiskProgress: 0.5 };

export interface MeasureStatusResult {
  status: MeasureStatus;
  /** The period judged: the latest all-students actual with a number, null when there is none. */
  period: { label: string; ends_on?: string } | null;
  expected: number | null;
  actual: number | null;
  finalTarget: number | null;
  trend: Trend;
  /** Why, in a few words a tooltip can show (English; the web translates by status). */
  reason: string;
}

/** What a roll-up counts; actions report their own status. */
export type RollUpStatus = 'on_track' | 'at_risk' | 'off_track' | 'no_data';

export interface RollUpChild {
  key: string;
  kind: 'measure' | 'strategy' | 'action';
  status: MeasureStatus | RollUpStatus | 'not_started' | 'complete' | 'canceled';
  weight?: number;
}

export interface RollUpResult {
  status: RollUpStatus;
  /** Weighted share of progress, 0-1, or null when no child has data. */
  score: number | null;
  counts: { onTrack: number; atRisk: number; offTrack: number; noData: number; total: number };
  /** "3 of 4 measures on track" style summary, per kind, in English. */
  explanation: string;
}

/** One cell of a measure's results for one period: all students (subgroup null) or one group. */
export interface ResultCell {
  subgroup: string | null;
  value: number | null;
  n: number | null;
}
// What may be published of such cells, and why a value is withheld, is protect-results.ts's.
