import { describe, expect, it } from 'vitest';
import type { PeriodResult } from './disclosure-equations.js';
import { inferPeriodRollUps } from './disclosure-equations.js';
import { protectResults, type ProtectedResult } from './protect-results.js';
import { extendStudentGroups, builtInStudentGroups } from './student-groups.js';

const cell = (subgroup: string | null, value: number | null, n: number | null, periodLabel = '2024-25'): PeriodResult => ({ periodLabel, subgroup, value, n });
/** Which cells are withheld and why, as `group:reason` (`period/group:reason` across periods). */
const withheld = (cells: ProtectedResult[], withPeriod = false) =>
  cells.filter((c) => c.isHidden).map((c) => `${withPeriod ? `${c.periodLabel}/` : ''}${c.subgroup ?? 'all'}:${c.hiddenBecause}`);

describe('protectResults', () => {
  it.each<[string, PeriodResult[], string[]]>([
    ['nothing small, nothing hidden', [cell(null, 50, 300), cell('Male', 40, 120), cell('Female', 57, 180)], []],
    // The issue's first example: English learners is a category of its own, and 1,172 other students are no small group.
    ['one small English learners group leaves all students shown', [cell(null, 61.2, 1180), cell('EL', 40, 8)], ['EL:small_group']],
    // The issue's second example: Female = (100 x 50.56 - 95 x 51.57) / 5 unless Male goes too.
    ['a small group takes its category partner with it', [cell(null, 50.56, 100), cell('Male', 51.57, 95), cell('Female', 31.37, 5)], ['Male:complement', 'Female:small_group']],
    [
      'the smallest partner of the same category is the one hidden',
      [cell(null, 50, 300), cell('Hispanic/Latino', 40, 120), cell('White', 55, 100), cell('Black', 60, 72), cell('Asian', 70, 8)],
      ['Black:complement', 'Asian:small_group'],
    ],
    [
      'groups of other categories are no partners',
      [cell(null, 50, 300), cell('Students with disabilities', 30, 40), cell('Male', 51, 292), cell('Female', 20, 8)],
      ['Male:complement', 'Female:small_group'],
    ],
    ['two small groups of one category protect each other', [cell(null, 50, 300), cell('Hispanic', 40, 285), cell('Asian', 55, 9), cell('Black', 70, 6)], ['Asian:small_group', 'Black:small_group']],
    ['n exactly at the threshold is shown', [cell(null, 50, 300), cell('Male', 40, 290), cell('Female', 55, 10)], []],
    [
      'two breakdowns each lose one partner, not all students',
      [cell(null, 50, 100), cell('Male', 51, 95), cell('Female', 31, 5), cell('English learners', 30, 5), cell('Non-EL', 51, 95)],
      ['Male:complement', 'Female:small_group', 'English learners:small_group', 'Non-EL:complement'],
    ],
    ['a group nothing matches is compared with all students: 5 students are left over', [cell(null, 50, 100), cell('Robotics club', 51, 95)], ['Robotics club:complement']],
    ['a group nothing matches with many students left over stays', [cell(null, 50, 100), cell('Robotics club', 51, 60)], []],
    [
      'a group whose n is unknown is hidden, and its partner too',
      [cell(null, 50, 300), cell('Hispanic', 40, 150), cell('White', 55, null), cell('Black', 60, 150)],
      ['Hispanic:complement', 'White:small_group'],
    ],
    ['all students with unknown n is shown', [cell(null, 50, null), cell('Male', 40, 150), cell('Female', 55, 150)], []],
    ['a small total hides everything small', [cell(null, 50, 9), cell('Male', 40, 5), cell('Female', 55, 4)], ['all:small_group', 'Male:small_group', 'Female:small_group']],
    ['a group larger than a small total is hidden with it', [cell(null, 50, 8), cell('Robotics club', 40, 20)], ['all:small_group', 'Robotics club:complement']],
    [
      'a partner without a number cannot be hidden, so all students goes',
      [cell(null, 50, 300), cell('Male', null, 295), cell('Female', 55, 5)],
      ['all:complement', 'Female:small_group'],
    ],
    ['a hidden group of 0 students needs no partner', [cell(null, 50, 300), cell('Male', 40, 300), cell('Female', null, 0)], []],
    ['no group cells', [cell(null, 50, 300)], []],
  ])('%s', (_, cells, expected) => expect(withheld(protectResults(cells, { threshold: 10 }))).toEqual(expected));

  it.each<[string, PeriodResult[], string[]]>([
    ['a small group near 100% is top coded', [cell(null, 80, 1000), cell('EL', 97, 40)], ['EL:top_coded']],
    ['a small group near 0% is bottom coded', [cell(null, 80, 1000), cell('EL', 4.5, 40)], ['EL:bottom_coded']],
    ['a large group near 100% is shown exactly', [cell(null, 97.5, 1000), cell('EL', 96, 250)], []],
    ['just inside the band', [cell(null, 60, 1000), cell('EL', 95, 199), cell('Migrant', 5, 30)], ['EL:top_coded', 'Migrant:bottom_coded']],
    // Male's exact 97 would follow from all students and Female, so Female goes too.
    ['a coded value is protected like a hidden one', [cell(null, 80, 300), cell('Male', 97, 150), cell('Female', 63, 150)], ['Male:top_coded', 'Female:complement']],
    [
      'all zeros do not give a small group away',
      [cell(null, 0, 100), cell('Male', 0, 95), cell('Female', 0, 5)],
      ['all:bottom_coded', 'Male:bottom_coded', 'Female:small_group'],
    ],
  ])('percentages: %s', (_, cells, expected) => expect(withheld(protectResults(cells, { threshold: 10, isPercentage: true }))).toEqual(expected));

  it('publishes a coded value as its range and nothing of a hidden one', () => {
    const result = protectResults([cell(null, 80, 1000), cell('EL', 97, 40), cell('Migrant', 70, 6)], { threshold: 10, isPercentage: true });
    expect(result).toEqual([
      { periodLabel: '2024-25', subgroup: null, value: 80, n: 1000, isHidden: false, hiddenBecause: null, range: null },
      { periodLabel: '2024-25', subgroup: 'EL', value: null, n: null, isHidden: true, hiddenBecause: 'top_coded', range: { min: 95, max: 100 } },
      { periodLabel: '2024-25', subgroup: 'Migrant', value: null, n: null, isHidden: true, hiddenBecause: 'small_group', range: null },
    ]);
  });

  it('protects a small group across a year and its semesters', () => {
    // Each semester counts its own students and the year pools them. Female is small in S1 only;
    // with the year and S2 shown, S1 would be their difference, so S2's pair goes too.
    const period = (label: string, all: [number, number], male: [number, number], female: [number, number]) => [
      cell(null, all[0], all[1], label),
      cell('Male', male[0], male[1], label),
      cell('Female', female[0], female[1], label),
    ];
    const cells = [
      ...period('2024-25 S1', [58.8, 200], [59.5, 192], [42, 8]),
      ...period('2024-25 S2', [62, 200], [64, 150], [56, 50]),
      ...period('2024-25', [60.4, 400], [61.6, 342], [53.1, 58]),
    ];
    const result = protectResults(cells, { threshold: 10, periodRollUps: inferPeriodRollUps(cells.map((c) => c.periodLabel)) });
    expect(withheld(result, true)).toEqual(['2024-25 S1/Male:complement', '2024-25 S1/Female:small_group', '2024-25 S2/Male:complement', '2024-25 S2/Female:complement']);
  });

  it('reads a district’s own groups in place of the built-in ones', () => {
    const groups = extendStudentGroups(builtInStudentGroups, [{ key: 'boys_program', category: 'program', names: ['Robotics club', 'Chess club'] }]);
    // Robotics and chess now make up all students, so the small chess club takes robotics with it.
    const cells = [cell(null, 50, 100), cell('Robotics club', 51, 95), cell('Chess club', 31, 5)];
    expect(withheld(protectResults(cells, { threshold: 10, groups }))).toEqual(['Robotics club:complement', 'Chess club:small_group']);
  });

  it('uses the threshold it is given', () => {
    expect(withheld(protectResults([cell(null, 50, 300), cell('Male', 40, 280), cell('Female', 55, 20)], { threshold: 25 }))).toEqual(['Male:complement', 'Female:small_group']);
  });
});

describe('inferPeriodRollUps', () => {
  it('finds a year with all its semesters or quarters, and nothing else', () => {
    expect(inferPeriodRollUps(['2024-25', '2024-25 S1', '2024-25 S2', 'FY2026', 'FY2026 Q1', 'FY2026 Q2', 'FY2026 Q3'])).toEqual([{ period: '2024-25', parts: ['2024-25 S1', '2024-25 S2'] }]);
  });
});
