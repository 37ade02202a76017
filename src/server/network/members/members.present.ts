import type { CohortDistrictRow, EnrolmentDocumentRow } from './members.repo.js';

export function presentEnrolmentDocument(row: EnrolmentDocumentRow) {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
    signerName: row.signer_name,
    signerTitle: row.signer_title,
    statement: row.statement,
    addedBy: row.created_by_name,
    addedAt: new Date(row.created_at).toISOString(),
  };
}

export type CoachOfDistrict = { userId: string; name: string; email: string; organizationName: string; responsibility: string | null };

export function presentCohortDistrict(row: CohortDistrictRow, extra: { provider: { id: string; name: string } | null; coaches: CoachOfDistrict[]; documents: EnrolmentDocumentRow[] }) {
  return {
    districtId: row.district_id,
    districtName: row.district_name,
    status: row.status,
    cycleId: row.cycle_id,
    invitedAt: new Date(row.invited_at).toISOString(),
    enrolledAt: row.enrolled_at ? new Date(row.enrolled_at).toISOString() : null,
    provider: extra.provider,
    coaches: extra.coaches,
    documents: extra.documents.map(presentEnrolmentDocument),
    version: row.version,
  };
}
