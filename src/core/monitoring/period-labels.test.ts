import { describe, expect, it } from 'vitest';
import type { ReportingCalendar, YearBasis } from './monitoring-types.js';
import { parsePeriodLabel, yearLabel } from './period-labels.js';

const school: ReportingCalendar = { yearBasis: 'school', schoolYearStartMonth: 8, fiscalYearStartMonth: 7 };

describe('yearLabel', () => {
  it.each<[number, YearBasis, number, string]>([
    [2025, 'school', 8, '2025-26'],
    [2099, 'school', 8, '2099-00'],
    [2026, 'school', 1, '2026'],
    [2025, 'fiscal', 7, 'FY2026'],
    [2026, 'fiscal', 1, 'FY2026'],
  ])('a year starting in %i (%s, month %i) is %s', (startYear, basis, startMonth, label) => expect(yearLabel(startYear, basis, startMonth)).toBe(label));
});

describe('parsePeriodLabel', () => {
  it.each<[string, { startsOn: string; endsOn: string } | null]>([
    ['2025-26', { startsOn: '2025-08-01', endsOn: '2026-07-31' }],
    ['sy25-26', { startsOn: '2025-08-01', endsOn: '2026-07-31' }],
    ['FY2026', { startsOn: '2025-07-01', endsOn: '2026-06-30' }], // fiscal labels use the fiscal start month
    ['2025-26 s2', { startsOn: '2026-02-01', endsOn: '2026-07-31' }],
    ['FY2026 Q4', { startsOn: '2026-04-01', endsOn: '2026-06-30' }],
    ['2026-Q1', { startsOn: '2026-01-01', endsOn: '2026-03-31' }],
    ['Sept. 2025', { startsOn: '2025-09-01', endsOn: '2025-09-30' }],
    ['2011-12', { startsOn: '2011-08-01', endsOn: '2012-07-31' }], // a school year before a month
    ['25-26', null], // too short to be sure it is a year
    ['2025-27', null],
    ['Ju 2025', null],
  ])('%s', (label, expected) => expect(parsePeriodLabel(label, school)).toEqual(expected));
});
