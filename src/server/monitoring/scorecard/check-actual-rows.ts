import type { ReportingCalendar } from '../../../core/monitoring/monitoring-types.js';
import type { PlanHeader } from '../../../core/plan/format/plan-tree.js';
import { allowedPeriodLabels } from './element-periods.js';
import type { MonitoredPlan } from './monitored-plan.js';
import type { MonitoringSettings } from '../updates/save-monitoring-settings.js';
import type { ActualRow } from './scorecard.repo.js';

export type ActualField = 'measure_key' | 'period' | 'subgroup' | 'value' | 'n';

/** One row of actuals to store; subgroup null is all students. */
export interface ActualInput {
  measureKey: string;
  period: string;
  subgroup: string | null;
  value: number | null;
  n: number | null;
}

export interface CheckedActual extends ActualInput {
  /** The row's place in the input. */
  index: number;
  periodEndsOn: string | null;
}

export interface RowProblem {
  index: number;
  field: ActualField;
  message: string;
}

/** "All students" spelled out in a file means the same as leaving the group empty. */
const ALL_STUDENTS = new Set(['', 'all', 'all students']);
export const normalizeSubgroup = (subgroup: string | null | undefined) => {
  const trimmed = subgroup?.trim() ?? '';
  return ALL_STUDENTS.has(trimmed.toLowerCase()) ? null : trimmed;
};

/**
 * Checks rows of actuals against the plan: the key must be a live measure of the plan, the period
 * one of that measure's allowed labels (allowedPeriodLabels), and a measure, period and group may
 * appear once. Answers every problem, by row and field, and the rows with their period end dates.
 */
export function checkActualRows(
  rows: readonly ActualInput[],
  context: { tree: MonitoredPlan; actuals: readonly ActualRow[]; planPeriod: PlanHeader['plan']['period']; settings: MonitoringSettings; calendar: ReportingCalendar; rowName: (index: number) => string },
): { checked: CheckedActual[]; problems: RowProblem[] } {
  const postedByMeasure = new Map<string, ActualRow[]>();
  for (const row of context.actuals) {
    const posted = postedByMeasure.get(row.measure_key) ?? [];
    posted.push(row);
    postedByMeasure.set(row.measure_key, posted);
  }
  const labelsByMeasure = new Map<string, Map<string, string | null>>();
  const labelsOf = (key: string) => {
    let labels = labelsByMeasure.get(key);
    if (!labels) {
      labels = allowedPeriodLabels(context.tree.measureByKey.get(key)!, postedByMeasure.get(key) ?? [], context.planPeriod, context.settings, context.calendar);
      labelsByMeasure.set(key, labels);
    }
    return labels;
  };

  const problems: RowProblem[] = [];
  const checked: CheckedActual[] = [];
  const firstIndex = new Map<string, number>();
  rows.forEach((row, index) => {
    if (!context.tree.measureByKey.has(row.measureKey)) {
      problems.push({ index, field: 'measure_key', message: 'is not a measure of this plan' });
      return;
    }
    const labels = labelsOf(row.measureKey);
    if (!labels.has(row.period)) {
      const examples = [...labels.keys()].slice(0, 6);
      const hint = examples.length ? `; use one of its periods, such as ${examples.join(', ')}` : '';
      problems.push({ index, field: 'period', message: `is not a reporting period of ${row.measureKey}${hint}` });
      return;
    }
    const identity = `${row.measureKey}\u0000${row.period}\u0000${row.subgroup ?? ''}`;
    const earlier = firstIndex.get(identity);
    if (earlier !== undefined) {
      problems.push({ index, field: 'subgroup', message: `repeats ${context.rowName(earlier)}: the same measure, period and group` });
      return;
    }
    firstIndex.set(identity, index);
    checked.push({ ...row, index, periodEndsOn: labels.get(row.period) ?? null });
  });
  return { checked, problems };
}
