import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { CohortEventKind } from '../tables.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** Cohorts and their shared calendar. */
export const cohortsRepo = {
  insert(trx: Executor, values: { networkId: string; name: string; schoolYear: string; templateId: string; startDate: string; description: string; createdBy: string | null }) {
    return trx
      .insertInto('cohorts')
      .values({ organization_id: values.networkId, name: values.name, school_year: values.schoolYear, template_id: values.templateId, start_date: values.startDate, description: values.description, created_by: values.createdBy })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  findByName(db: Executor, networkId: string, name: string) {
    return db.selectFrom('cohorts').select('id').where('organization_id', '=', networkId).where(sql`lower(name)`, '=', name.toLowerCase()).executeTakeFirst();
  },

  /** The network's cohorts with how many districts each has (withdrawn ones not counted), newest first. */
  list(db: Executor, networkId: string) {
    return db
      .selectFrom('cohorts')
      .selectAll('cohorts')
      .select((eb) =>
        eb
          .selectFrom('cohort_districts')
          .select((inner) => inner.fn.countAll<string>().as('n'))
          .whereRef('cohort_districts.cohort_id', '=', 'cohorts.id')
          .where('cohort_districts.status', '!=', 'withdrawn')
          .as('district_count'),
      )
      .where('organization_id', '=', networkId)
      .orderBy('start_date', 'desc')
      .orderBy('name')
      .execute();
  },

  find(db: Executor, networkId: string, cohortId: string) {
    return db
      .selectFrom('cohorts')
      .selectAll('cohorts')
      .select((eb) =>
        eb
          .selectFrom('cohort_districts')
          .select((inner) => inner.fn.countAll<string>().as('n'))
          .whereRef('cohort_districts.cohort_id', '=', 'cohorts.id')
          .where('cohort_districts.status', '!=', 'withdrawn')
          .as('district_count'),
      )
      .where('organization_id', '=', networkId)
      .where('id', '=', cohortId)
      .executeTakeFirst();
  },

  lock(trx: Transaction<DB>, networkId: string, cohortId: string) {
    return trx.selectFrom('cohorts').selectAll().where('organization_id', '=', networkId).where('id', '=', cohortId).forUpdate().executeTakeFirst();
  },

  update(trx: Transaction<DB>, cohortId: string, version: number, changes: { name?: string; school_year?: string; start_date?: string; description?: string }) {
    return trx
      .updateTable('cohorts')
      .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', cohortId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  },

  listEvents(db: Executor, cohortId: string) {
    return db.selectFrom('cohort_events').selectAll().where('cohort_id', '=', cohortId).orderBy('event_date').orderBy('start_time').orderBy('title').execute();
  },

  findEvent(db: Executor, cohortId: string, eventId: string) {
    return db.selectFrom('cohort_events').selectAll().where('cohort_id', '=', cohortId).where('id', '=', eventId).executeTakeFirst();
  },

  insertEvent(trx: Transaction<DB>, values: { cohortId: string; networkId: string; kind: CohortEventKind; title: string; date: string; startTime: string | null; location: string | null; details: string }) {
    return trx
      .insertInto('cohort_events')
      .values({ cohort_id: values.cohortId, organization_id: values.networkId, kind: values.kind, title: values.title, event_date: values.date, start_time: values.startTime, location: values.location, details: values.details })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  updateEvent(trx: Transaction<DB>, eventId: string, version: number, changes: { kind?: CohortEventKind; title?: string; event_date?: string; start_time?: string | null; location?: string | null; details?: string }) {
    return trx
      .updateTable('cohort_events')
      .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', eventId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  },

  deleteEvent(trx: Transaction<DB>, eventId: string) {
    return trx.deleteFrom('cohort_events').where('id', '=', eventId).returningAll().executeTakeFirst();
  },
};

export type CohortRow = NonNullable<Awaited<ReturnType<typeof cohortsRepo.find>>>;
export type CohortEventRow = Awaited<ReturnType<typeof cohortsRepo.listEvents>>[number];
