import { fromDayNumber, toDayNumber } from '../process/calendar-dates.js';
import type { Cadence, DueRules, PeriodValue, ReportingCalendar, ReportingPeriod, ScheduledPeriod } from './monitoring-types.js';
import { monthStart, pad2, parsePeriodLabel, startMonthOf, yearLabel } from './period-labels.js';

type PeriodRef = { label: string; ends_on?: string };

const DAY_MS = 24 * 60 * 60 * 1000;
const MONTHS_PER_PART: Record<'annual' | 'semester' | 'quarterly', number> = { annual: 12, semester: 6, quarterly: 3 };

/** The period of a cadence that holds a given day. */
function periodContaining(day: number, cadence: Cadence, calendar: ReportingCalendar): ReportingPeriod {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  const month0 = date.getUTCMonth();
  if (cadence === 'weekly') {
    // getUTCDay counts from Sunday; school weeks start on Monday.
    const start = day - ((date.getUTCDay() + 6) % 7);
    return { label: `Week of ${fromDayNumber(start)}`, startsOn: fromDayNumber(start), endsOn: fromDayNumber(start + 6) };
  }
  if (cadence === 'monthly') {
    return { label: `${year}-${pad2(month0 + 1)}`, startsOn: fromDayNumber(monthStart(year, month0)), endsOn: fromDayNumber(monthStart(year, month0 + 1) - 1) };
  }
  const basis = calendar.yearBasis;
  const startMonth = startMonthOf(calendar, basis);
  const startYear = month0 + 1 >= startMonth ? year : year - 1;
  const length = MONTHS_PER_PART[cadence];
  const part = Math.floor((year * 12 + month0 - (startYear * 12 + startMonth - 1)) / length);
  const name = yearLabel(startYear, basis, startMonth);
  const suffix = cadence === 'annual' ? '' : ` ${cadence === 'quarterly' ? 'Q' : basis === 'school' ? 'S' : 'H'}${part + 1}`;
  return {
    label: name + suffix,
    startsOn: fromDayNumber(monthStart(startYear, startMonth - 1 + part * length)),
    endsOn: fromDayNumber(monthStart(startYear, startMonth - 1 + (part + 1) * length) - 1),
  };
}

/**
 * Every period of the cadence that overlaps [from, to], in order: the first may start before
 * `from` and the last end after `to`, because a district reports whole periods. Quarters and
 * semesters are counted from the district's year start (Q1 begins in the start month), months
 * and weeks from the calendar (weeks start on Monday). Empty when `to` is before `from`.
 */
export function periodsBetween(o: { cadence: Cadence; calendar: ReportingCalendar; from: string; to: string }): ReportingPeriod[] {
  const last = toDayNumber(o.to);
  const periods: ReportingPeriod[] = [];
  for (let day = toDayNumber(o.from); day <= last; ) {
    const period = periodContaining(day, o.cadence, o.calendar);
    periods.push(period);
    day = toDayNumber(period.endsOn) + 1;
  }
  return periods;
}

/**
 * Due and closing dates for each period. Actions have fewer due days than measures, so the
 * owners of the work report before the measure owners who explain the results. A period closes
 * when the next one falls due, so an emailed link stays good for exactly one reporting cycle; the
 * last period has no next one and stays open for one period's length after it is due.
 */
export function scheduleUpdates(o: { periods: readonly ReportingPeriod[]; level: 'measure' | 'action'; due: DueRules }): ScheduledPeriod[] {
  const dueDays = o.level === 'measure' ? o.due.measureDueDays : o.due.actionDueDays;
  const dueOn = o.periods.map((period) => toDayNumber(period.endsOn) + dueDays);
  return o.periods.map((period, index) => {
    const length = toDayNumber(period.endsOn) - toDayNumber(period.startsOn) + 1;
    const closesOn = dueOn[index + 1] ?? dueOn[index]! + length;
    return { label: period.label, startsOn: period.startsOn, endsOn: period.endsOn, dueOn: fromDayNumber(dueOn[index]!), closesOn: fromDayNumber(closesOn) };
  });
}

/**
 * The last day of a period as a plan names it: its ends_on when the author gave one (that is
 * authoritative), else read from the label (see parsePeriodLabel for the shapes), else null: a
 * period we cannot date is left out of date math rather than guessed.
 */
export function periodEndDate(period: PeriodRef, calendar: ReportingCalendar): string | null {
  return period.ends_on ?? parsePeriodLabel(period.label, calendar)?.endsOn ?? null;
}

/** First day of a period: from its label, else a year before its ends_on (plan periods are years). */
export function periodStartDate(period: PeriodRef, calendar: ReportingCalendar): string | null {
  const parsed = parsePeriodLabel(period.label, calendar);
  if (parsed && (!period.ends_on || parsed.endsOn === period.ends_on)) return parsed.startsOn;
  if (!period.ends_on) return null;
  const end = new Date(toDayNumber(period.ends_on) * DAY_MS);
  return fromDayNumber(Date.UTC(end.getUTCFullYear() - 1, end.getUTCMonth(), end.getUTCDate()) / DAY_MS + 1);
}

/**
 * The days a measure is monitored over. It starts the day after the baseline's period ends,
 * because the baseline period is already measured, or at the start of the plan's first period
 * when there is no dated baseline; it ends with the plan's last period, or the last target's when
 * the plan gives no period. Null when either end cannot be dated or the span is empty.
 */
export function monitoringSpan(o: {
  planPeriod?: { start: PeriodRef; end: PeriodRef };
  baseline?: PeriodValue;
  targets?: readonly PeriodValue[];
  calendar: ReportingCalendar;
}): { from: string; to: string } | null {
  const baselineEnd = o.baseline ? periodEndDate(o.baseline.period, o.calendar) : null;
  const from = baselineEnd ? fromDayNumber(toDayNumber(baselineEnd) + 1) : o.planPeriod ? periodStartDate(o.planPeriod.start, o.calendar) : null;
  const targetEnds = (o.targets ?? []).map((target) => periodEndDate(target.period, o.calendar)).filter((end): end is string => end !== null);
  const lastTarget = targetEnds.sort().at(-1) ?? null;
  const to = (o.planPeriod ? periodEndDate(o.planPeriod.end, o.calendar) : null) ?? lastTarget;
  if (!from || !to || from > to) return null;
  return { from, to };
}
