import { toDayNumber } from '../process/calendar-dates.js';
import type { MeasureForStatus, PeriodValue, ReportingCalendar } from './monitoring-types.js';
import { periodEndDate, periodStartDate } from './reporting-periods.js';

/**
 * A measure's numbers as dated points for one student group: what expectedValue draws its line
 * through and computeMeasureStatus judges. Values written only as words (value null, e.g. "TBD")
 * and periods that cannot be dated are left out of the math.
 */

export interface DatedValue {
  period: { label: string; ends_on?: string };
  endsOn: string;
  day: number;
  value: number;
}

export interface MeasureSeries {
  baseline: DatedValue | null;
  /** Numeric, dated targets in time order. */
  targets: DatedValue[];
  /** The last numeric target (by date; by list order when none is dated), null when there is none. */
  finalTarget: { value: number; day: number | null } | null;
}

const groupOf = (value: PeriodValue): string | null => value.subgroup ?? null;

function dated(value: PeriodValue, calendar: ReportingCalendar): DatedValue | null {
  if (value.value === null) return null;
  const endsOn = periodEndDate(value.period, calendar);
  return endsOn === null ? null : { period: value.period, endsOn, day: toDayNumber(endsOn), value: value.value };
}

function inTimeOrder(values: DatedValue[]): DatedValue[] {
  return [...values].sort((a, b) => a.day - b.day);
}

/**
 * The baseline and targets a group is judged against. A group with targets of its own is judged
 * on its own line, starting from its own baseline: the measure's baseline when it is for that
 * group, else the group's actual for the baseline's period (results files usually carry every
 * group for the baseline year). A group without targets of its own is held to the all-students
 * baseline and targets, so every group is judged against the district's promise.
 */
export function measureSeries(measure: MeasureForStatus, calendar: ReportingCalendar, subgroup: string | null = null): MeasureSeries {
  const allTargets = (measure.targets ?? []).filter((target) => target.value !== null);
  const hasOwnTargets = subgroup !== null && allTargets.some((target) => groupOf(target) === subgroup);
  const group = hasOwnTargets ? subgroup : null;
  const targets = allTargets.filter((target) => groupOf(target) === group);
  const datedTargets = inTimeOrder(targets.map((target) => dated(target, calendar)).filter((target): target is DatedValue => target !== null));
  const lastDated = datedTargets.at(-1);
  const lastListed = targets.at(-1);
  return {
    baseline: baselineOf(measure, calendar, group),
    targets: datedTargets,
    finalTarget: lastDated ? { value: lastDated.value, day: lastDated.day } : lastListed ? { value: lastListed.value!, day: null } : null,
  };
}

function baselineOf(measure: MeasureForStatus, calendar: ReportingCalendar, group: string | null): DatedValue | null {
  const baseline = measure.baseline;
  if (!baseline) return null;
  if (groupOf(baseline) === group) return dated(baseline, calendar);
  const baselineEnd = periodEndDate(baseline.period, calendar);
  const sameYear = (measure.actuals ?? []).filter(
    (actual) => groupOf(actual) === group && actual.value !== null && (actual.period.label === baseline.period.label || (baselineEnd !== null && periodEndDate(actual.period, calendar) === baselineEnd)),
  );
  const found = sameYear.at(-1);
  return found ? dated(found, calendar) : null;
}

/**
 * The group's actuals with a number whose period has begun by `today`, oldest first. A result
 * posted for the year in progress is the latest result: it shows, and is judged against the value
 * expected at its period's end, rather than vanishing until the period closes. `today` still cuts
 * off what was not yet there, so a report as of an earlier day reads as it did then. When a period
 * has two values, the later one in the list wins, as a correction would.
 */
export function postedActuals(measure: MeasureForStatus, calendar: ReportingCalendar, today: string, subgroup: string | null = null): DatedValue[] {
  const last = toDayNumber(today);
  const byDay = new Map<number, DatedValue>();
  for (const actual of measure.actuals ?? []) {
    if (groupOf(actual) !== subgroup) continue;
    const point = dated(actual, calendar);
    if (!point) continue;
    const startsOn = periodStartDate(actual.period, calendar);
    if ((startsOn === null ? point.day : toDayNumber(startsOn)) <= last) byDay.set(point.day, point);
  }
  return inTimeOrder([...byDay.values()]);
}
