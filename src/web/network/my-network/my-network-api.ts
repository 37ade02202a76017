import type { CoachOfDistrict, CohortEvent, EnrolmentDocument, EnrolmentDocumentKind, MembershipStatus } from '../cohorts/cohorts-api';

/* A district's view of its network, as GET /api/districts/:districtId/network sends it. */

export interface DistrictCohort {
  cohortId: string;
  cohortName: string;
  schoolYear: string;
  networkId: string;
  networkName: string;
  templateId: string;
  templateName: string | null;
  startDate: string;
  status: MembershipStatus;
  cycleId: string | null;
  invitedAt: string;
  enrolledAt: string | null;
  documents: EnrolmentDocument[];
  upcomingEvents: CohortEvent[];
}

export interface DistrictNetwork {
  cohorts: DistrictCohort[];
  providers: Array<{ networkName: string; providerName: string }>;
  coaches: CoachOfDistrict[];
}

/** The two documents a district gives before it enrols, in the order it usually gives them. */
export const requiredDocumentKinds: readonly EnrolmentDocumentKind[] = ['notice_of_intent', 'letter_of_commitment'];

/** The largest enrolment file the server takes (add-enrolment-document.ts), checked before sending. */
export const maxEnrolmentFileBytes = 10 * 1024 * 1024;

export const myNetworkApi = {
  network: (districtId: string) => `/api/districts/${districtId}/network`,
  signedForms: (districtId: string, cohortId: string) => `/api/districts/${districtId}/cohorts/${cohortId}/signed-forms`,
  upload: (districtId: string, cohortId: string, kind: EnrolmentDocumentKind, fileName: string) =>
    `/api/districts/${districtId}/cohorts/${cohortId}/documents?kind=${kind}&fileName=${encodeURIComponent(fileName)}`,
  document: (districtId: string, cohortId: string, documentId: string) => `/api/districts/${districtId}/cohorts/${cohortId}/documents/${documentId}`,
  enrolment: (districtId: string, cohortId: string) => `/api/districts/${districtId}/cohorts/${cohortId}/enrolment`,
};

/** Whether the district has given both documents, signed or uploaded, and may enrol. */
export function hasEveryDocument(cohort: DistrictCohort): boolean {
  return requiredDocumentKinds.every((kind) => cohort.documents.some((document) => document.kind === kind));
}
