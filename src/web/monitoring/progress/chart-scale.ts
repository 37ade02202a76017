import { niceTicks } from '../../../core/monitoring/chart-ticks';
import type { PeriodValue } from '../../../core/monitoring/monitoring-types';

export { niceTicks } from '../../../core/monitoring/chart-ticks';

/**
 * The arithmetic of a measure's chart, kept apart from the drawing so it can be tested: which
 * periods go on the x axis and in what order, which lines are drawn, and round y-axis ticks.
 */

export interface ChartMeasure {
  baseline: PeriodValue | null;
  targets: readonly PeriodValue[];
  actuals: readonly PeriodValue[];
}

export type SeriesKind = 'target' | 'actual';

export interface ChartPoint {
  /** Index into the chart's periods. */
  at: number;
  value: number;
  isBaseline?: boolean;
}

export interface ChartSeries {
  id: string;
  kind: SeriesKind;
  /** null: all students. */
  group: string | null;
  points: ChartPoint[];
}

export interface ChartModel {
  periods: string[];
  series: ChartSeries[];
  /** The y range to draw, already padded and rounded to the ticks. */
  ticks: number[];
}

const groupOf = (value: PeriodValue): string | null => value.subgroup ?? null;

/**
 * A sortable key for a period: its end date when the plan wrote one, else one read from the usual
 * labels (school year "2025-26", "FY2026", "2027", month "2025-09"), else the label itself.
 */
export function periodSortKey(period: { label: string; ends_on?: string }): string {
  if (period.ends_on) return period.ends_on;
  const label = period.label.trim();
  const schoolYear = /^(?:SY)?(\d{2}|\d{4})-(\d{2})(.*)$/i.exec(label);
  if (schoolYear) {
    const first = Number(schoolYear[1]!.length === 2 ? `20${schoolYear[1]}` : schoolYear[1]);
    const second = Number(schoolYear[2]);
    if (second === (first + 1) % 100) return `${first + 1}-06-30${schoolYear[3] ?? ''}`;
    if (second >= 1 && second <= 12) return `${first}-${schoolYear[2]}-28${schoolYear[3] ?? ''}`;
  }
  const fiscal = /^FY(\d{4})(.*)$/i.exec(label);
  if (fiscal) return `${fiscal[1]}-06-30${fiscal[2] ?? ''}`;
  const year = /^(\d{4})$/.exec(label);
  if (year) return `${year[1]}-12-31`;
  return label;
}

/** Every period that appears in the baseline, targets or actuals, oldest first, each once. */
export function orderPeriods(measure: ChartMeasure): string[] {
  const all = [...(measure.baseline ? [measure.baseline] : []), ...measure.targets, ...measure.actuals];
  const keys = new Map<string, string>();
  for (const value of all) {
    const key = periodSortKey(value.period);
    const known = keys.get(value.period.label);
    if (known === undefined || (value.period.ends_on && known !== value.period.ends_on)) keys.set(value.period.label, key);
  }
  return [...keys.entries()].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)).map(([label]) => label);
}

/** Student groups seen in the targets and actuals, in the order first met (all students not included). */
export function groupsOf(measure: ChartMeasure): string[] {
  const groups = new Set<string>();
  for (const value of [...measure.targets, ...measure.actuals]) {
    const group = groupOf(value);
    if (group !== null) groups.add(group);
  }
  return [...groups];
}

function pointsOf(values: readonly PeriodValue[], periods: readonly string[]): ChartPoint[] {
  return values
    .filter((value) => value.value !== null)
    .map((value) => ({ at: periods.indexOf(value.period.label), value: value.value as number }))
    .filter((point) => point.at >= 0)
    .sort((a, b) => a.at - b.at);
}

/**
 * The lines of the chart: the all-students target line from the baseline through each target
 * (dashed when drawn), a target line for each chosen group that has targets of its own, and an
 * actuals line for each chosen group (null: all students).
 */
export function buildChart(measure: ChartMeasure, groups: readonly (string | null)[]): ChartModel {
  const periods = orderPeriods(measure);
  const series: ChartSeries[] = [];
  const baselinePoint =
    measure.baseline && measure.baseline.value !== null && groupOf(measure.baseline) === null
      ? [{ at: periods.indexOf(measure.baseline.period.label), value: measure.baseline.value, isBaseline: true }]
      : [];
  const allTargets = pointsOf(measure.targets.filter((value) => groupOf(value) === null), periods);
  if (baselinePoint.length + allTargets.length > 0) series.push({ id: 'target:all', kind: 'target', group: null, points: [...baselinePoint, ...allTargets] });
  for (const group of groups) {
    if (group === null) continue;
    const own = pointsOf(measure.targets.filter((value) => groupOf(value) === group), periods);
    if (own.length > 0) series.push({ id: `target:${group}`, kind: 'target', group, points: own });
  }
  for (const group of groups) {
    series.push({ id: `actual:${group ?? 'all'}`, kind: 'actual', group, points: pointsOf(measure.actuals.filter((value) => groupOf(value) === group), periods) });
  }
  const values = series.flatMap((line) => line.points.map((point) => point.value));
  return { periods, series, ticks: values.length > 0 ? niceTicks(Math.min(...values), Math.max(...values)) : [0, 1] };
}

/** Maps a value from [domainLow, domainHigh] onto [rangeLow, rangeHigh] (either may run backwards). */
export function scaleLinear(domainLow: number, domainHigh: number, rangeLow: number, rangeHigh: number) {
  const span = domainHigh - domainLow || 1;
  return (value: number) => rangeLow + ((value - domainLow) / span) * (rangeHigh - rangeLow);
}

/** The SVG path of a line through the points, in order. */
export function linePath(points: readonly { x: number; y: number }[]): string {
  return points.map((point, at) => `${at === 0 ? 'M' : 'L'}${round(point.x)},${round(point.y)}`).join(' ');
}

const round = (value: number) => Math.round(value * 10) / 10;
