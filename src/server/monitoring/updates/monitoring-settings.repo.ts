import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { YearBasis } from '../tables.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface MonitoringSettingsValues {
  yearBasis: YearBasis;
  schoolYearStartMonth: number;
  fiscalYearStartMonth: number;
  measureDueDays: number;
  actionDueDays: number;
  remindDaysBefore: number;
  remindEveryDays: number;
  escalateAfterDays: number;
  suppressionThreshold: number;
  updateLinkGraceDays: number;
}

const columnsOf = (values: MonitoringSettingsValues) => ({
  year_basis: values.yearBasis,
  school_year_start_month: values.schoolYearStartMonth,
  fiscal_year_start_month: values.fiscalYearStartMonth,
  measure_due_days: values.measureDueDays,
  action_due_days: values.actionDueDays,
  remind_days_before: values.remindDaysBefore,
  remind_every_days: values.remindEveryDays,
  escalate_after_days: values.escalateAfterDays,
  suppression_threshold: values.suppressionThreshold,
  update_link_grace_days: values.updateLinkGraceDays,
});

export type MonitoringSettingsRow = Awaited<ReturnType<typeof monitoringSettingsRepo.findSettings>> & object;
export type MonitoringPersonRow = Awaited<ReturnType<typeof monitoringSettingsRepo.listPeople>>[number];

export const monitoringSettingsRepo = {
  findSettings(db: Executor, organizationId: string, options: { lock?: boolean } = {}) {
    const query = db.selectFrom('monitoring_settings').selectAll().where('organization_id', '=', organizationId);
    return (options.lock ? query.forUpdate() : query).executeTakeFirst();
  },

  /** The first save; undefined when someone else saved first (the caller answers 409). */
  insertSettings(trx: Transaction<DB>, organizationId: string, values: MonitoringSettingsValues) {
    return trx
      .insertInto('monitoring_settings')
      .values({ organization_id: organizationId, ...columnsOf(values) })
      .onConflict((oc) => oc.column('organization_id').doNothing())
      .returningAll()
      .executeTakeFirst();
  },

  /** Saves when the caller saw the latest version; undefined means stale. */
  updateSettings(trx: Transaction<DB>, organizationId: string, version: number, values: MonitoringSettingsValues) {
    return trx
      .updateTable('monitoring_settings')
      .set({ ...columnsOf(values), version: sql`version + 1`, updated_at: sql`now()` })
      .where('organization_id', '=', organizationId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  },

  /** The district's active members with their supervisor and digest choice (defaults when never set). */
  listPeople(db: Executor, organizationId: string, userId?: string) {
    let query = db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .leftJoin('monitoring_people as p', (join) => join.onRef('p.user_id', '=', 'm.user_id').on('p.organization_id', '=', organizationId))
      .leftJoin('users as s', 's.id', 'p.supervisor_id')
      .select(['u.id as user_id', 'u.name', 'u.email', 'p.supervisor_id', 's.name as supervisor_name'])
      .select(sql<boolean>`coalesce(p.wants_daily_digest, false)`.as('wants_daily_digest'))
      .where('m.organization_id', '=', organizationId)
      .where('m.is_active', '=', true);
    if (userId) query = query.where('m.user_id', '=', userId);
    return query.orderBy('u.name').orderBy('u.id').execute();
  },

  isActiveMember(db: Executor, organizationId: string, userId: string) {
    return db
      .selectFrom('memberships')
      .select('user_id')
      .where('organization_id', '=', organizationId)
      .where('user_id', '=', userId)
      .where('is_active', '=', true)
      .executeTakeFirst()
      .then(Boolean);
  },

  upsertPerson(trx: Transaction<DB>, organizationId: string, userId: string, values: { supervisorId: string | null; wantsDailyDigest: boolean }) {
    return trx
      .insertInto('monitoring_people')
      .values({ organization_id: organizationId, user_id: userId, supervisor_id: values.supervisorId, wants_daily_digest: values.wantsDailyDigest })
      .onConflict((oc) =>
        oc.columns(['organization_id', 'user_id']).doUpdateSet({
          supervisor_id: values.supervisorId,
          wants_daily_digest: values.wantsDailyDigest,
          version: sql`monitoring_people.version + 1`,
          updated_at: sql`now()`,
        }),
      )
      .execute();
  },
};
