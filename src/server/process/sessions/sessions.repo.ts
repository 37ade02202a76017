import { sql, type Kysely, type Transaction } from 'kysely';
import type { AttendanceStatus } from '../tables.js';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface RecordValues {
  place?: string | null;
  meetingLink?: string | null;
  startTime?: string | null;
  agenda?: unknown[];
  minutes?: string;
  decisions?: unknown[];
}

export interface TaskValues {
  title?: string;
  ownerId?: string;
  dueDate?: string;
  status?: 'open' | 'done';
}

const taskColumns = ['t.id', 't.session_id', 't.cycle_id', 't.title', 't.owner_id', 't.due_date', 't.status', 't.done_at', 't.version', 'u.name as owner_name'] as const;

/** The only code of the sessions resource that writes SQL; every query is held to the district. */
export const sessionsRepo = {
  findSession(db: Executor, organizationId: string, cycleId: string, sessionId: string) {
    return db
      .selectFrom('cycle_sessions as s')
      .innerJoin('cycle_phases as p', 'p.id', 's.phase_id')
      .innerJoin('planning_cycles as c', 'c.id', 's.cycle_id')
      .innerJoin('organizations as o', 'o.id', 's.organization_id')
      .select(['s.id', 's.cycle_id', 's.phase_id', 's.name', 's.format', 's.audience', 's.session_date', 's.length_minutes', 's.details', 's.version', 'p.name as phase_name', 'c.name as cycle_name', 'o.name as district_name'])
      .where('s.organization_id', '=', organizationId)
      .where('s.cycle_id', '=', cycleId)
      .where('s.id', '=', sessionId)
      .executeTakeFirst();
  },

  findCycle(db: Executor, organizationId: string, cycleId: string) {
    return db.selectFrom('planning_cycles').select(['id', 'name']).where('organization_id', '=', organizationId).where('id', '=', cycleId).executeTakeFirst();
  },

  findRecord(db: Executor, organizationId: string, sessionId: string) {
    return db.selectFrom('cycle_session_records').selectAll().where('organization_id', '=', organizationId).where('session_id', '=', sessionId).executeTakeFirst();
  },

  /** Bumps the session's version, the one lock for everything about the session; undefined when stale. */
  bumpSessionVersion(trx: Transaction<DB>, organizationId: string, sessionId: string, version: number) {
    return trx
      .updateTable('cycle_sessions')
      .set({ version: sql`version + 1`, updated_at: sql`now()` })
      .where('organization_id', '=', organizationId)
      .where('id', '=', sessionId)
      .where('version', '=', version)
      .returning(['id', 'version'])
      .executeTakeFirst();
  },

  async saveRecord(trx: Transaction<DB>, scope: { organizationId: string; cycleId: string; sessionId: string; userId: string | null }, values: RecordValues) {
    const columns = {
      ...(values.place !== undefined ? { place: values.place } : {}),
      ...(values.meetingLink !== undefined ? { meeting_link: values.meetingLink } : {}),
      ...(values.startTime !== undefined ? { start_time: values.startTime } : {}),
      ...(values.agenda !== undefined ? { agenda: JSON.stringify(values.agenda) } : {}),
      ...(values.minutes !== undefined ? { minutes: values.minutes } : {}),
      ...(values.decisions !== undefined ? { decisions: JSON.stringify(values.decisions) } : {}),
      updated_by: scope.userId,
    };
    return trx
      .insertInto('cycle_session_records')
      .values({ session_id: scope.sessionId, cycle_id: scope.cycleId, organization_id: scope.organizationId, ...columns })
      .onConflict((oc) => oc.column('session_id').doUpdateSet({ ...columns, updated_at: sql`now()` }))
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /** The active roster, plus anyone no longer active whose attendance at this session was taken. */
  listRosterFor(db: Executor, cycleId: string, sessionId: string) {
    return db
      .selectFrom('committee_members as m')
      .leftJoin('cycle_session_attendance as a', (join) => join.onRef('a.committee_member_id', '=', 'm.id').on('a.session_id', '=', sessionId))
      .select(['m.id', 'm.name', 'm.user_id', 'm.committee_role', 'm.constituency', 'a.status'])
      .where('m.cycle_id', '=', cycleId)
      .where((eb) => eb.or([eb('m.is_active', '=', true), eb('a.status', 'is not', null)]))
      .orderBy('m.position')
      .orderBy('m.created_at')
      .execute();
  },

  listMemberIds(db: Executor, cycleId: string) {
    return db.selectFrom('committee_members').select('id').where('cycle_id', '=', cycleId).execute().then((rows) => new Set(rows.map((r) => r.id)));
  },

  /** Per session of the cycle: where and when it meets, whether minutes exist, open tasks. */
  listSummaries(db: Executor, organizationId: string, cycleId: string) {
    return db
      .selectFrom('cycle_sessions as s')
      .leftJoin('cycle_session_records as r', 'r.session_id', 's.id')
      .select((eb) => [
        's.id',
        'r.place',
        'r.meeting_link',
        'r.start_time',
        'r.minutes',
        eb.selectFrom('cycle_session_tasks as t').select(sql<number>`count(*)::int`.as('n')).whereRef('t.session_id', '=', 's.id').where('t.status', '=', 'open').as('open_tasks'),
        eb.selectFrom('cycle_session_attendance as a').select(sql<number>`count(*)::int`.as('n')).whereRef('a.session_id', '=', 's.id').where('a.status', '=', 'present').as('present'),
      ])
      .where('s.organization_id', '=', organizationId)
      .where('s.cycle_id', '=', cycleId)
      .execute();
  },

  listRosterOrder(db: Executor, cycleId: string) {
    return db.selectFrom('committee_members').select('id').where('cycle_id', '=', cycleId).orderBy('position').orderBy('created_at').execute().then((rows) => rows.map((r) => r.id));
  },

  listAttendance(db: Executor, sessionId: string) {
    return db.selectFrom('cycle_session_attendance').select(['committee_member_id', 'status']).where('session_id', '=', sessionId).orderBy('committee_member_id').execute();
  },

  async saveAttendance(trx: Transaction<DB>, scope: { organizationId: string; cycleId: string; sessionId: string; userId: string | null }, records: Array<{ committeeMemberId: string; status: AttendanceStatus }>) {
    if (!records.length) return;
    await trx
      .insertInto('cycle_session_attendance')
      .values(records.map((r) => ({ session_id: scope.sessionId, committee_member_id: r.committeeMemberId, cycle_id: scope.cycleId, organization_id: scope.organizationId, status: r.status, recorded_by: scope.userId })))
      .onConflict((oc) => oc.columns(['session_id', 'committee_member_id']).doUpdateSet((eb) => ({ status: eb.ref('excluded.status'), recorded_by: eb.ref('excluded.recorded_by'), recorded_at: sql`now()` })))
      .execute();
  },

  /** Every attendance row of the cycle, with its session, for the roster's history. */
  listCycleAttendance(db: Executor, organizationId: string, cycleId: string) {
    return db
      .selectFrom('cycle_session_attendance as a')
      .innerJoin('cycle_sessions as s', 's.id', 'a.session_id')
      .select(['a.session_id', 'a.committee_member_id', 'a.status', 's.name', 's.session_date', 's.position'])
      .where('a.organization_id', '=', organizationId)
      .where('a.cycle_id', '=', cycleId)
      .orderBy('s.session_date')
      .orderBy('s.position')
      .execute();
  },

  listTasks(db: Executor, organizationId: string, sessionId: string) {
    return db
      .selectFrom('cycle_session_tasks as t')
      .leftJoin('users as u', 'u.id', 't.owner_id')
      .select(taskColumns)
      .where('t.organization_id', '=', organizationId)
      .where('t.session_id', '=', sessionId)
      .orderBy('t.position')
      .orderBy('t.created_at')
      .execute();
  },

  findTask(db: Executor, organizationId: string, sessionId: string, taskId: string) {
    return db
      .selectFrom('cycle_session_tasks as t')
      .leftJoin('users as u', 'u.id', 't.owner_id')
      .select(taskColumns)
      .where('t.organization_id', '=', organizationId)
      .where('t.session_id', '=', sessionId)
      .where('t.id', '=', taskId)
      .executeTakeFirst();
  },

  async insertTask(trx: Transaction<DB>, scope: { organizationId: string; cycleId: string; sessionId: string; userId: string | null }, values: Required<Omit<TaskValues, 'status'>>) {
    const { next } = await trx
      .selectFrom('cycle_session_tasks')
      .select(sql<number>`coalesce(max(position), -1) + 1`.as('next'))
      .where('session_id', '=', scope.sessionId)
      .executeTakeFirstOrThrow();
    const { id } = await trx
      .insertInto('cycle_session_tasks')
      .values({ session_id: scope.sessionId, cycle_id: scope.cycleId, organization_id: scope.organizationId, position: next, title: values.title, owner_id: values.ownerId, due_date: values.dueDate, created_by: scope.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (await sessionsRepo.findTask(trx, scope.organizationId, scope.sessionId, id))!;
  },

  async updateTask(trx: Transaction<DB>, organizationId: string, sessionId: string, taskId: string, version: number, values: TaskValues) {
    const updated = await trx
      .updateTable('cycle_session_tasks')
      .set({
        ...(values.title !== undefined ? { title: values.title } : {}),
        ...(values.ownerId !== undefined ? { owner_id: values.ownerId } : {}),
        ...(values.dueDate !== undefined ? { due_date: values.dueDate } : {}),
        ...(values.status !== undefined ? { status: values.status, done_at: values.status === 'done' ? sql`coalesce(done_at, now())` : null } : {}),
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('organization_id', '=', organizationId)
      .where('session_id', '=', sessionId)
      .where('id', '=', taskId)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
    return updated ? sessionsRepo.findTask(trx, organizationId, sessionId, taskId) : undefined;
  },

  deleteTask(trx: Transaction<DB>, organizationId: string, sessionId: string, taskId: string) {
    return trx.deleteFrom('cycle_session_tasks').where('organization_id', '=', organizationId).where('session_id', '=', sessionId).where('id', '=', taskId).returning('id').executeTakeFirst();
  },

  isActiveDistrictMember(db: Executor, organizationId: string, userId: string) {
    return db
      .selectFrom('memberships')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('user_id', '=', userId)
      .where('is_active', '=', true)
      .executeTakeFirst()
      .then(Boolean);
  },

  /** The follow-up tasks a person owns in the district, open and done. */
  listOwnedTasks(db: Executor, organizationId: string, userId: string) {
    return db
      .selectFrom('cycle_session_tasks as t')
      .innerJoin('cycle_sessions as s', 's.id', 't.session_id')
      .innerJoin('planning_cycles as c', 'c.id', 't.cycle_id')
      .select(['t.id', 't.title', 't.cycle_id', 'c.name as cycle_name', 't.session_id', 's.name as session_name', 't.due_date', 't.status', 't.done_at', 't.version'])
      .where('t.organization_id', '=', organizationId)
      .where('t.owner_id', '=', userId)
      .execute();
  },

  /** The cycle deliverables a person owns that are not complete yet. */
  listOwnedDeliverables(db: Executor, organizationId: string, userId: string) {
    return db
      .selectFrom('cycle_deliverables as d')
      .innerJoin('planning_cycles as c', 'c.id', 'd.cycle_id')
      .select(['d.id', 'd.name', 'd.cycle_id', 'c.name as cycle_name', 'd.due_date', 'd.status', 'd.version'])
      .where('d.organization_id', '=', organizationId)
      .where('d.owner_id', '=', userId)
      .where('d.status', '!=', 'complete')
      .execute();
  },
};

export type TaskRow = NonNullable<Awaited<ReturnType<typeof sessionsRepo.findTask>>>;
export type SessionRow = NonNullable<Awaited<ReturnType<typeof sessionsRepo.findSession>>>;
export type RecordRow = NonNullable<Awaited<ReturnType<typeof sessionsRepo.findRecord>>>;
