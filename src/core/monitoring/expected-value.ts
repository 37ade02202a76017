import { toDayNumber } from '../process/calendar-dates.js';
import { measureSeries, type DatedValue } from './measure-series.js';
import type { MeasureForStatus, ReportingCalendar } from './monitoring-types.js';

/** Rounds away floating-point noise (48.2 + 1.9 = 50.1, not 50.10000000000001) before comparisons. */
const tidy = (value: number) => Math.round(value * 1e6) / 1e6;

/** The straight line through the points at `day`: null before the first, the last one's value after it. */
function lineAt(points: readonly DatedValue[], day: number): number | null {
  const first = points[0];
  if (!first || day < first.day) return null;
  let index = 0;
  // The last point on or before the day, so a target dated today is met exactly.
  while (index + 1 < points.length && points[index + 1]!.day <= day) index++;
  const from = points[index]!;
  const to = points[index + 1];
  if (!to) return from.value;
  return from.value + ((to.value - from.value) * (day - from.day)) / (to.day - from.day);
}

/** The target for the period holding `day`: the first target ending on or after it, else the last one. */
function targetInForce(targets: readonly DatedValue[], day: number): number | null {
  return (targets.find((target) => target.day >= day) ?? targets.at(-1))?.value ?? null;
}

/**
 * What the measure should read at the end of a period (`at`, YYYY-MM-DD). The rule: the
 * period's target, or the straight line by date between the surrounding baseline and targets
 * (the group's own when it has targets of its own, see measureSeries); at or after the last
 * target, that target; before the baseline, or without a dated target, null (nothing was
 * promised). Two directions change the reading, because their targets are not a path to walk:
 * - at_least / at_most: a target is a floor / ceiling. When the line would ask for more than the
 *   floor in force (a baseline already above it), the floor is what is expected; before the
 *   first target with no baseline, the first floor already applies.
 * - maintain: the level to hold, i.e. the target in force, or the baseline when there is none.
 */
export function expectedValue(o: { measure: MeasureForStatus; at: string; calendar: ReportingCalendar; subgroup?: string | null }): number | null {
  const series = measureSeries(o.measure, o.calendar, o.subgroup ?? null);
  const day = toDayNumber(o.at);
  if (series.baseline && day < series.baseline.day) return null;
  const direction = o.measure.direction;

  if (direction === 'maintain') {
    const held = targetInForce(series.targets, day) ?? series.finalTarget?.value ?? series.baseline?.value ?? null;
    return held === null ? null : tidy(held);
  }

  // A baseline alone promises nothing: without a dated target there is no line to be on.
  if (!series.targets.length) return null;
  const points = (series.baseline ? [series.baseline, ...series.targets] : series.targets).sort((a, b) => a.day - b.day);
  const line = lineAt(points, day);
  if (direction === 'at_least' || direction === 'at_most') {
    const bound = targetInForce(series.targets, day)!;
    if (line === null) return tidy(bound);
    return tidy(direction === 'at_least' ? Math.min(line, bound) : Math.max(line, bound));
  }
  return line === null ? null : tidy(line);
}
