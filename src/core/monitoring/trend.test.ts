import { describe, expect, it } from 'vitest';
import type { Direction, Trend } from './monitoring-types.js';
import { computeTrend } from './trend.js';

const series = (...values: number[]) => values.map((value, index) => ({ endsOn: `${2020 + index}-06-30`, value }));

describe('computeTrend', () => {
  it.each<[string, { endsOn: string; value: number }[], Direction | undefined, Trend]>([
    ['no points', [], 'increase', 'unknown'],
    ['one point', series(50), 'increase', 'unknown'],
    ['within 1% is flat', series(50, 50.5), 'increase', 'flat'],
    ['just over 1% up is improving', series(50, 50.6), 'increase', 'improving'],
    ['down is declining when higher is better', series(50, 49.4), 'increase', 'declining'],
    ['down is improving when lower is better', series(50, 49.4), 'decrease', 'improving'],
    ['a ceiling reads like decrease', series(8, 9), 'at_most', 'declining'],
    ['a floor reads like increase', series(90, 92), 'at_least', 'improving'],
    ['maintain reads higher as better', series(95, 93), 'maintain', 'declining'],
    ['no direction reads higher as better', series(10, 12), undefined, 'improving'],
    ['from zero, 0.01 is noise', series(0, 0.01), 'increase', 'flat'],
    ['from zero, 0.02 is a move', series(0, 0.02), 'increase', 'improving'],
    ['negative values use their size', series(-10, -10.2), 'increase', 'declining'],
    ['only the last three count', series(10, 20, 30, 30.1), 'increase', 'improving'],
    ['the earliest of the last three is the reference', series(30, 20, 25, 20.1), 'increase', 'flat'],
    ['a dip in the middle does not matter', series(40, 30, 41), 'increase', 'improving'],
    ['a range has no better side', series(12, 16), 'range', 'unknown'],
    ['a steady range is flat', series(12, 12), 'range', 'flat'],
  ])('%s', (_, points, direction, expected) => expect(computeTrend(points, direction)).toBe(expected));

  it('orders points by date, not by list order', () => {
    const points = [
      { endsOn: '2026-06-30', value: 40 },
      { endsOn: '2024-06-30', value: 50 },
      { endsOn: '2025-06-30', value: 45 },
    ];
    expect(computeTrend(points, 'increase')).toBe('declining');
  });
});
