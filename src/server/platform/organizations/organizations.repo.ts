import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { OrganizationKind, Role } from '../tables.js';
import { slugify, uniqueSlug } from '../../../core/platform/slug.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface ReachableOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
  slug: string;
  networkId: string | null;
  isDemo: boolean;
  role: Role;
  source: 'member' | 'network';
}

export const organizationsRepo = {
  async insert(trx: Transaction<DB>, values: { name: string; kind: OrganizationKind; networkId?: string | null; isDemo?: boolean }) {
    const base = slugify(values.name);
    const taken = await trx.selectFrom('organizations').select('slug').where('slug', 'like', `${base}%`).execute();
    const slug = uniqueSlug(base, new Set(taken.map((r) => r.slug)));
    return trx
      .insertInto('organizations')
      .values({ name: values.name, kind: values.kind, slug, network_id: values.networkId ?? null, is_demo: values.isDemo ?? false })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  findDistrictBySlug(db: Executor, slug: string) {
    return db.selectFrom('organizations').selectAll().where('slug', '=', slug).where('kind', '=', 'district').executeTakeFirst();
  },

  findById(db: Executor, id: string) {
    return db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** Bumps the version only when the caller saw the latest one; undefined means stale. */
  updateName(trx: Transaction<DB>, id: string, name: string, version: number) {
    return trx
      .updateTable('organizations')
      .set({ name, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  },

  /** A network's own districts, and the districts other networks matched to it as their provider. */
  listDistrictsOfNetwork(db: Executor, networkId: string) {
    return db
      .selectFrom('organizations')
      .selectAll()
      .where('kind', '=', 'district')
      .where((eb) => eb.or([eb('network_id', '=', networkId), eb('id', 'in', eb.selectFrom('district_partners').select('district_id').where('partner_id', '=', networkId))]))
      .orderBy('name')
      .execute();
  },

  /** Every organization a user can enter: their memberships, plus districts reached through a network role. */
  async listReachable(db: Executor, userId: string): Promise<ReachableOrganization[]> {
    const direct = await db
      .selectFrom('memberships')
      .innerJoin('organizations', 'organizations.id', 'memberships.organization_id')
      .select(['organizations.id', 'organizations.name', 'organizations.kind', 'organizations.slug', 'organizations.network_id', 'organizations.is_demo', 'memberships.role'])
      .where('memberships.user_id', '=', userId)
      .where('memberships.is_active', '=', true)
      .orderBy('organizations.name')
      .execute();
    const viaNetworkAdmin = await db
      .selectFrom('memberships')
      .innerJoin('organizations', 'organizations.network_id', 'memberships.organization_id')
      .select(['organizations.id', 'organizations.name', 'organizations.kind', 'organizations.slug', 'organizations.network_id', 'organizations.is_demo', 'memberships.role'])
      .where('memberships.user_id', '=', userId)
      .where('memberships.is_active', '=', true)
      .where('memberships.role', '=', 'network_admin')
      .execute();
    // Administrators of a provider organisation reach every district matched to it.
    const viaPartnerAdmin = await db
      .selectFrom('memberships')
      .innerJoin('district_partners', 'district_partners.partner_id', 'memberships.organization_id')
      .innerJoin('organizations', 'organizations.id', 'district_partners.district_id')
      .select(['organizations.id', 'organizations.name', 'organizations.kind', 'organizations.slug', 'organizations.network_id', 'organizations.is_demo', 'memberships.role'])
      .where('memberships.user_id', '=', userId)
      .where('memberships.is_active', '=', true)
      .where('memberships.role', '=', 'network_admin')
      .execute();
    const viaCoaching = await db
      .selectFrom('coach_assignments')
      .innerJoin('organizations', 'organizations.id', 'coach_assignments.district_id')
      .innerJoin('memberships', (join) =>
        join.onRef('memberships.organization_id', '=', 'coach_assignments.network_id').onRef('memberships.user_id', '=', 'coach_assignments.user_id'),
      )
      .select(['organizations.id', 'organizations.name', 'organizations.kind', 'organizations.slug', 'organizations.network_id', 'organizations.is_demo', 'memberships.role'])
      .where('coach_assignments.user_id', '=', userId)
      .where('memberships.is_active', '=', true)
      .where('memberships.role', '=', 'coach')
      .execute();
    const seen = new Set(direct.map((r) => r.id));
    const result: ReachableOrganization[] = direct.map((r) => ({ ...toReachable(r), source: 'member' }));
    for (const row of [...viaNetworkAdmin, ...viaPartnerAdmin, ...viaCoaching]) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      result.push({ ...toReachable(row), source: 'network' });
    }
    return result;
  },

  listSchools(db: Executor, organizationId: string) {
    return db.selectFrom('schools').selectAll().where('organization_id', '=', organizationId).orderBy('name').execute();
  },

  insertSchool(trx: Transaction<DB>, organizationId: string, values: { name: string; code: string | null }) {
    return trx.insertInto('schools').values({ organization_id: organizationId, ...values }).returningAll().executeTakeFirstOrThrow();
  },

  deleteSchool(trx: Transaction<DB>, organizationId: string, schoolId: string) {
    return trx.deleteFrom('schools').where('organization_id', '=', organizationId).where('id', '=', schoolId).returningAll().executeTakeFirst();
  },
};

function toReachable(row: { id: string; name: string; kind: OrganizationKind; slug: string; network_id: string | null; is_demo: boolean; role: Role }) {
  return { id: row.id, name: row.name, kind: row.kind, slug: row.slug, networkId: row.network_id, isDemo: row.is_demo, role: row.role };
}
