import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { listDistrictCoaches, listPartnersOfDistrict } from '../../platform/partners/list-district-partners.js';
import { cohortTemplate } from '../cohorts/cohort-templates.js';
import { cohortsRepo } from '../cohorts/cohorts.repo.js';
import { presentCohortEvent } from '../cohorts/cohorts.present.js';
import { membersRepo } from '../members/members.repo.js';
import { presentEnrolmentDocument } from '../members/members.present.js';

/**
 * What a district sees of its network: the cohorts it is invited to or in (with its documents and
 * the shared calendar ahead), which provider each network matched to it, and which coach does what.
 */
export async function readDistrictNetwork(options: { db: Kysely<DB>; districtId: string; today: string }) {
  const { db, districtId, today } = options;
  const memberships = await membersRepo.listOfDistrict(db, districtId);
  const cohorts = await Promise.all(
    memberships.map(async (row) => {
      const [documents, events] = await Promise.all([membersRepo.listDocuments(db, row.cohort_id, [districtId]), cohortsRepo.listEvents(db, row.cohort_id)]);
      return {
        cohortId: row.cohort_id,
        cohortName: row.cohort_name,
        schoolYear: row.school_year,
        networkId: row.organization_id,
        networkName: row.network_name,
        templateId: row.template_id,
        templateName: cohortTemplate(row.template_id)?.name ?? null,
        startDate: row.start_date,
        status: row.status,
        cycleId: row.cycle_id,
        invitedAt: new Date(row.invited_at).toISOString(),
        enrolledAt: row.enrolled_at ? new Date(row.enrolled_at).toISOString() : null,
        documents: documents.map(presentEnrolmentDocument),
        upcomingEvents: events.filter((event) => event.event_date >= today).slice(0, 10).map(presentCohortEvent),
      };
    }),
  );
  const [providers, coaches] = await Promise.all([listPartnersOfDistrict({ db, districtId }), listDistrictCoaches({ db, districtIds: [districtId] })]);
  return {
    cohorts,
    providers: providers.map((provider) => ({ networkName: provider.networkName, providerName: provider.providerName })),
    coaches: coaches.map((coach) => ({ userId: coach.userId, name: coach.name, email: coach.email, organizationName: coach.organizationName, responsibility: coach.responsibility })),
  };
}
