/**
 * Attendance at a cohort session: who each district sent, in which role, and who came. The network
 * reads it by district (did every team show up?) and by role (were superintendents and board
 * members there, or only staff?), which is what a state agency reports on its professional development.
 */
export const attendanceRoles = ['superintendent', 'board_member', 'steering_committee', 'principal', 'teacher', 'other'] as const;
export type AttendanceRole = (typeof attendanceRoles)[number];

export interface AttendanceEntry {
  districtId: string;
  role: AttendanceRole;
  attended: boolean;
}

export interface AttendanceCount {
  /** People recorded (expected or registered). */
  recorded: number;
  attended: number;
}

export interface AttendanceTotals extends AttendanceCount {
  /** Every district asked for, in the order given, even those that recorded nobody. */
  byDistrict: Array<{ districtId: string } & AttendanceCount>;
  /** Every role in the fixed order, even those nobody held. */
  byRole: Array<{ role: AttendanceRole } & AttendanceCount>;
  /** Districts with at least one person there. */
  districtsPresent: number;
}

export function attendanceTotals(districtIds: readonly string[], entries: readonly AttendanceEntry[]): AttendanceTotals {
  const count = (rows: readonly AttendanceEntry[]): AttendanceCount => ({ recorded: rows.length, attended: rows.filter((row) => row.attended).length });
  // Districts that recorded people but are not listed (withdrawn since) still count, after the listed ones.
  const ids = [...new Set([...districtIds, ...entries.map((entry) => entry.districtId)])];
  const byDistrict = ids.map((districtId) => ({ districtId, ...count(entries.filter((entry) => entry.districtId === districtId)) }));
  return {
    ...count(entries),
    byDistrict,
    byRole: attendanceRoles.map((role) => ({ role, ...count(entries.filter((entry) => entry.role === role)) })),
    districtsPresent: byDistrict.filter((district) => district.attended > 0).length,
  };
}
