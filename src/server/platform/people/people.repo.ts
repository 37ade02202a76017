import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Role } from '../tables.js';

type Executor = Kysely<DB> | Transaction<DB>;

export const peopleRepo = {
  insertUser(trx: Transaction<DB>, values: { email: string; name: string; passwordHash: string | null; isOperator?: boolean; locale?: 'en' | 'es' }) {
    return trx
      .insertInto('users')
      .values({
        email: values.email.toLowerCase(),
        name: values.name,
        password_hash: values.passwordHash,
        is_operator: values.isOperator ?? false,
        locale: values.locale ?? 'en',
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  countUsers(db: Executor) {
    return db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.count));
  },

  insertMembership(trx: Transaction<DB>, values: { organizationId: string; userId: string; role: Role }) {
    return trx
      .insertInto('memberships')
      .values({ organization_id: values.organizationId, user_id: values.userId, role: values.role })
      .onConflict((oc) => oc.columns(['organization_id', 'user_id']).doUpdateSet({ role: values.role, is_active: true, version: sql`memberships.version + 1`, updated_at: sql`now()` }))
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  listMembers(db: Executor, organizationId: string) {
    return db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select(['users.id as user_id', 'users.name', 'users.email', 'memberships.role', 'memberships.is_active', 'memberships.version', 'memberships.created_at'])
      .where('memberships.organization_id', '=', organizationId)
      .orderBy('users.name')
      .execute();
  },

  /** Active members holding one role, with the language they read, for mail sent to them. */
  listActiveWithRole(db: Executor, organizationId: string, role: Role) {
    return db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select(['users.id as user_id', 'users.name', 'users.email', 'users.locale'])
      .where('memberships.organization_id', '=', organizationId)
      .where('memberships.role', '=', role)
      .where('memberships.is_active', '=', true)
      .orderBy('users.name')
      .execute();
  },

  findMember(db: Executor, organizationId: string, userId: string) {
    return db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select(['users.id as user_id', 'users.name', 'users.email', 'memberships.role', 'memberships.is_active', 'memberships.version', 'memberships.created_at'])
      .where('memberships.organization_id', '=', organizationId)
      .where('memberships.user_id', '=', userId)
      .executeTakeFirst();
  },

  /** Locks the organization's memberships so two concurrent demotions cannot both pass the last-administrator check. */
  async lockMemberships(trx: Transaction<DB>, organizationId: string) {
    await trx.selectFrom('memberships').select('id').where('organization_id', '=', organizationId).forUpdate().execute();
  },

  countActiveWithRole(db: Executor, organizationId: string, role: Role) {
    return db
      .selectFrom('memberships')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('organization_id', '=', organizationId)
      .where('role', '=', role)
      .where('is_active', '=', true)
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.count));
  },

  updateMembership(trx: Transaction<DB>, organizationId: string, userId: string, version: number, changes: { role?: Role; isActive?: boolean }) {
    return trx
      .updateTable('memberships')
      .set({
        ...(changes.role !== undefined ? { role: changes.role } : {}),
        ...(changes.isActive !== undefined ? { is_active: changes.isActive } : {}),
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('organization_id', '=', organizationId)
      .where('user_id', '=', userId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  },

  deleteMembership(trx: Transaction<DB>, organizationId: string, userId: string) {
    return trx.deleteFrom('memberships').where('organization_id', '=', organizationId).where('user_id', '=', userId).returningAll().executeTakeFirst();
  },

  listCoachDistricts(db: Executor, networkId: string) {
    return db.selectFrom('coach_assignments').select(['user_id', 'district_id', 'responsibility']).where('network_id', '=', networkId).execute();
  },

  async replaceCoachDistricts(trx: Transaction<DB>, networkId: string, userId: string, districtIds: string[], responsibility: string | null = null) {
    await trx.deleteFrom('coach_assignments').where('network_id', '=', networkId).where('user_id', '=', userId).execute();
    if (districtIds.length === 0) return;
    await trx
      .insertInto('coach_assignments')
      .values(districtIds.map((districtId) => ({ network_id: networkId, district_id: districtId, user_id: userId, responsibility })))
      .execute();
  },

  async updateUser(trx: Transaction<DB>, userId: string, changes: { name?: string; locale?: 'en' | 'es'; passwordHash?: string }) {
    return trx
      .updateTable('users')
      .set({
        ...(changes.name !== undefined ? { name: changes.name } : {}),
        ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
        ...(changes.passwordHash !== undefined ? { password_hash: changes.passwordHash } : {}),
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('id', '=', userId)
      .returningAll()
      .executeTakeFirstOrThrow();
  },
};
