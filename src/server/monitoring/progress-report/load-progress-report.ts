import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { invalidInput } from '../../errors.js';
import { buildProgressReport, type ProgressReport } from '../../../core/monitoring/progress-report.js';
import { reportWords } from '../../../core/monitoring/progress-report-words.js';
import type { StudentGroupCatalog } from '../../../core/monitoring/student-groups.js';
import type { Locale } from '../../../core/i18n/format-message.js';
import { ownLevelName } from '../../../core/plan/level-words.js';
import { inferPeriodRollUps } from '../../../core/monitoring/disclosure-equations.js';
import type { PeriodValue } from '../../../core/monitoring/monitoring-types.js';
import { protectResults } from '../../../core/monitoring/protect-results.js';
import { periodEndDate } from '../../../core/monitoring/reporting-periods.js';
import { findOrganization } from '../../platform/organizations/find-organization.js';
import { readScorecard } from '../scorecard/read-scorecard.js';
import { calendarOf, loadMonitoringSettings } from '../updates/save-monitoring-settings.js';
import { readStudentGroupCatalog } from '../student-groups/read-student-groups.js';

/**
 * The progress report of a plan for a period the user names ("2025-26", "2025-26 Q2"), judged as
 * of that period's last day, or as of today when no period is named. A period still running is
 * judged as of today: its last day would count targets that are not due yet.
 */
export async function loadProgressReport(options: { db: Kysely<DB>; organizationId: string; planId: string; period: string | undefined; today: string; language?: Locale }): Promise<ProgressReport> {
  const { db, organizationId, planId, today } = options;
  const words = reportWords[options.language ?? 'en'];
  const periodLabel = options.period?.trim() || null;
  const settings = await loadMonitoringSettings(db, organizationId);
  const calendar = calendarOf(settings);
  let asOf = today;
  if (periodLabel) {
    const endsOn = periodEndDate({ label: periodLabel }, calendar);
    if (!endsOn) throw invalidInput('query/period', `"${periodLabel}" is not a period this district can date; write it like 2025-26, 2025-26 Q2, 2025-09 or FY2026`, { code: 'unknown_period', params: { period: periodLabel } });
    if (endsOn < today) asOf = endsOn;
  }
  const [scorecard, organization, groups] = await Promise.all([readScorecard({ db, organizationId, planId, today: asOf }), findOrganization(db, organizationId), readStudentGroupCatalog(db, organizationId)]);
  // An update written for a later period than the report's would describe the future of the period reported on.
  const endOf = (label: string) => periodEndDate({ label }, calendar);
  const goals = scorecard.goals.map((goal) => ({
    ...goal,
    measures: goal.measures.map((measure) => {
      const narrative = measure.latestNarrative;
      const later = narrative !== null && (endOf(narrative.periodLabel) ?? '') > asOf;
      return { ...measure, latestNarrative: later ? null : narrative, latestWithheld: latestWithheld(measure, settings.suppressionThreshold, groups) };
    }),
  }));
  return buildProgressReport({
    organizationName: organization?.name ?? '',
    planTitle: scorecard.title,
    // A plan's own level names as written; the English defaults in the reader's language.
    levelNames: {
      goal: ownLevelName(scorecard.levelNames, 'goal', words.print.language) ?? words.print.levels.goal,
      measure: ownLevelName(scorecard.levelNames, 'measure', words.print.language) ?? words.print.levels.measure,
    },
    words,
    periodLabel,
    asOf,
    printedOn: today,
    goals,
  });
}

/**
 * The board packet is public once tabled, so the latest all-students value goes through the same
 * privacy rule as the public page, over all the measure's results as a reader could combine them.
 */
function latestWithheld(measure: { unit?: string | null; actuals: readonly unknown[]; status: { period: { label: string } | null } }, threshold: number, groups: StudentGroupCatalog) {
  if (!measure.status.period) return null;
  const actuals = measure.actuals as PeriodValue[];
  const cells = actuals.map((a) => ({ periodLabel: a.period.label, subgroup: a.subgroup ?? null, value: a.value, n: a.n ?? null }));
  const protectedCells = protectResults(cells, { threshold, groups, isPercentage: measure.unit === 'percent', periodRollUps: inferPeriodRollUps(cells.map((c) => c.periodLabel)) });
  const latest = protectedCells.find((c) => c.periodLabel === measure.status.period!.label && c.subgroup === null);
  return latest?.isHidden ? { range: latest.range } : null;
}
