import { describe, expect, it } from 'vitest';
import { summarizeNumbers } from './number-summary.js';

describe('summarizeNumbers', () => {
  it.each([
    ['nothing', [], null],
    ['one value', [4], { n: 1, mean: 4, median: 4, min: 4, max: 4 }],
    ['an odd count, unsorted', [9, 1, 5], { n: 3, mean: 5, median: 5, min: 1, max: 9 }],
    ['an even count: the mean of the middle two', [4, 1, 3, 2], { n: 4, mean: 2.5, median: 2.5, min: 1, max: 4 }],
    ['many equal values', [2, 2, 2, 2, 7], { n: 5, mean: 3, median: 2, min: 2, max: 7 }],
    ['negative and fractional', [-1.5, 0, 2.5], { n: 3, mean: 1 / 3, median: 0, min: -1.5, max: 2.5 }],
  ])('%s', (_, values, expected) => {
    expect(summarizeNumbers(Float64Array.from(values))).toEqual(expected);
  });

  it('finds the same median as sorting, on many lists', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let round = 0; round < 300; round++) {
      const values = Array.from({ length: 1 + Math.floor(random() * 60) }, () => Math.floor(random() * 20) - 5);
      const sorted = [...values].sort((a, b) => a - b);
      const middle = sorted.length >> 1;
      const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
      expect(summarizeNumbers(Float64Array.from(values))!.median, `${values}`).toBe(median);
    }
  });
});
