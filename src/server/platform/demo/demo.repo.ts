import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** The reads of the demo screen; the demo's writes go through the domains' own use-cases. */
export const demoRepo = {
  async isDemoOrganization(db: Kysely<DB>, organizationId: string) {
    const row = await db.selectFrom('organizations').select('is_demo').where('id', '=', organizationId).executeTakeFirst();
    return row?.is_demo ?? false;
  },

  /** Active members of the district with one of these emails, with what is needed to check their password. */
  listMembersByEmail(db: Kysely<DB>, organizationId: string, emails: readonly string[]) {
    return db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select(['users.id', 'users.name', 'users.email', 'users.password_hash', 'memberships.role'])
      .where('memberships.organization_id', '=', organizationId)
      .where('memberships.is_active', '=', true)
      .where('users.email', 'in', [...emails])
      .execute();
  },
};
