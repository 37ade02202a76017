import { monitoringSpan, periodsBetween, scheduleUpdates } from '../../../core/monitoring/reporting-periods.js';
import type { Cadence, PeriodValue, ReportingCalendar, ScheduledPeriod } from '../../../core/monitoring/monitoring-types.js';
import type { PlanHeader } from '../../../core/plan/format/plan-tree.js';
import type { MonitoringSettings } from './save-monitoring-settings.js';
import { calendarOf } from './save-monitoring-settings.js';

/** Actions have no cadence of their own in the format; their owners report status each quarter. */
export const ACTION_CADENCE: Cadence = 'quarterly';
/** A measure without a cadence is reported once a year. */
export const DEFAULT_MEASURE_CADENCE: Cadence = 'annual';

export type PeriodState = 'upcoming' | 'due' | 'overdue' | 'done';

export interface MonitoredElement {
  kind: 'measure' | 'action';
  key: string;
  fields: Record<string, unknown>;
}

const cadences: readonly string[] = ['annual', 'semester', 'quarterly', 'monthly', 'weekly'];
const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** What a person calls the element: a measure's name, an action's title. */
export function elementName(element: MonitoredElement): string {
  const name = element.kind === 'measure' ? element.fields.name : element.fields.title;
  return typeof name === 'string' && name ? name : element.key;
}

/**
 * The reporting periods of a measure or action with their due and closing dates. A measure runs
 * on its cadence from the day after its baseline's period to the end of the plan (or its last
 * target); an action each quarter from its start to its due date, within the plan when it has no dates.
 */
export function elementSchedule(options: { element: MonitoredElement; planPeriod: PlanHeader['plan']['period']; settings: MonitoringSettings }): ScheduledPeriod[] {
  const { element, planPeriod, settings } = options;
  const calendar: ReportingCalendar = calendarOf(settings);
  const due = { measureDueDays: settings.measureDueDays, actionDueDays: settings.actionDueDays };
  if (element.kind === 'measure') {
    const cadence = typeof element.fields.cadence === 'string' && cadences.includes(element.fields.cadence) ? (element.fields.cadence as Cadence) : DEFAULT_MEASURE_CADENCE;
    const span = monitoringSpan({
      planPeriod,
      baseline: element.fields.baseline as PeriodValue | undefined,
      targets: element.fields.targets as PeriodValue[] | undefined,
      calendar,
    });
    if (!span) return [];
    return scheduleUpdates({ periods: periodsBetween({ cadence, calendar, from: span.from, to: span.to }), level: 'measure', due });
  }
  const planSpan = monitoringSpan({ planPeriod, calendar });
  const from = isDate(element.fields.start) ? element.fields.start : planSpan?.from;
  const to = isDate(element.fields.due) ? element.fields.due : planSpan?.to;
  if (!from || !to) return [];
  const periods = periodsBetween({ cadence: ACTION_CADENCE, calendar, from: from <= to ? from : to, to });
  return scheduleUpdates({ periods, level: 'action', due });
}

/** Adds days to a `YYYY-MM-DD` date, in UTC so no time zone moves it. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Today as the server's calendar (UTC) has it. */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

/**
 * Where a period stands: done once an update is in; overdue after its due date; due from
 * `remindDaysBefore` days before the due date (when the first reminder goes out); else upcoming.
 */
export function periodState(period: ScheduledPeriod, options: { today: string; isDone: boolean; remindDaysBefore: number }): PeriodState {
  if (options.isDone) return 'done';
  if (options.today > period.dueOn) return 'overdue';
  if (options.today >= addDays(period.dueOn, -options.remindDaysBefore)) return 'due';
  return 'upcoming';
}
