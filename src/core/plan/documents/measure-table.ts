import type { Measure, MeasureValue } from '../format/plan-format.schema.js';
import { NO_VALUE, formatMeasureValue } from './format-plan-values.js';

export const ALL_STUDENTS = 'All students';

export interface MeasureTableRow {
  period: string;
  subgroup: string;
  target: string;
  actual: string;
}

/**
 * A measure's baseline, targets and actuals side by side, one row per period and student group:
 * the baseline first, then periods in time order (by their end dates where both have one, else
 * as the plan lists them).
 */
export function measureTableRows(measure: Measure): MeasureTableRow[] {
  const rows: MeasureTableRow[] = [];
  if (measure.baseline) {
    rows.push({
      period: `${measure.baseline.period.label} (baseline)`,
      subgroup: measure.baseline.subgroup ?? measure.subgroup ?? ALL_STUDENTS,
      target: NO_VALUE,
      actual: formatMeasureValue(measure.baseline, measure),
    });
  }
  // Grouped by period first, so every student group of a year sits together.
  const periods = new Map<string, Map<string, MeasureTableRow>>();
  for (const [value, column] of mergeInTimeOrder(measure.targets ?? [], measure.actuals ?? [])) {
    const subgroup = value.subgroup ?? measure.subgroup ?? ALL_STUDENTS;
    const groups = periods.get(value.period.label) ?? new Map<string, MeasureTableRow>();
    periods.set(value.period.label, groups);
    const row = groups.get(subgroup) ?? { period: value.period.label, subgroup, target: NO_VALUE, actual: NO_VALUE };
    groups.set(subgroup, row);
    row[column] = formatMeasureValue(value, measure);
  }
  for (const groups of periods.values()) rows.push(...groups.values());
  return rows;
}

/** The target a measure aims at last, for all students where the plan says so. */
export function finalTarget(measure: Measure): MeasureValue | undefined {
  const targets = measure.targets ?? [];
  return targets.filter((t) => t.subgroup === undefined).at(-1) ?? targets.at(-1);
}

function mergeInTimeOrder(targets: readonly MeasureValue[], actuals: readonly MeasureValue[]): Array<[MeasureValue, 'target' | 'actual']> {
  const merged: Array<[MeasureValue, 'target' | 'actual']> = [];
  let t = 0;
  let a = 0;
  // Each list keeps its own order; the periods only decide which list goes next.
  while (t < targets.length || a < actuals.length) {
    const target = targets[t];
    const actual = actuals[a];
    if (actual && (!target || isNotLater(actual, target))) merged.push([actual, 'actual']), a++;
    else merged.push([target!, 'target']), t++;
  }
  return merged;
}

/** By end dates when both have one, else by label ("SY25-26" before "SY26-27"). */
function isNotLater(a: MeasureValue, b: MeasureValue): boolean {
  if (a.period.ends_on && b.period.ends_on) return a.period.ends_on <= b.period.ends_on;
  return a.period.label.localeCompare(b.period.label, 'en', { numeric: true }) <= 0;
}
