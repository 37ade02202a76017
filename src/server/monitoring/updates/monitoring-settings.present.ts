import type { MonitoringPersonRow, MonitoringSettingsRow } from './monitoring-settings.repo.js';

/** A district's monitoring settings as the API gives them. */
export function presentSettings(row: MonitoringSettingsRow) {
  return {
    yearBasis: row.year_basis,
    schoolYearStartMonth: row.school_year_start_month,
    fiscalYearStartMonth: row.fiscal_year_start_month,
    measureDueDays: row.measure_due_days,
    actionDueDays: row.action_due_days,
    remindDaysBefore: row.remind_days_before,
    remindEveryDays: row.remind_every_days,
    escalateAfterDays: row.escalate_after_days,
    suppressionThreshold: row.suppression_threshold,
    updateLinkGraceDays: row.update_link_grace_days,
    version: row.version,
  };
}

/**
 * A person's monitoring choices (supervisor, daily digest) as the API gives them. The email goes
 * only to a reader who manages monitoring or is the person (`showEmail`); others see null.
 */
export function presentPerson(row: MonitoringPersonRow, showEmail = true) {
  return {
    userId: row.user_id,
    name: row.name,
    email: showEmail ? row.email : null,
    supervisorId: row.supervisor_id,
    supervisorName: row.supervisor_id ? (row.supervisor_name ?? null) : null,
    wantsDailyDigest: row.wants_daily_digest,
  };
}
