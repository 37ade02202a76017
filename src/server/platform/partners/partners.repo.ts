import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** Providers matched to districts (district_partners) and the coaches who work with districts. */
export const partnersRepo = {
  findMatch(db: Executor, networkId: string, districtId: string) {
    return db.selectFrom('district_partners').selectAll().where('network_id', '=', networkId).where('district_id', '=', districtId).executeTakeFirst();
  },

  async replaceMatch(trx: Transaction<DB>, values: { networkId: string; districtId: string; partnerId: string | null }) {
    await trx.deleteFrom('district_partners').where('network_id', '=', values.networkId).where('district_id', '=', values.districtId).execute();
    if (values.partnerId) await trx.insertInto('district_partners').values({ network_id: values.networkId, district_id: values.districtId, partner_id: values.partnerId }).execute();
  },

  /** A provider no longer matched to a district takes its coaches away from it too. */
  deleteCoachAssignments(trx: Transaction<DB>, organizationId: string, districtId: string) {
    return trx.deleteFrom('coach_assignments').where('network_id', '=', organizationId).where('district_id', '=', districtId).execute();
  },

  listMatchesOfNetwork(db: Executor, networkId: string) {
    return db
      .selectFrom('district_partners')
      .innerJoin('organizations', 'organizations.id', 'district_partners.partner_id')
      .select(['district_partners.district_id', 'district_partners.partner_id', 'organizations.name as partner_name'])
      .where('district_partners.network_id', '=', networkId)
      .execute();
  },

  listMatchesOfDistrict(db: Executor, districtId: string) {
    return db
      .selectFrom('district_partners')
      .innerJoin('organizations as partner', 'partner.id', 'district_partners.partner_id')
      .innerJoin('organizations as network', 'network.id', 'district_partners.network_id')
      .select(['district_partners.network_id', 'network.name as network_name', 'district_partners.partner_id', 'partner.name as partner_name'])
      .where('district_partners.district_id', '=', districtId)
      .execute();
  },

  /** Active coaches assigned to any of the districts, by any organisation, with what each does. */
  listCoachesOfDistricts(db: Executor, districtIds: readonly string[]) {
    if (districtIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('coach_assignments')
      .innerJoin('users', 'users.id', 'coach_assignments.user_id')
      .innerJoin('organizations', 'organizations.id', 'coach_assignments.network_id')
      .innerJoin('memberships', (join) => join.onRef('memberships.organization_id', '=', 'coach_assignments.network_id').onRef('memberships.user_id', '=', 'coach_assignments.user_id'))
      .select(['coach_assignments.district_id', 'coach_assignments.network_id as organization_id', 'organizations.name as organization_name', 'coach_assignments.responsibility', 'users.id as user_id', 'users.name', 'users.email'])
      .where('coach_assignments.district_id', 'in', districtIds)
      .where('memberships.is_active', '=', true)
      .where('memberships.role', '=', 'coach')
      .orderBy('users.name')
      .execute();
  },

  /** The districts a coach of the organisation is assigned to. */
  listAssignedDistrictIds(db: Executor, organizationId: string, userId: string) {
    return db.selectFrom('coach_assignments').select('district_id').where('network_id', '=', organizationId).where('user_id', '=', userId).execute().then((rows) => rows.map((row) => row.district_id));
  },

  /** A network's own districts and those matched to it as a provider. */
  listDistrictIdsOfNetwork(db: Executor, organizationId: string) {
    return db
      .selectFrom('organizations')
      .select('id')
      .where('kind', '=', 'district')
      .where((eb) => eb.or([eb('network_id', '=', organizationId), eb('id', 'in', eb.selectFrom('district_partners').select('district_id').where('partner_id', '=', organizationId))]))
      .execute()
      .then((rows) => rows.map((row) => row.id));
  },
};
