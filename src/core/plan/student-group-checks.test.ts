import { describe, expect, it } from 'vitest';
import type { Measure } from './format/plan-format.schema.js';
import { checkStudentGroups, type StudentGroupLookup } from './student-group-checks.js';

const lookup: StudentGroupLookup = (name) =>
  name === 'English learners' || name === 'Hispanic or Latino' ? { kind: 'listed' } : name === 'Hispanic/Latino' ? { kind: 'alias', name: 'Hispanic or Latino' } : { kind: 'unknown' };
const label = 'Measure G1.M1 "Reading"';
const period = { label: '2025-26' };
const codesOf = (measure: Partial<Measure>) => checkStudentGroups({ key: 'G1.M1', name: 'Reading', ...measure }, label, lookup).map((check) => [check.code, check.field]);

describe('checkStudentGroups', () => {
  it.each<[string, Partial<Measure>, string[][]]>([
    ['nothing when every group is listed', { subgroup: 'English learners', targets: [{ period, value: 40, subgroup: 'Hispanic or Latino' }] }, []],
    ['nothing without groups', { targets: [{ period, value: 40 }] }, []],
    ['a typo in a target', { targets: [{ period, value: 40, subgroup: 'Hispnic' }] }, [['measure_student_group_not_listed', 'targets']]],
    ['another name in an actual', { actuals: [{ period, value: 40, subgroup: 'Hispanic/Latino' }] }, [['measure_student_group_other_name', 'actuals']]],
    ['the measure\'s own population', { subgroup: 'ELLs' }, [['measure_student_group_not_listed', 'subgroup']]],
    [
      'one finding per name, where it is first written',
      { baseline: { period, value: 1, subgroup: 'Hispnic' }, targets: [{ period, value: 2, subgroup: 'Hispnic' }], actuals: [{ period, value: 3, subgroup: 'Hispnic' }] },
      [['measure_student_group_not_listed', 'baseline']],
    ],
  ])('%s', (_, measure, codes) => expect(codesOf(measure)).toEqual(codes));

  it('says what the list calls the group', () =>
    expect(checkStudentGroups({ key: 'G1.M1', name: 'Reading', actuals: [{ period, value: 3, subgroup: 'Hispanic/Latino' }] }, label, lookup)[0]!.message).toBe(
      `${label} writes "Hispanic/Latino" for the student group the district's list calls "Hispanic or Latino".`,
    ));
});
