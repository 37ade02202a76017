import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { listDistrictCoaches, listDistrictPartners } from '../../platform/partners/list-district-partners.js';
import { membersRepo } from './members.repo.js';
import { presentCohortDistrict } from './members.present.js';

/**
 * The cohort's districts as the network sees them: status, cycle, the provider matched, the coaches
 * of the network and of that provider with what each does, and the enrolment documents.
 */
export async function listCohortDistricts(options: { db: Kysely<DB> | Transaction<DB>; networkId: string; cohortId: string; districtId?: string }) {
  const { db, networkId, cohortId } = options;
  const rows = (await membersRepo.list(db, cohortId)).filter((row) => !options.districtId || row.district_id === options.districtId);
  const districtIds = rows.map((row) => row.district_id);
  const [partners, coaches, documents] = await Promise.all([listDistrictPartners({ db, networkId }), listDistrictCoaches({ db, districtIds }), membersRepo.listDocuments(db, cohortId, districtIds)]);
  return rows.map((row) => {
    const partner = partners.find((p) => p.districtId === row.district_id);
    const fromHere = new Set([networkId, partner?.providerId]);
    return presentCohortDistrict(row, {
      provider: partner ? { id: partner.providerId, name: partner.providerName } : null,
      coaches: coaches
        .filter((coach) => coach.districtId === row.district_id && fromHere.has(coach.organizationId))
        .map((coach) => ({ userId: coach.userId, name: coach.name, email: coach.email, organizationName: coach.organizationName, responsibility: coach.responsibility })),
      documents: documents.filter((document) => document.district_id === row.district_id),
    });
  });
}
