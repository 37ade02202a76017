import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { partnersRepo } from './partners.repo.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** Which provider the network matched to each of its districts. */
export async function listDistrictPartners(options: { db: Executor; networkId: string }): Promise<Array<{ districtId: string; providerId: string; providerName: string }>> {
  const rows = await partnersRepo.listMatchesOfNetwork(options.db, options.networkId);
  return rows.map((row) => ({ districtId: row.district_id, providerId: row.partner_id, providerName: row.partner_name }));
}

/** The providers matched to one district, with the network that matched each: what the district sees. */
export async function listPartnersOfDistrict(options: { db: Executor; districtId: string }) {
  const rows = await partnersRepo.listMatchesOfDistrict(options.db, options.districtId);
  return rows.map((row) => ({ networkId: row.network_id, networkName: row.network_name, providerId: row.partner_id, providerName: row.partner_name }));
}

/** The coaches who work with each district (from its network or its provider), with what each does. */
export async function listDistrictCoaches(options: { db: Executor; districtIds: readonly string[] }) {
  const rows = await partnersRepo.listCoachesOfDistricts(options.db, options.districtIds);
  return rows.map((row) => ({
    districtId: row.district_id,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    userId: row.user_id,
    name: row.name,
    email: row.email,
    responsibility: row.responsibility,
  }));
}

/**
 * The districts a person reaches through a network or provider organisation they belong to: all of
 * its districts (its own and those matched to it) for its administrators, the assigned ones for a coach.
 */
export async function listDistrictsReachedThrough(options: { db: Executor; organizationId: string; userId: string; role: string }): Promise<string[]> {
  const { db, organizationId, userId, role } = options;
  if (role === 'coach') return partnersRepo.listAssignedDistrictIds(db, organizationId, userId);
  return role === 'network_admin' ? partnersRepo.listDistrictIdsOfNetwork(db, organizationId) : [];
}
