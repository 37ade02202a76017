import { withQuery } from '../../app/api';
import type { MeasureStatusResult, PeriodValue, RollUpResult } from '../../../core/monitoring/monitoring-types';

/** The monitoring endpoints of one plan, as the scorecard area of the server answers them. */
export const progressApi = {
  scorecard: (planId: string) => `/api/plans/${planId}/scorecard`,
  series: (planId: string, measureKey: string) => `/api/plans/${planId}/measures/${encodeURIComponent(measureKey)}/series`,
  coverage: (planId: string) => `/api/plans/${planId}/coverage`,
  settings: (planId: string) => `/api/plans/${planId}/monitoring`,
  actuals: (planId: string) => `/api/plans/${planId}/actuals`,
  preview: (planId: string) => `/api/plans/${planId}/actuals/preview`,
  downloadCsv: (planId: string) => `/api/plans/${planId}/actuals.csv`,
  downloadXlsx: (planId: string) => `/api/plans/${planId}/actuals.xlsx`,
  // lang: a download is a plain link, so the page names its language (the browser's Accept-Language may differ).
  reportDocx: (planId: string, period: string, lang: string) => withQuery(`/api/plans/${planId}/progress-report.docx`, { period: period.trim(), lang }),
  reportPdf: (planId: string, period: string, lang: string) => withQuery(`/api/plans/${planId}/progress-report.pdf`, { period: period.trim(), lang }),
};

export interface PersonRef {
  userId: string;
  name: string;
}

export interface LatestNarrative {
  periodLabel: string;
  happened: string | null;
  why: string | null;
  nextSteps: string | null;
  author: string;
  createdAt: string;
}

export interface ScoreMeasure {
  key: string;
  name: string;
  unit?: string;
  unitLabel?: string;
  direction?: string;
  cadence?: string;
  owner: PersonRef | null;
  status: MeasureStatusResult;
  /** Targets and actuals come with the chart (MeasureSeries). */
  baseline: PeriodValue | null;
  /** Each group's judgement in brief. */
  groups: { subgroup: string; status: Pick<MeasureStatusResult, 'status' | 'expected' | 'actual' | 'trend'> }[];
  latestNarrative: LatestNarrative | null;
}

/** One measure's baseline, targets and every actual, loaded when its chart opens. */
export interface MeasureSeries {
  key: string;
  name: string;
  baseline: PeriodValue | null;
  targets: PeriodValue[];
  actuals: PeriodValue[];
}

export interface ScoreAction {
  key: string;
  title: string;
  owner: PersonRef | null;
  due?: string;
  /** The one status every view shows (off track once overdue); reportedStatus is what the owner said. */
  status: string | null;
  reportedStatus: string | null;
  percentComplete: number | null;
  isOverdue: boolean;
  latestNarrative: LatestNarrative | null;
}

export interface ScoreStrategy {
  key: string;
  title: string;
  rollUp: RollUpResult;
  measures: ScoreMeasure[];
  actions: ScoreAction[];
}

export type GoalKind = 'goal' | 'interim_goal' | 'guardrail';

export interface ScoreGoal {
  key: string;
  kind: GoalKind;
  title: string;
  /** The goal's status, from its outcome measures only. */
  rollUp: RollUpResult;
  /** Its strategies' implementation, shown beside the status, never mixed in. */
  implementation: RollUpResult;
  measures: ScoreMeasure[];
  strategies: ScoreStrategy[];
}

export interface Scorecard {
  planId: string;
  title: string;
  lifecycle: string;
  today: string;
  rules: { atRiskProgress: number };
  levelNames: { goal: string; measure: string; strategy: string; action: string };
  goals: ScoreGoal[];
}

export type CoverageKind = 'measure' | 'action';

export interface Coverage {
  unowned: { key: string; kind: CoverageKind; name: string }[];
  neverUpdated: { key: string; kind: CoverageKind; name: string; owner: PersonRef | null }[];
  overdue: { key: string; kind: CoverageKind; name: string; owner: PersonRef | null; periodLabel: string; dueOn: string; daysOverdue: number }[];
  byOwner: { userId: string; name: string; owned: number; overdue: number; neverUpdated: number }[];
  byGoal: { goalKey: string; title: string; owned: number; unowned: number; overdue: number; neverUpdated: number }[];
}

export interface MonitoringThresholds {
  atRiskProgress: number;
  weights: Record<string, number>;
  version: number;
}

export interface ActualRow {
  measure_key: string;
  period: string;
  subgroup?: string | null;
  value: number | null;
  n?: number | null;
}

export interface PreviewRow {
  row: number;
  measureKey: string;
  period: string;
  subgroup: string | null;
  value: number | null;
  n: number | null;
  change: 'new' | 'changed' | 'same';
  previous: number | null;
}

export interface ActualsPreview {
  rows: PreviewRow[];
  errors: { row: number; column: string; message: string }[];
}

/** The JSON rows of POST /actuals, from the rows a preview read out of the file. */
export function rowsToApply(rows: readonly PreviewRow[]): ActualRow[] {
  return rows.map((row) => ({ measure_key: row.measureKey, period: row.period, subgroup: row.subgroup, value: row.value, n: row.n }));
}
