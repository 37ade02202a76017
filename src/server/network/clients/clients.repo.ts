import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** A consultancy's client engagements (scope of work, hours bought) and the hours used. */
export const clientsRepo = {
  list(db: Executor, where: { networkId?: string; districtId?: string; engagementId?: string }) {
    let query = db
      .selectFrom('client_engagements')
      .innerJoin('organizations as district', 'district.id', 'client_engagements.district_id')
      .innerJoin('organizations as network', 'network.id', 'client_engagements.organization_id')
      .selectAll('client_engagements')
      .select(['district.name as district_name', 'network.name as network_name'])
      .orderBy('district.name')
      .orderBy('client_engagements.starts_on', 'desc');
    if (where.networkId) query = query.where('client_engagements.organization_id', '=', where.networkId);
    if (where.districtId) query = query.where('client_engagements.district_id', '=', where.districtId);
    if (where.engagementId) query = query.where('client_engagements.id', '=', where.engagementId);
    return query.execute();
  },

  lock(trx: Transaction<DB>, networkId: string, engagementId: string) {
    return trx.selectFrom('client_engagements').selectAll().where('organization_id', '=', networkId).where('id', '=', engagementId).forUpdate().executeTakeFirst();
  },

  insert(trx: Transaction<DB>, values: { networkId: string; districtId: string; title: string; startsOn: string; endsOn: string; hoursPurchased: number; scope: unknown[]; createdBy: string | null }) {
    return trx
      .insertInto('client_engagements')
      .values({ organization_id: values.networkId, district_id: values.districtId, title: values.title, starts_on: values.startsOn, ends_on: values.endsOn, hours_purchased: values.hoursPurchased, scope: JSON.stringify(values.scope), created_by: values.createdBy })
      .returning('id')
      .executeTakeFirstOrThrow();
  },

  update(trx: Transaction<DB>, engagementId: string, version: number, changes: { title?: string; starts_on?: string; ends_on?: string; hours_purchased?: number; scope?: unknown[] }) {
    const { scope, ...rest } = changes;
    return trx
      .updateTable('client_engagements')
      .set({ ...rest, ...(scope ? { scope: JSON.stringify(scope) } : {}), version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', engagementId)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
  },

  listHours(db: Executor, engagementIds: readonly string[]) {
    if (engagementIds.length === 0) return Promise.resolve([]);
    return db.selectFrom('engagement_hours').selectAll().where('engagement_id', 'in', engagementIds).orderBy('worked_on', 'desc').orderBy('created_at', 'desc').execute();
  },

  insertHours(trx: Transaction<DB>, values: { engagementId: string; coachId: string | null; coachName: string; workedOn: string; hours: number; activity: string; createdBy: string | null }) {
    return trx
      .insertInto('engagement_hours')
      .values({ engagement_id: values.engagementId, coach_id: values.coachId, coach_name: values.coachName, worked_on: values.workedOn, hours: values.hours, activity: values.activity, created_by: values.createdBy })
      .returning('id')
      .executeTakeFirstOrThrow();
  },

  findHours(db: Executor, engagementId: string, entryId: string) {
    return db.selectFrom('engagement_hours').selectAll().where('engagement_id', '=', engagementId).where('id', '=', entryId).executeTakeFirst();
  },

  deleteHours(trx: Transaction<DB>, entryId: string) {
    return trx.deleteFrom('engagement_hours').where('id', '=', entryId).execute();
  },
};

export type ClientRow = Awaited<ReturnType<typeof clientsRepo.list>>[number];
export type HoursRow = Awaited<ReturnType<typeof clientsRepo.listHours>>[number];
