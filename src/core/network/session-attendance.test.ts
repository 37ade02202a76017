import { describe, expect, it } from 'vitest';
import { attendanceTotals, type AttendanceEntry } from './session-attendance.js';

const entry = (districtId: string, role: AttendanceEntry['role'], attended = true): AttendanceEntry => ({ districtId, role, attended });

describe('attendance at a cohort session', () => {
  it.each([
    ['nobody recorded', ['a', 'b'], [], { recorded: 0, attended: 0, districtsPresent: 0 }],
    ['everyone came', ['a'], [entry('a', 'superintendent'), entry('a', 'teacher')], { recorded: 2, attended: 2, districtsPresent: 1 }],
    ['some absent', ['a', 'b'], [entry('a', 'superintendent', false), entry('b', 'principal'), entry('b', 'teacher', false)], { recorded: 3, attended: 1, districtsPresent: 1 }],
    ['a district with only absences is not present', ['a', 'b'], [entry('a', 'other', false), entry('b', 'other', false)], { recorded: 2, attended: 0, districtsPresent: 0 }],
  ] as const)('%s', (_name, districts, entries, expected) => {
    expect(attendanceTotals(districts, entries)).toMatchObject(expected);
  });

  it('counts every listed district, in order, and a district no longer listed after them', () => {
    const totals = attendanceTotals(['b', 'a'], [entry('a', 'teacher'), entry('gone', 'principal', false), entry('a', 'principal', false)]);
    expect(totals.byDistrict).toEqual([
      { districtId: 'b', recorded: 0, attended: 0 },
      { districtId: 'a', recorded: 2, attended: 1 },
      { districtId: 'gone', recorded: 1, attended: 0 },
    ]);
  });

  it('counts every role in the fixed order', () => {
    const totals = attendanceTotals(['a'], [entry('a', 'teacher'), entry('a', 'teacher', false), entry('a', 'board_member')]);
    expect(totals.byRole.map((row) => row.role)).toEqual(['superintendent', 'board_member', 'steering_committee', 'principal', 'teacher', 'other']);
    expect(totals.byRole.find((row) => row.role === 'teacher')).toEqual({ role: 'teacher', recorded: 2, attended: 1 });
    expect(totals.byRole.find((row) => row.role === 'superintendent')).toEqual({ role: 'superintendent', recorded: 0, attended: 0 });
  });
});
