import { describe, expect, it } from 'vitest';
import { comparePeriods, matchDataPeriods, previousPeriodWhere, sortPeriods } from './indicator-periods.js';

const schoolYears = { yearBasis: 'school' as const, schoolYearStartMonth: 7, fiscalYearStartMonth: 7 };

describe('comparePeriods', () => {
  it.each([
    [['2023-24', '2016-17', '2022-23'], ['2016-17', '2022-23', '2023-24']],
    [['2022-23 S1', '2022-23', '2021-22'], ['2021-22', '2022-23', '2022-23 S1']],
    [['SY23-24', 'SY22-23'], ['SY22-23', 'SY23-24']],
    [['n/a', '2019', '2018'], ['2018', '2019', 'n/a']],
    [['2023', '2023', '2021'], ['2021', '2023']],
  ])('sorts %j as %j', (input, expected) => {
    expect(sortPeriods(input)).toEqual(expected);
  });

  it('is 0 only for the same label', () => {
    expect(comparePeriods('2022-23', '2022-23')).toBe(0);
    expect(comparePeriods('2022-23', '2023-24')).toBeLessThan(0);
  });
});

describe('previousPeriodWhere', () => {
  const periods = ['2019-20', '2020-21', '2021-22', '2022-23'];
  it.each([
    ['2022-23', ['2021-22'], '2021-22'],
    ['2022-23', ['2019-20'], '2019-20'],
    ['2019-20', ['2019-20'], null],
    ['2022-23', [], null],
  ])('before %s with values in %j: %s', (period, having, expected) => {
    expect(previousPeriodWhere(periods, period, (p) => having.includes(p))).toBe(expected);
  });
});

describe('matchDataPeriods', () => {
  it.each([
    ['the same label', ['2022-23'], ['2021-22', '2022-23'], { '2022-23': '2022-23' }],
    ['a plan writing SY', ['2022-23'], ['SY22-23'], { '2022-23': 'SY22-23' }],
    ['a bare year as the school year ending in it', ['2023'], ['2022-23'], { '2023': '2022-23' }],
    ['a four-digit span', ['2022-2023'], ['2022-23'], { '2022-2023': '2022-23' }],
    ['no year of the plan', ['2015-16'], ['2022-23'], {}],
    ['a year against quarters only', ['2022-23'], ['2022-23 Q4'], {}],
    ['a label with no date', ['Fall'], ['2022-23'], {}],
  ])('%s', (_name, data, labels, expected) => {
    expect(Object.fromEntries(matchDataPeriods(data, labels, schoolYears))).toEqual(expected);
  });

  it('reads a bare year on a calendar-year district as that year', () => {
    const calendarYears = { yearBasis: 'school' as const, schoolYearStartMonth: 1, fiscalYearStartMonth: 1 };
    expect(Object.fromEntries(matchDataPeriods(['2023'], ['2022-23', '2023'], calendarYears))).toEqual({ '2023': '2023' });
    expect(Object.fromEntries(matchDataPeriods(['2023'], ['2022-23'], calendarYears))).toEqual({});
  });
});
