import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { cohortsRepo } from '../cohorts/cohorts.repo.js';
import { membersRepo } from '../members/members.repo.js';

/** Who is reading a cohort's shared space: the network that runs it, or one of its districts. */
export type CohortReader = { networkId: string } | { districtId: string };

/**
 * The cohort a caller may read, or 404: the network's own cohort, or one the district is invited
 * to or enrolled in (a district that withdrew, or was never asked, sees nothing of it). The
 * checkpoint has already found the caller's standing in the network or the district.
 */
export async function reachCohort(db: Kysely<DB>, reader: CohortReader, cohortId: string) {
  let networkId: string;
  let districtId: string | null = null;
  if ('districtId' in reader) {
    const member = await membersRepo.find(db, cohortId, reader.districtId);
    if (!member || member.status === 'withdrawn') throw notFound('Cohort');
    networkId = member.organization_id;
    districtId = reader.districtId;
  } else {
    networkId = reader.networkId;
  }
  const cohort = await cohortsRepo.find(db, networkId, cohortId);
  if (!cohort) throw notFound('Cohort');
  return { cohortId, networkId, districtId, templateId: cohort.template_id, name: cohort.name };
}
