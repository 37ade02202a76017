import { expectedValue } from './expected-value.js';
import { measureSeries, postedActuals, type DatedValue, type MeasureSeries } from './measure-series.js';
import type { Direction, MeasureForStatus, MeasureStatus, MeasureStatusResult, ReportingCalendar, StatusRules } from './monitoring-types.js';
import { computeTrend } from './trend.js';

const show = (value: number) => String(Math.round(value * 100) / 100);
/** Values typed from a results file equal to the expected value must count as meeting it. */
const EPSILON = 1e-9;

/**
 * +1 when higher is better, -1 when lower is. `maintain` holds a level from below (at least the
 * level) unless the baseline sits above every target, which means the plan is bringing a value
 * down to a level and keeping it there (at most). Without a direction, the way from the baseline
 * (or first target) to the final target tells; null when that says nothing either.
 */
function betterSide(direction: Direction | undefined, series: MeasureSeries): 1 | -1 | null {
  if (direction === 'increase' || direction === 'at_least') return 1;
  if (direction === 'decrease' || direction === 'at_most') return -1;
  const targets = series.targets.map((target) => target.value);
  if (direction === 'maintain') return series.baseline && targets.length && targets.every((target) => series.baseline!.value > target) ? -1 : 1;
  const start = series.baseline?.value ?? targets[0];
  const end = series.finalTarget?.value;
  if (start === undefined || end === undefined || start === end) return null;
  return end > start ? 1 : -1;
}

/**
 * A measure's status for one group (null: all students), computed, never typed. It judges the
 * latest actual with a number whose period has begun by `today` (postedActuals: a result posted
 * for the year in progress is judged against the value expected at its period's end):
 * - achieved when it meets the final target. Floors, ceilings and held levels are promises to
 *   keep until the final target's period, so for at_least / at_most / maintain an actual meeting
 *   the final target earlier is on track, not achieved;
 * - on track when it meets the expected value (expectedValue: the line through baseline and
 *   targets, or the floor, ceiling or level in force);
 * - at risk when it made at least `rules.atRiskProgress` of the progress expected from the baseline
 *   (only when some progress was expected and there is a baseline);
 * - off track otherwise;
 * - range: on track inside range.min..range.max (inclusive), off track outside, never achieved;
 * - no_data, never red, when there is no such actual, no target, bounds or direction to judge by,
 *   or the actual predates the baseline.
 * The trend covers the last three such actuals, better meaning what the direction says.
 */
export function computeMeasureStatus(o: {
  measure: MeasureForStatus;
  calendar: ReportingCalendar;
  rules: StatusRules;
  today: string;
  subgroup?: string | null;
}): MeasureStatusResult {
  const subgroup = o.subgroup ?? null;
  const series = measureSeries(o.measure, o.calendar, subgroup);
  const actuals = postedActuals(o.measure, o.calendar, o.today, subgroup);
  const latest = actuals.at(-1);
  const finalTarget = series.finalTarget?.value ?? null;
  const expected = latest ? expectedValue({ measure: o.measure, at: latest.endsOn, calendar: o.calendar, subgroup }) : null;
  const result = (status: MeasureStatus, reason: string, trend = computeTrend(actuals, trendDirection(o.measure.direction, series))): MeasureStatusResult => ({
    status,
    period: latest?.period ?? null,
    expected,
    actual: latest?.value ?? null,
    finalTarget,
    trend,
    reason,
  });

  if (!latest) return result('no_data', 'No result yet');
  if (o.measure.direction === 'range') return judgeRange(o.measure.range, latest, actuals, result);

  const side = betterSide(o.measure.direction, series);
  if (side === null) return result('no_data', 'No direction or targets to judge by', computeTrend(actuals, 'range'));
  const meets = (value: number, reference: number) => side * (value - reference) >= -EPSILON;
  const keepsUntilEnd = o.measure.direction === 'at_least' || o.measure.direction === 'at_most' || o.measure.direction === 'maintain';
  const finalDay = series.finalTarget?.day ?? null;
  if (finalTarget !== null && meets(latest.value, finalTarget) && (!keepsUntilEnd || finalDay === null || latest.day >= finalDay)) {
    return result('achieved', `${show(latest.value)} meets the final target of ${show(finalTarget)}`);
  }
  if (expected === null) {
    const why = finalTarget === null ? 'No target with a number to compare with' : `No expected value for ${latest.period.label}: it comes before the baseline`;
    return result('no_data', why);
  }
  if (meets(latest.value, expected)) return result('on_track', `${show(latest.value)} meets the expected ${show(expected)} for ${latest.period.label}`);

  const baseline = series.baseline?.value;
  const expectedGain = baseline === undefined ? 0 : side * (expected - baseline);
  if (baseline !== undefined && expectedGain > EPSILON) {
    const share = (side * (latest.value - baseline)) / expectedGain;
    // Said so a board member can read it aloud: the result, what was expected, and how far along the way it got.
    const made = `${latest.period.label}: ${show(latest.value)} against ${show(expected)} expected, ${Math.round(Math.max(share, 0) * 100)}% of the progress expected since the baseline`;
    if (share >= o.rules.atRiskProgress - EPSILON) return result('at_risk', made);
    return result('off_track', made);
  }
  return result('off_track', `${show(latest.value)} misses the expected ${show(expected)} for ${latest.period.label}`);
}

/** The direction the trend reads better in: a held level or a missing direction as betterSide decides. */
function trendDirection(direction: Direction | undefined, series: MeasureSeries): Direction {
  if (direction === 'range') return 'range';
  return betterSide(direction, series) === -1 ? 'decrease' : 'increase';
}

type Build = (status: MeasureStatus, reason: string, trend?: MeasureStatusResult['trend']) => MeasureStatusResult;

/** A range is kept or not; its trend reads the distance outside the range, so moving back in improves. */
function judgeRange(range: MeasureForStatus['range'], latest: DatedValue, actuals: DatedValue[], result: Build): MeasureStatusResult {
  const min = range?.min;
  const max = range?.max;
  if (min === undefined && max === undefined) return result('no_data', 'The range has no minimum or maximum', computeTrend(actuals, 'range'));
  const outside = (value: number) => Math.max(min === undefined ? 0 : min - value, max === undefined ? 0 : value - max, 0);
  const trend = computeTrend(
    actuals.map((actual) => ({ endsOn: actual.endsOn, value: -outside(actual.value) })),
    'increase',
  );
  const bounds = `${min === undefined ? 'no minimum' : show(min)} to ${max === undefined ? 'no maximum' : show(max)}`;
  if (outside(latest.value) === 0) return result('on_track', `${show(latest.value)} is within the range (${bounds})`, trend);
  return result('off_track', `${show(latest.value)} is outside the range (${bounds})`, trend);
}
