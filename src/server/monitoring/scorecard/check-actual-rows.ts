import { groupNamesOfMeasure, resultGroupName, type GroupNameMatch } from '../../../core/monitoring/district-student-groups.js';
import type { FieldIssueCode } from '../../../core/platform/field-issues.js';
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
  /** A stable code, so the web can say it in the reader's language (src/core/platform/field-issues.ts). */
  code?: FieldIssueCode;
  params?: Record<string, string | number>;
}

/** "All students" spelled out in a file means the same as leaving the group empty. */
const ALL_STUDENTS = new Set(['', 'all', 'all students']);
export const normalizeSubgroup = (subgroup: string | null | undefined) => {
  const trimmed = subgroup?.trim() ?? '';
  return ALL_STUDENTS.has(trimmed.toLowerCase()) ? null : trimmed;
};

/**
 * Checks rows of actuals against the plan: the key must be a live measure of the plan, the period
 * one of that measure's allowed labels (allowedPeriodLabels), the group one the measure already
 * names or one of the district's list (another name of a listed group is written as the measure
 * already writes that group, else as the list does, so results line up with targets; a name on no
 * list is refused, since a typo would split the data), and a measure, period and group may appear
 * once. Answers every problem, by row and field, and the rows with their period end dates.
 */
export function checkActualRows(
  rows: readonly ActualInput[],
  context: {
    tree: MonitoredPlan;
    actuals: readonly ActualRow[];
    planPeriod: PlanHeader['plan']['period'];
    settings: MonitoringSettings;
    calendar: ReportingCalendar;
    rowName: (index: number) => string;
    /** The district's student groups (districtGroupMatcher). */
    groups: (name: string) => GroupNameMatch;
  },
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

  const usedByMeasure = new Map<string, Set<string>>();
  const groupsUsedBy = (key: string) => {
    let used = usedByMeasure.get(key);
    if (!used) {
      used = groupNamesOfMeasure(context.tree.measureByKey.get(key)!.fields, (postedByMeasure.get(key) ?? []).map((row) => row.subgroup));
      usedByMeasure.set(key, used);
    }
    return used;
  };

  const problems: RowProblem[] = [];
  const checked: CheckedActual[] = [];
  const firstIndex = new Map<string, number>();
  rows.forEach((input, index) => {
    let row = input;
    if (!context.tree.measureByKey.has(row.measureKey)) {
      problems.push({ index, field: 'measure_key', message: 'is not a measure of this plan', code: 'not_in_this_plan' });
      return;
    }
    const labels = labelsOf(row.measureKey);
    if (!labels.has(row.period)) {
      const examples = [...labels.keys()].slice(0, 6);
      const hint = examples.length ? `; use one of its periods, such as ${examples.join(', ')}` : '';
      problems.push({ index, field: 'period', message: `is not a reporting period of ${row.measureKey}${hint}`, code: 'not_a_reporting_period', params: { periods: examples.join(', ') } });
      return;
    }
    const subgroup = row.subgroup === null ? null : resultGroupName(row.subgroup, groupsUsedBy(row.measureKey), context.groups);
    if (subgroup === undefined) {
      problems.push({ index, field: 'subgroup', message: "is not a student group of the district's list or of this measure; choose the group it means, or add it to the list", code: 'not_a_listed_student_group' });
      return;
    }
    row = { ...row, subgroup };
    const identity = `${row.measureKey}\u0000${row.period}\u0000${row.subgroup ?? ''}`;
    const earlier = firstIndex.get(identity);
    if (earlier !== undefined) {
      problems.push({ index, field: 'subgroup', message: `repeats ${context.rowName(earlier)}: the same measure, period and group`, code: 'duplicate' });
      return;
    }
    firstIndex.set(identity, index);
    checked.push({ ...row, index, periodEndsOn: labels.get(row.period) ?? null });
  });
  return { checked, problems };
}

