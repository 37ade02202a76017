import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { invalidInput } from '../../errors.js';
import { buildProgressReport, type ProgressReport } from '../../../core/monitoring/progress-report.js';
import { periodEndDate } from '../../../core/monitoring/reporting-periods.js';
import { findOrganization } from '../../platform/organizations/find-organization.js';
import { readScorecard } from '../scorecard/read-scorecard.js';
import { calendarOf, loadMonitoringSettings } from '../updates/save-monitoring-settings.js';

/**
 * The progress report of a plan for a period the user names ("2025-26", "2025-26 Q2"), judged as
 * of that period's last day, or as of today when no period is named. A period still running is
 * judged as of today: its last day would count targets that are not due yet.
 */
export async function loadProgressReport(options: { db: Kysely<DB>; organizationId: string; planId: string; period: string | undefined; today: string }): Promise<ProgressReport> {
  const { db, organizationId, planId, today } = options;
  const periodLabel = options.period?.trim() || null;
  const calendar = calendarOf(await loadMonitoringSettings(db, organizationId));
  let asOf = today;
  if (periodLabel) {
    const endsOn = periodEndDate({ label: periodLabel }, calendar);
    if (!endsOn) throw invalidInput('query/period', `"${periodLabel}" is not a period this district can date; write it like 2025-26, 2025-26 Q2, 2025-09 or FY2026`);
    if (endsOn < today) asOf = endsOn;
  }
  const [scorecard, organization] = await Promise.all([readScorecard({ db, organizationId, planId, today: asOf }), findOrganization(db, organizationId)]);
  // An update written for a later period than the report's would describe the future of the period reported on.
  const endOf = (label: string) => periodEndDate({ label }, calendar);
  const goals = scorecard.goals.map((goal) => ({
    ...goal,
    measures: goal.measures.map((measure) => {
      const narrative = measure.latestNarrative;
      const later = narrative !== null && (endOf(narrative.periodLabel) ?? '') > asOf;
      return { ...measure, latestNarrative: later ? null : narrative };
    }),
  }));
  return buildProgressReport({
    organizationName: organization?.name ?? '',
    planTitle: scorecard.title,
    levelNames: scorecard.levelNames,
    periodLabel,
    asOf,
    printedOn: today,
    goals,
  });
}
