import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import type { ReportingCalendar } from '../../../core/monitoring/monitoring-types.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { monitoringSettingsRepo, type MonitoringSettingsValues } from './monitoring-settings.repo.js';
import { presentSettings } from './monitoring-settings.present.js';

/** What a district has before it saves its own: the migration's column defaults, version 0. */
export const defaultMonitoringSettings: MonitoringSettingsValues & { version: number } = {
  yearBasis: 'school',
  schoolYearStartMonth: 7,
  fiscalYearStartMonth: 7,
  measureDueDays: 14,
  actionDueDays: 7,
  remindDaysBefore: 3,
  remindEveryDays: 3,
  escalateAfterDays: 10,
  suppressionThreshold: 10,
  updateLinkGraceDays: 14,
  version: 0,
};

export type MonitoringSettings = ReturnType<typeof presentSettings>;

/** The district's reporting calendar, due dates and reminder schedule, or the defaults. */
export async function loadMonitoringSettings(db: Kysely<DB>, organizationId: string): Promise<MonitoringSettings> {
  const row = await monitoringSettingsRepo.findSettings(db, organizationId);
  return row ? presentSettings(row) : { ...defaultMonitoringSettings };
}

export const calendarOf = (settings: MonitoringSettings): ReportingCalendar => ({
  yearBasis: settings.yearBasis,
  schoolYearStartMonth: settings.schoolYearStartMonth,
  fiscalYearStartMonth: settings.fiscalYearStartMonth,
});

/**
 * Saves the district's monitoring settings. The caller names the version it started from (0 when
 * never saved); when someone saved since, 409 with the current settings.
 */
export async function saveMonitoringSettings(options: { db: Kysely<DB>; actor: Actor; organizationId: string; version: number; values: Omit<MonitoringSettingsValues, 'updateLinkGraceDays'> & { updateLinkGraceDays?: number } }) {
  const { db, actor, organizationId, version } = options;
  return inTransaction(db, async (trx) => {
    const beforeRow = await monitoringSettingsRepo.findSettings(trx, organizationId, { lock: true });
    const before = beforeRow ? presentSettings(beforeRow) : { ...defaultMonitoringSettings };
    const values: MonitoringSettingsValues = { ...options.values, updateLinkGraceDays: options.values.updateLinkGraceDays ?? before.updateLinkGraceDays };
    const saved = version === 0 && !beforeRow ? await monitoringSettingsRepo.insertSettings(trx, organizationId, values) : await monitoringSettingsRepo.updateSettings(trx, organizationId, version, values);
    if (!saved) {
      const current = await monitoringSettingsRepo.findSettings(trx, organizationId);
      throw new AppError('conflict', 'Someone saved the monitoring settings meanwhile; review them and try again', [], { current: current ? presentSettings(current) : before });
    }
    const after = presentSettings(saved);
    await recordAuditEvent(trx, actor, { organizationId, action: 'monitoring.settings_saved', entityType: 'monitoring_settings', entityId: organizationId, before: beforeRow ? before : undefined, after });
    return after;
  });
}
