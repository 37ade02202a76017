import { describe, expect, it } from 'vitest';
import { expectedValue } from './expected-value.js';
import type { MeasureForStatus, PeriodValue, ReportingCalendar } from './monitoring-types.js';

const calendar: ReportingCalendar = { yearBasis: 'school', schoolYearStartMonth: 7, fiscalYearStartMonth: 7 };
const v = (label: string, value: number | null, extra: Partial<PeriodValue> = {}): PeriodValue => ({ period: { label }, value, ...extra });

/** Riverbend's grade 3 reading: 48.2 in 2024-25, on the way to 68 in 2030-31. */
const riverbend: MeasureForStatus = {
  direction: 'increase',
  baseline: { period: { label: '2024-25', ends_on: '2025-06-30' }, value: 48.2 },
  targets: [
    { period: { label: '2026-27', ends_on: '2027-06-30' }, value: 52 },
    v('2027-28', 56),
    v('2028-29', 60),
    v('2029-30', 64),
    v('2030-31', 68),
  ],
};

describe('expectedValue', () => {
  it.each<[string, MeasureForStatus, string, string | null, number | null]>([
    ['the baseline on its own day', riverbend, '2025-06-30', null, 48.2],
    ['the straight line a year in: 48.2 + 3.8 x 365/730', riverbend, '2026-06-30', null, 50.1],
    ['the target on its day', riverbend, '2027-06-30', null, 52],
    ['the next target across a leap year', riverbend, '2028-06-30', null, 56],
    ['the final target', riverbend, '2031-06-30', null, 68],
    ['the final target after it', riverbend, '2032-01-01', null, 68],
    ['nothing before the baseline', riverbend, '2025-06-29', null, null],
    ['a group without targets of its own follows all students', riverbend, '2026-06-30', 'Students with disabilities', 50.1],
    [
      'a "TBD" target is skipped: 52 + 8 x 366/731',
      { ...riverbend, targets: [v('2026-27', 52), v('2027-28', null, { raw: 'TBD' }), v('2028-29', 60)] },
      '2028-06-30',
      null,
      56.005472,
    ],
    [
      'a group with its own targets starts from its actual for the baseline year',
      { ...riverbend, targets: [...riverbend.targets!, v('2026-27', 30, { subgroup: 'EL' }), v('2028-29', 40, { subgroup: 'EL' })], actuals: [v('2024-25', 25, { subgroup: 'EL' })] },
      '2026-06-30',
      'EL',
      27.5,
    ],
    [
      'a group with its own targets and no baseline has nothing before its first target',
      { ...riverbend, targets: [v('2026-27', 30, { subgroup: 'EL' })] },
      '2026-06-30',
      'EL',
      null,
    ],
    ['decrease: the line goes down', { direction: 'decrease', baseline: v('2024-25', 22), targets: [v('2026-27', 16)] }, '2026-06-30', null, 19],
    ['at_least: a floor below the baseline is what is expected', { direction: 'at_least', baseline: v('2024-25', 93), targets: [v('2026-27', 90)] }, '2026-06-30', null, 90],
    ['at_least: a floor above the baseline is walked to', { direction: 'at_least', baseline: v('2024-25', 80), targets: [v('2026-27', 90)] }, '2026-06-30', null, 85],
    ['at_least: the first floor applies from the start without a baseline', { direction: 'at_least', targets: [v('2026-27', 90)] }, '2025-06-30', null, 90],
    ['at_most: a ceiling above the baseline', { direction: 'at_most', baseline: v('2024-25', 5), targets: [v('2026-27', 8)] }, '2026-06-30', null, 8],
    ['maintain: the level in force', { direction: 'maintain', baseline: v('2024-25', 94), targets: [v('2026-27', 95), v('2030-31', 96)] }, '2028-06-30', null, 96],
    ['maintain: the baseline without targets', { direction: 'maintain', baseline: v('2024-25', 95) }, '2026-06-30', null, 95],
    ['maintain: targets written for no datable period still hold', { direction: 'maintain', targets: [v('every year', 95)] }, '2026-06-30', null, 95],
    ['nothing without baseline or targets', { direction: 'increase' }, '2026-06-30', null, null],
    ['targets only: nothing before the first', { targets: [v('2026-27', 52), v('2028-29', 60)] }, '2026-06-30', null, null],
    ['targets only: the line between them', { targets: [v('2026-27', 52), v('2028-29', 60)] }, '2028-06-30', null, 56.005472],
  ])('%s', (_, measure, at, subgroup, expected) => {
    expect(expectedValue({ measure, at, calendar, subgroup })).toBe(expected);
  });

  it('reads a date in the middle of a year on the line', () => {
    expect(expectedValue({ measure: riverbend, at: '2026-12-31', calendar })).toBeCloseTo(48.2 + (3.8 * 549) / 730, 6);
  });
});
