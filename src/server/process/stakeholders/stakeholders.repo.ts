import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { EngagementEntriesTable } from '../tables.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface GroupValues {
  name: string;
  constituency: string;
  description: string;
  estimatedSize: number | null;
  contacts: Array<{ name: string; email: string }>;
  notes: string;
}
export interface EngagementValues {
  stakeholderGroupId: string;
  phaseId: string;
  method: EngagementEntriesTable['method'];
  startDate: string | null;
  endDate: string | null;
  leadUserId: string | null;
  status: 'planned' | 'scheduled' | 'done' | 'cancelled';
  notes: string;
}

const groupColumns = (v: Partial<GroupValues>) => ({
  ...(v.name !== undefined ? { name: v.name } : {}),
  ...(v.constituency !== undefined ? { constituency: v.constituency } : {}),
  ...(v.description !== undefined ? { description: v.description } : {}),
  ...(v.estimatedSize !== undefined ? { estimated_size: v.estimatedSize } : {}),
  ...(v.contacts !== undefined ? { contacts: JSON.stringify(v.contacts) } : {}),
  ...(v.notes !== undefined ? { notes: v.notes } : {}),
});
const entryColumns = (v: Partial<EngagementValues>) => ({
  ...(v.stakeholderGroupId !== undefined ? { group_id: v.stakeholderGroupId } : {}),
  ...(v.phaseId !== undefined ? { phase_id: v.phaseId } : {}),
  ...(v.method !== undefined ? { method: v.method } : {}),
  ...(v.startDate !== undefined ? { start_date: v.startDate } : {}),
  ...(v.endDate !== undefined ? { end_date: v.endDate } : {}),
  ...(v.leadUserId !== undefined ? { lead_user_id: v.leadUserId } : {}),
  ...(v.status !== undefined ? { status: v.status } : {}),
  ...(v.notes !== undefined ? { notes: v.notes } : {}),
});

function selectEntries(db: Executor) {
  return db
    .selectFrom('engagement_entries as e')
    .leftJoin('users as u', 'u.id', 'e.lead_user_id')
    .selectAll('e')
    .select('u.name as lead_name');
}
export type EntryRow = Awaited<ReturnType<ReturnType<typeof selectEntries>['executeTakeFirstOrThrow']>>;

export const stakeholdersRepo = {
  findCycle(db: Executor, organizationId: string, cycleId: string) {
    return db.selectFrom('planning_cycles').select(['id', 'name']).where('organization_id', '=', organizationId).where('id', '=', cycleId).executeTakeFirst();
  },

  listGroups(db: Executor, cycleId: string) {
    return db.selectFrom('stakeholder_groups').selectAll().where('cycle_id', '=', cycleId).orderBy('position').orderBy('created_at').execute();
  },

  findGroup(db: Executor, cycleId: string, groupId: string) {
    return db.selectFrom('stakeholder_groups').selectAll().where('cycle_id', '=', cycleId).where('id', '=', groupId).executeTakeFirst();
  },

  async insertGroup(trx: Transaction<DB>, cycleId: string, organizationId: string, values: GroupValues) {
    const { next } = await trx
      .selectFrom('stakeholder_groups')
      .select(sql<number>`coalesce(max(position), -1) + 1`.as('next'))
      .where('cycle_id', '=', cycleId)
      .executeTakeFirstOrThrow();
    return trx
      .insertInto('stakeholder_groups')
      .values({
        cycle_id: cycleId,
        organization_id: organizationId,
        position: next,
        name: values.name,
        constituency: values.constituency,
        description: values.description,
        estimated_size: values.estimatedSize,
        contacts: JSON.stringify(values.contacts),
        notes: values.notes,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  updateGroup(trx: Transaction<DB>, groupId: string, version: number, values: Partial<GroupValues>) {
    return trx
      .updateTable('stakeholder_groups')
      .set({ ...groupColumns(values), version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', groupId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  },

  deleteGroup(trx: Transaction<DB>, cycleId: string, groupId: string) {
    return trx.deleteFrom('stakeholder_groups').where('cycle_id', '=', cycleId).where('id', '=', groupId).returningAll().executeTakeFirst();
  },

  listEntries(db: Executor, cycleId: string) {
    return selectEntries(db).where('e.cycle_id', '=', cycleId).orderBy(sql`coalesce(e.start_date, '9999-12-31')`).orderBy('e.created_at').execute();
  },

  findEntry(db: Executor, cycleId: string, entryId: string) {
    return selectEntries(db).where('e.cycle_id', '=', cycleId).where('e.id', '=', entryId).executeTakeFirst();
  },

  async insertEntry(trx: Transaction<DB>, cycleId: string, organizationId: string, values: EngagementValues) {
    const { id } = await trx
      .insertInto('engagement_entries')
      .values({ cycle_id: cycleId, organization_id: organizationId, group_id: values.stakeholderGroupId, phase_id: values.phaseId, method: values.method, ...entryColumns(values) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (await this.findEntry(trx, cycleId, id))!;
  },

  async updateEntry(trx: Transaction<DB>, cycleId: string, entryId: string, version: number, values: Partial<EngagementValues>) {
    const updated = await trx
      .updateTable('engagement_entries')
      .set({ ...entryColumns(values), version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', entryId)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
    return updated ? this.findEntry(trx, cycleId, entryId) : undefined;
  },

  async deleteEntry(trx: Transaction<DB>, cycleId: string, entryId: string) {
    const before = await this.findEntry(trx, cycleId, entryId);
    if (before) await trx.deleteFrom('engagement_entries').where('id', '=', entryId).execute();
    return before;
  },

  isPhaseOfCycle(db: Executor, cycleId: string, phaseId: string) {
    return db.selectFrom('cycle_phases').select('id').where('cycle_id', '=', cycleId).where('id', '=', phaseId).executeTakeFirst().then(Boolean);
  },

  isGroupOfCycle(db: Executor, cycleId: string, groupId: string) {
    return db.selectFrom('stakeholder_groups').select('id').where('cycle_id', '=', cycleId).where('id', '=', groupId).executeTakeFirst().then(Boolean);
  },

  isDistrictMember(db: Executor, organizationId: string, userId: string) {
    return db.selectFrom('memberships').select('id').where('organization_id', '=', organizationId).where('user_id', '=', userId).executeTakeFirst().then(Boolean);
  },
};
