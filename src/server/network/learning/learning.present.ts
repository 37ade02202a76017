import { attendanceTotals, type AttendanceRole } from '../../../core/network/session-attendance.js';
import type { AttendanceRow, NetworkResourceRow } from './learning.repo.js';

export function presentResource(row: NetworkResourceRow) {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    url: row.url,
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
    phaseKey: row.phase_key,
    eventId: row.event_id,
    addedBy: row.created_by_name,
    addedAt: new Date(row.created_at).toISOString(),
  };
}

/** A session's attendance with its totals; `districts` are the cohort's members, so a district that sent nobody shows as 0. */
export function presentAttendance(eventId: string, rows: readonly AttendanceRow[], districts: ReadonlyArray<{ districtId: string; districtName: string }>) {
  const names = new Map<string, string>(districts.map((district) => [district.districtId, district.districtName]));
  for (const row of rows) if (!names.has(row.district_id)) names.set(row.district_id, row.district_name);
  const totals = attendanceTotals(
    districts.map((district) => district.districtId),
    rows.map((row) => ({ districtId: row.district_id, role: row.role as AttendanceRole, attended: row.attended })),
  );
  const latest = rows.reduce<string | null>((last, row) => {
    const at = new Date(row.recorded_at).toISOString();
    return last === null || at > last ? at : last;
  }, null);
  return {
    eventId,
    people: rows.map((row) => ({ id: row.id, districtId: row.district_id, districtName: row.district_name, personName: row.person_name, role: row.role as AttendanceRole, attended: row.attended })),
    totals: {
      recorded: totals.recorded,
      attended: totals.attended,
      districtsPresent: totals.districtsPresent,
      byDistrict: totals.byDistrict.map((district) => ({ ...district, districtName: names.get(district.districtId) ?? '' })),
      byRole: totals.byRole,
    },
    recordedAt: latest,
  };
}
