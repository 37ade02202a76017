import { describe, expect, it } from 'vitest';
import { builtInStudentGroups } from '../monitoring/student-groups.js';
import { benchmarkValueOf, distributionOf, isSimilar, MIN_DISTRICTS, povertyBandOf, quantile, sizeBandOf, type Contribution, type DistrictProfile, type SharedMeasure } from './benchmark-distribution.js';

const rule = { threshold: 10, groups: builtInStudentGroups };
const year = (label: string, value: number | null, extra: { n?: number; subgroup?: string; ends_on?: string } = {}) => ({
  period: { label, ...(extra.ends_on ? { ends_on: extra.ends_on } : {}) },
  value,
  ...(extra.n !== undefined ? { n: extra.n } : {}),
  ...(extra.subgroup ? { subgroup: extra.subgroup } : {}),
});

describe("a district's value for a benchmark", () => {
  it.each<[string, SharedMeasure, ReturnType<typeof benchmarkValueOf>]>([
    ['the latest actual for all students', { unit: 'percent', actuals: [year('SY24-25', 30, { n: 900 }), year('SY25-26', 34.5, { n: 910 })] }, { status: 'shared', value: 34.5, periodLabel: 'SY25-26' }],
    ['latest by end date when every value has one', { actuals: [year('B', 7, { ends_on: '2026-06-30' }), year('A', 5, { ends_on: '2025-06-30' })] }, { status: 'shared', value: 7, periodLabel: 'B' }],
    ['a group result is not the all-students value', { actuals: [year('SY25-26', 40, { n: 400 }), year('SY25-26', 12, { n: 80, subgroup: 'English learners' })] }, { status: 'shared', value: 40, periodLabel: 'SY25-26' }],
    ['all students with an unknown n stays', { actuals: [year('SY25-26', 61)] }, { status: 'shared', value: 61, periodLabel: 'SY25-26' }],
    ['no actual yet', { actuals: [year('SY25-26', null)] }, { status: 'no_result' }],
    ['only a group has a result', { actuals: [year('SY25-26', 20, { n: 50, subgroup: 'Students with disabilities' })] }, { status: 'no_result' }],
    ['a measure about one group has no all-students value', { subgroup: 'English learners', actuals: [year('SY25-26', 20, { n: 500 })] }, { status: 'no_result' }],
    ['under the district threshold', { actuals: [year('SY25-26', 50, { n: 9 })] }, { status: 'withheld' }],
    ['a percentage near 100 for a small group is coded, so withheld', { unit: 'percent', actuals: [year('SY25-26', 98, { n: 40 })] }, { status: 'withheld' }],
    ['the same percentage for a large group is shown', { unit: 'percent', actuals: [year('SY25-26', 98, { n: 4000 })] }, { status: 'shared', value: 98, periodLabel: 'SY25-26' }],
  ])('%s', (_name, measure, expected) => {
    expect(benchmarkValueOf(measure, rule)).toEqual(expected);
  });

  it('follows the district’s own threshold', () => {
    const measure = { actuals: [year('SY25-26', 50, { n: 15 })] };
    expect(benchmarkValueOf(measure, { ...rule, threshold: 10 }).status).toBe('shared');
    expect(benchmarkValueOf(measure, { ...rule, threshold: 20 }).status).toBe('withheld');
  });
});

describe('similar districts', () => {
  it.each([
    [0, 'under_2500'], [2499, 'under_2500'], [2500, '2500_10000'], [9999, '2500_10000'], [10000, '10000_50000'], [50000, 'over_50000'], [null, null],
  ] as const)('%s students are in band %s', (enrolment, band) => expect(sizeBandOf(enrolment)).toBe(band));
  it.each([
    [0, 'under_25'], [24.99, 'under_25'], [25, '25_50'], [50, '50_75'], [74.9, '50_75'], [75, '75_plus'], [100, '75_plus'], [null, null],
  ] as const)('%s%% in poverty is band %s', (percent, band) => expect(povertyBandOf(percent)).toBe(band));

  const me: DistrictProfile = { enrolment: 4200, povertyPercent: 68, locale: 'rural' };
  it.each<[string, DistrictProfile, boolean]>([
    ['same bands and locale', { enrolment: 9000, povertyPercent: 51, locale: 'rural' }, true],
    ['another size band', { enrolment: 12000, povertyPercent: 68, locale: 'rural' }, false],
    ['another poverty band', { enrolment: 4200, povertyPercent: 80, locale: 'rural' }, false],
    ['another locale', { enrolment: 4200, povertyPercent: 68, locale: 'town' }, false],
    ['an incomplete profile', { enrolment: 4200, povertyPercent: null, locale: 'rural' }, false],
  ])('%s', (_name, other, expected) => {
    expect(isSimilar(me, other)).toBe(expected);
    expect(isSimilar(other, me)).toBe(expected);
  });
});

describe('the distribution', () => {
  const share = (districtId: string, value: number, isNamed = false): Contribution => ({ districtId, value, isNamed });
  const six = [share('me', 20), share('a', 10), share('b', 30), share('c', 40), share('d', 50), share('e', 60)];

  it('gives the quartiles and where the reader falls', () => {
    expect(distributionOf(six, { direction: 'increase', readerId: 'me' })).toEqual({
      isShown: true,
      count: 6,
      min: 10,
      q1: 22.5,
      median: 35,
      q3: 47.5,
      max: 60,
      reader: { value: 20, betterThanPercent: 20, standing: 'bottom_quarter' },
    });
  });

  it('turns "better" around when lower is better', () => {
    expect(distributionOf(six, { direction: 'decrease', readerId: 'me' })).toMatchObject({ reader: { betterThanPercent: 80, standing: 'top_quarter' } });
  });

  it.each<[string, Contribution[], string | null, boolean]>([
    ['five others besides the reader', six, 'me', true],
    ['only four others besides the reader', six.slice(0, 5), 'me', false],
    ['five for a reader who does not share (the network)', six.slice(1), null, true],
    ['four for the network', six.slice(2), null, false],
    ['named districts do not count: a reader would subtract their values', [...six.slice(0, 5), share('n', 70, true), share('m', 80, true)], 'me', false],
    ['named districts on top of five unnamed', [...six, share('n', 70, true)], 'me', true],
    ['a named reader still needs five others', [share('me', 1, true), ...six.slice(1)], 'me', true],
  ])('%s: shown %s', (_name, contributions, readerId, shown) => {
    const result = distributionOf(contributions, { direction: 'increase', readerId });
    expect(result.isShown).toBe(shown);
    if (!shown) expect(result).toEqual({ isShown: false, count: null });
  });

  it('needs MIN_DISTRICTS = 5', () => expect(MIN_DISTRICTS).toBe(5));

  it('counts ties as half', () => {
    const level = [share('me', 5), ...['a', 'b', 'c', 'd', 'e'].map((id) => share(id, 5))];
    expect(distributionOf(level, { direction: 'increase', readerId: 'me' })).toMatchObject({ reader: { betterThanPercent: 50, standing: 'upper_middle' } });
  });

  it.each([
    [[1], 0.5, 1],
    [[1, 2], 0.5, 1.5],
    [[1, 2, 3, 4, 5], 0.25, 2],
    [[1, 2, 3, 4], 0.75, 3.25],
  ] as const)('quantile of %j at %s is %s', (values, p, expected) => expect(quantile(values, p)).toBe(expected));
});
