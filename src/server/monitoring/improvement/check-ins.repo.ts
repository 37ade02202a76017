import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { CheckInFollowUpsTable, CheckInsTable } from '../tables.js';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

export type CheckInRow = Selectable<CheckInsTable> & { created_by_name: string | null };
export type FollowUpRow = Selectable<CheckInFollowUpsTable> & { owner_name: string | null };

export interface CheckInValues {
  held_on?: string;
  attendees?: string;
  agenda?: string;
  notes?: string;
  decisions?: string;
}

export interface FollowUpValues {
  title?: string;
  owner_id?: string;
  due_date?: string;
  status?: 'open' | 'done';
}

function checkInQuery(db: Executor, organizationId: string, planId: string) {
  return db
    .selectFrom('check_ins as c')
    .leftJoin('users as u', 'u.id', 'c.created_by')
    .selectAll('c')
    .select('u.name as created_by_name')
    .where('c.organization_id', '=', organizationId)
    .where('c.plan_id', '=', planId);
}

function followUpQuery(db: Executor, organizationId: string) {
  return db
    .selectFrom('check_in_follow_ups as f')
    .leftJoin('users as u', 'u.id', 'f.owner_id')
    .selectAll('f')
    .select('u.name as owner_name')
    .where('f.organization_id', '=', organizationId);
}

/** A plan's check-ins and their follow-ups; every query is scoped to the district. */
export const checkInsRepo = {
  listCheckIns(db: Executor, organizationId: string, planId: string): Promise<CheckInRow[]> {
    return checkInQuery(db, organizationId, planId).orderBy('c.held_on', 'desc').orderBy('c.created_at', 'desc').execute();
  },

  findCheckIn(db: Executor, organizationId: string, planId: string, id: string): Promise<CheckInRow | undefined> {
    return checkInQuery(db, organizationId, planId).where('c.id', '=', id).executeTakeFirst();
  },

  /** The latest check-in held on or before a date: the one a new check-in's agenda follows. */
  findPreviousCheckIn(db: Executor, organizationId: string, planId: string, heldOn: string) {
    return checkInQuery(db, organizationId, planId).where('c.held_on', '<=', heldOn).orderBy('c.held_on', 'desc').orderBy('c.created_at', 'desc').executeTakeFirst();
  },

  /** Open follow-ups of the plan's check-ins held on or before a date. */
  listOpenFollowUpsBefore(db: Executor, organizationId: string, planId: string, heldOn: string): Promise<FollowUpRow[]> {
    return followUpQuery(db, organizationId)
      .innerJoin('check_ins as c', 'c.id', 'f.check_in_id')
      .where('f.plan_id', '=', planId)
      .where('f.status', '=', 'open')
      .where('c.held_on', '<=', heldOn)
      .orderBy('f.due_date')
      .orderBy('f.position')
      .execute();
  },

  async insertCheckIn(trx: Transaction<DB>, values: { organizationId: string; planId: string; heldOn: string; sinceOn: string | null; attendees: string; agenda: string; userId: string | null }) {
    const row = await trx
      .insertInto('check_ins')
      .values({ organization_id: values.organizationId, plan_id: values.planId, held_on: values.heldOn, since_on: values.sinceOn, attendees: values.attendees, agenda: values.agenda, decisions: '[]', created_by: values.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (await checkInsRepo.findCheckIn(trx, values.organizationId, values.planId, row.id))!;
  },

  updateCheckIn(trx: Transaction<DB>, organizationId: string, id: string, version: number, values: CheckInValues) {
    return trx
      .updateTable('check_ins')
      .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
  },

  deleteCheckIn(trx: Transaction<DB>, organizationId: string, id: string) {
    return trx.deleteFrom('check_ins').where('organization_id', '=', organizationId).where('id', '=', id).execute();
  },

  listFollowUps(db: Executor, organizationId: string, checkInIds: readonly string[]): Promise<FollowUpRow[]> {
    if (!checkInIds.length) return Promise.resolve([]);
    return followUpQuery(db, organizationId).where('f.check_in_id', 'in', checkInIds).orderBy('f.position').execute();
  },

  findFollowUp(db: Executor, organizationId: string, planId: string, id: string): Promise<FollowUpRow | undefined> {
    return followUpQuery(db, organizationId).where('f.plan_id', '=', planId).where('f.id', '=', id).executeTakeFirst();
  },

  async insertFollowUp(trx: Transaction<DB>, values: { organizationId: string; planId: string; checkInId: string; title: string; ownerId: string; dueDate: string; userId: string | null }) {
    const last = await trx.selectFrom('check_in_follow_ups').select(sql<number>`coalesce(max(position), -1)`.as('position')).where('check_in_id', '=', values.checkInId).executeTakeFirstOrThrow();
    const row = await trx
      .insertInto('check_in_follow_ups')
      .values({ organization_id: values.organizationId, plan_id: values.planId, check_in_id: values.checkInId, position: Number(last.position) + 1, title: values.title, owner_id: values.ownerId, due_date: values.dueDate, created_by: values.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (await checkInsRepo.findFollowUp(trx, values.organizationId, values.planId, row.id))!;
  },

  async updateFollowUp(trx: Transaction<DB>, organizationId: string, id: string, version: number, values: FollowUpValues) {
    const doneAt = values.status === 'done' ? sql<Date>`coalesce(done_at, now())` : values.status === 'open' ? sql<Date | null>`null` : undefined;
    return trx
      .updateTable('check_in_follow_ups')
      .set({ ...values, ...(doneAt ? { done_at: doneAt } : {}), version: sql`version + 1`, updated_at: sql`now()` })
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
  },

  deleteFollowUp(trx: Transaction<DB>, organizationId: string, id: string) {
    return trx.deleteFrom('check_in_follow_ups').where('organization_id', '=', organizationId).where('id', '=', id).execute();
  },

  /** The follow-ups a person owns in the district, with the check-in and plan they came from. */
  listOwnedFollowUps(db: Executor, organizationId: string, userId: string) {
    return followUpQuery(db, organizationId)
      .innerJoin('check_ins as c', 'c.id', 'f.check_in_id')
      .innerJoin('plans as p', 'p.id', 'f.plan_id')
      .select(['c.held_on', 'p.title as plan_title'])
      .where('f.owner_id', '=', userId)
      .orderBy('f.due_date')
      .orderBy('f.position')
      .execute();
  },

  isActiveDistrictMember(db: Executor, organizationId: string, userId: string) {
    return db.selectFrom('memberships').select('id').where('organization_id', '=', organizationId).where('user_id', '=', userId).where('is_active', '=', true).executeTakeFirst().then(Boolean);
  },

  /** Active members among the given ids, with their names. */
  listActiveMembers(db: Executor, organizationId: string, userIds: readonly string[]) {
    if (!userIds.length) return Promise.resolve([] as { id: string; name: string }[]);
    return db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['u.id', 'u.name'])
      .where('m.organization_id', '=', organizationId)
      .where('m.is_active', '=', true)
      .where('u.id', 'in', userIds)
      .execute();
  },

  /** Names of people by id (owners of overdue updates). */
  listNames(db: Executor, userIds: readonly string[]) {
    if (!userIds.length) return Promise.resolve([] as { id: string; name: string }[]);
    return db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute();
  },
};
