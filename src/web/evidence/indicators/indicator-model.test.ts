import { describe, expect, it } from 'vitest';
import type { IndicatorCell } from '../api-types';
import { formatDifference, formatValue, gapOf, isImprovement, nOf, sortPeriods, valueOf } from './indicator-model';

describe('indicator cells', () => {
  it.each<[IndicatorCell | null, number | null, number | null, ReturnType<typeof gapOf>]>([
    [{ value: 42.5, n: 120 }, 42.5, 120, null],
    [{ value: 0, n: 30 }, 0, 30, null],
    [{ suppressed: true, reason: 'small_group' }, null, null, 'small_group'],
    [{ suppressed: true, reason: 'complementary' }, null, null, 'small_group'],
    [{ suppressed: true, reason: 'in_file' }, null, null, 'in_file'],
    [{ missing: true }, null, null, 'missing'],
    [null, null, null, 'missing'],
  ])('%o has value %s, n %s, gap %s', (cell, value, n, gap) => {
    expect(valueOf(cell)).toBe(value);
    expect(nOf(cell)).toBe(n);
    expect(gapOf(cell)).toBe(gap);
  });
});

describe('formatting', () => {
  it.each([
    [42.54, 'percent', 'en', '42.5%'],
    [40, 'percent', 'en', '40.0%'],
    [40.25, 'percent', 'es', '40,3%'],
    [1234, 'count', 'en', '1,234'],
  ] as const)('%s %s in %s reads %s', (value, unit, locale, text) => expect(formatValue(value, unit, locale)).toBe(text));

  it('writes an axis tick without decimals it does not need', () => {
    expect(formatValue(40, 'percent', 'en', true)).toBe('40%');
    expect(formatValue(2.5, 'percent', 'en', true)).toBe('2.5%');
  });

  it.each([
    [3.24, '+3.2'],
    [-1, '−1.0'],
    [0.04, '0.0'],
  ])('difference %s reads %s', (value, text) => expect(formatDifference(value, 'en')).toBe(text));
});

describe('isImprovement', () => {
  it.each([
    [2, true, true],
    [2, false, false],
    [-2, false, true],
    [2, null, null],
    [0.01, true, null],
  ])('%s with higher-is-better %s -> %s', (difference, higher, good) => expect(isImprovement(difference, higher)).toBe(good));
});

describe('sortPeriods', () => {
  it('orders school years by their first year', () => {
    expect(sortPeriods(['2018-19', '2016-17', '2017-18'])).toEqual(['2016-17', '2017-18', '2018-19']);
    expect(sortPeriods(['2020', '2014', 'Fall'])).toEqual(['2014', '2020', 'Fall']);
  });
});
