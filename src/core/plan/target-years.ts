import type { Measure, PlanDocument } from './format/plan-format.schema.js';
import { parsePeriodLabel } from '../monitoring/period-labels.js';
import type { Period } from './format/plan-format.schema.js';

/*
 * A target dated outside the plan's years is almost always a typo ("2035-36" in a 2026-2031 plan)
 * or a target the board will never see judged; it is worth a warning before adoption.
 */

/** Plans say school years; July is the usual start, and a period with `ends_on` needs no calendar. */
const schoolCalendar = { yearBasis: 'school', schoolYearStartMonth: 7, fiscalYearStartMonth: 7 } as const;

const span = (period: Period) => {
  const parsed = parsePeriodLabel(period.label, schoolCalendar);
  const endsOn = period.ends_on ?? parsed?.endsOn;
  return endsOn ? { startsOn: parsed?.startsOn ?? endsOn, endsOn } : null;
};

/** The measure's targets whose period ends after the plan's last period or before its first one begins. */
export function findTargetsOutsidePlanYears(measure: Measure, planPeriod: PlanDocument['plan']['period']): { period: Period; side: 'before' | 'after' }[] {
  if (!planPeriod) return [];
  const first = span(planPeriod.start);
  const last = span(planPeriod.end);
  const outside: { period: Period; side: 'before' | 'after' }[] = [];
  for (const target of measure.targets ?? []) {
    const own = span(target.period);
    if (!own) continue;
    if (last && own.endsOn > last.endsOn) outside.push({ period: target.period, side: 'after' });
    else if (first && own.endsOn < first.startsOn) outside.push({ period: target.period, side: 'before' });
  }
  return outside;
}
