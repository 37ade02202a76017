import { periodEndDate } from '../../../core/monitoring/reporting-periods.js';
import type { ReportingCalendar } from '../../../core/monitoring/monitoring-types.js';
import type { PlanHeader } from '../../../core/plan/format/plan-tree.js';
import { elementSchedule } from '../updates/element-periods.js';
import type { MonitoringSettings } from '../updates/save-monitoring-settings.js';
import type { MonitoredMeasure } from './monitored-plan.js';

/**
 * The period labels a bulk upload may name for a measure, each with the day it ends (null when
 * no date can be read from it): its reporting periods (the same schedule owners post updates
 * against, elementSchedule), and every label its baseline, targets and actuals (imported or
 * posted) already use, so data keyed the way the plan writes it ("SY24-25", "June 2030") is
 * accepted as well as the calendar's own labels ("2024-25").
 */
export function allowedPeriodLabels(
  measure: MonitoredMeasure,
  posted: readonly { period_label: string; period_ends_on: string | null }[],
  planPeriod: PlanHeader['plan']['period'],
  settings: MonitoringSettings,
  calendar: ReportingCalendar,
): Map<string, string | null> {
  const labels = new Map<string, string | null>();
  for (const period of elementSchedule({ element: { kind: 'measure', key: measure.key, fields: measure.fields }, planPeriod, settings })) labels.set(period.label, period.endsOn);
  const values = [measure.fields.baseline, ...(measure.fields.targets ?? []), ...(measure.fields.actuals ?? [])].filter((v) => v !== undefined);
  for (const { period } of values) if (!labels.has(period.label)) labels.set(period.label, periodEndDate(period, calendar));
  for (const row of posted) if (!labels.has(row.period_label)) labels.set(row.period_label, row.period_ends_on ?? periodEndDate({ label: row.period_label }, calendar));
  return labels;
}
