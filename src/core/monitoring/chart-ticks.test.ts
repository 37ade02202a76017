import { describe, expect, it } from 'vitest';
import { niceTicks, yearOfPeriod } from './chart-ticks.js';

describe('yearOfPeriod', () => {
  it.each([
    ['2025-26', '2025-26'],
    ['2025-26 Q2', '2025-26'],
    ['SY2025-26', '2025-26'],
    ['FY2026 H1', 'FY2026'],
    ['2026-Q2', '2026'],
    ['Q2 2026', '2026'],
    ['2025-09', '2025'],
    ['2027', '2027'],
    ['Spring testing', 'Spring testing'],
  ])('%s belongs to %s', (label, year) => expect(yearOfPeriod(label)).toBe(year));
});

describe('niceTicks', () => {
  it.each<[number, number, number[]]>([
    [18, 64, [0, 20, 40, 60, 80]],
    [41, 64, [40, 50, 60, 70]],
    [46.5, 65, [45, 50, 55, 60, 65]],
  ])('covers %d..%d in whole, round steps', (min, max, ticks) => expect(niceTicks(min, max, 4)).toEqual(ticks));
});
