import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface MemberValues {
  userId: string | null;
  name: string;
  constituency: string;
  committeeRole: 'chair' | 'facilitator' | 'member' | 'sponsor';
  title: string | null;
  email: string | null;
  phone: string | null;
  isActive: boolean;
}

const toColumns = (v: Partial<MemberValues>) => ({
  ...(v.userId !== undefined ? { user_id: v.userId } : {}),
  ...(v.name !== undefined ? { name: v.name } : {}),
  ...(v.constituency !== undefined ? { constituency: v.constituency } : {}),
  ...(v.committeeRole !== undefined ? { committee_role: v.committeeRole } : {}),
  ...(v.title !== undefined ? { title: v.title } : {}),
  ...(v.email !== undefined ? { email: v.email } : {}),
  ...(v.phone !== undefined ? { phone: v.phone } : {}),
  ...(v.isActive !== undefined ? { is_active: v.isActive } : {}),
});

export const committeeRepo = {
  findCycle(db: Executor, organizationId: string, cycleId: string) {
    return db.selectFrom('planning_cycles').select(['id', 'template_id']).where('organization_id', '=', organizationId).where('id', '=', cycleId).executeTakeFirst();
  },

  listMembers(db: Executor, cycleId: string) {
    return db.selectFrom('committee_members').selectAll().where('cycle_id', '=', cycleId).orderBy('position').orderBy('created_at').execute();
  },

  findMember(db: Executor, cycleId: string, memberId: string) {
    return db.selectFrom('committee_members').selectAll().where('cycle_id', '=', cycleId).where('id', '=', memberId).executeTakeFirst();
  },

  async insertMember(trx: Transaction<DB>, cycleId: string, organizationId: string, values: MemberValues) {
    const { next } = await trx
      .selectFrom('committee_members')
      .select(sql<number>`coalesce(max(position), -1) + 1`.as('next'))
      .where('cycle_id', '=', cycleId)
      .executeTakeFirstOrThrow();
    return trx
      .insertInto('committee_members')
      .values({
        cycle_id: cycleId,
        organization_id: organizationId,
        position: next,
        user_id: values.userId,
        name: values.name,
        constituency: values.constituency,
        committee_role: values.committeeRole,
        title: values.title,
        email: values.email,
        phone: values.phone,
        is_active: values.isActive,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  updateMember(trx: Transaction<DB>, memberId: string, version: number, values: Partial<MemberValues>) {
    return trx
      .updateTable('committee_members')
      .set({ ...toColumns(values), version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', memberId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  },

  deleteMember(trx: Transaction<DB>, cycleId: string, memberId: string) {
    return trx.deleteFrom('committee_members').where('cycle_id', '=', cycleId).where('id', '=', memberId).returningAll().executeTakeFirst();
  },

  listTargets(db: Executor, cycleId: string) {
    return db.selectFrom('representation_targets').select(['constituency', 'minimum']).where('cycle_id', '=', cycleId).orderBy('constituency').execute();
  },

  async replaceTargets(trx: Transaction<DB>, cycleId: string, organizationId: string, targets: Array<{ constituency: string; minimum: number }>) {
    await trx.deleteFrom('representation_targets').where('cycle_id', '=', cycleId).execute();
    if (targets.length) {
      await trx.insertInto('representation_targets').values(targets.map((t) => ({ cycle_id: cycleId, organization_id: organizationId, ...t }))).execute();
    }
  },

  isDistrictMember(db: Executor, organizationId: string, userId: string) {
    return db
      .selectFrom('memberships')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('user_id', '=', userId)
      .executeTakeFirst()
      .then(Boolean);
  },
};
