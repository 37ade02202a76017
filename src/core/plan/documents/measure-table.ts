import type { Measure, MeasureValue } from '../format/plan-format.schema.js';
import { NO_VALUE, formatMeasureValue } from './format-plan-values.js';
import { printoutWords, type PrintoutWords } from './printout-words.js';
import { studentGroupLabel } from '../../monitoring/student-group-names.js';

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
export function measureTableRows(measure: Measure, words: PrintoutWords = printoutWords.en): MeasureTableRow[] {
  const rows: MeasureTableRow[] = [];
  if (measure.baseline) {
    rows.push({
      period: words.baselineOf(measure.baseline.period.label),
      subgroup: groupName(measure.baseline.subgroup ?? measure.subgroup, words),
      target: NO_VALUE,
      actual: formatMeasureValue(measure.baseline, measure, words),
    });
  }
  // Grouped by period first, so every student group of a year sits together.
  const periods = new Map<string, Map<string, MeasureTableRow>>();
  for (const [value, column] of mergeInTimeOrder(measure.targets ?? [], measure.actuals ?? [])) {
    const subgroup = groupName(value.subgroup ?? measure.subgroup, words);
    const groups = periods.get(value.period.label) ?? new Map<string, MeasureTableRow>();
    periods.set(value.period.label, groups);
    const row = groups.get(subgroup) ?? { period: value.period.label, subgroup, target: NO_VALUE, actual: NO_VALUE };
    groups.set(subgroup, row);
    row[column] = formatMeasureValue(value, measure, words);
  }
  for (const groups of periods.values()) rows.push(...groups.values());
  return rows;
}

/** A group as the reader reads it: a built-in group in their language, a district's own as written. */
function groupName(subgroup: string | undefined, words: PrintoutWords): string {
  return subgroup === undefined ? words.allStudents : studentGroupLabel(subgroup, words.language);
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
