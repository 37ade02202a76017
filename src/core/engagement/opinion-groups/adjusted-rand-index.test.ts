import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './adjusted-rand-index.js';

describe('adjustedRandIndex', () => {
  // Textbook cases (the first three are scikit-learn's documented examples), worked by hand from the
  // contingency table: (index - expected) / (max - expected).
  it.each([
    { name: 'the same split', a: [0, 0, 1, 1], b: [0, 0, 1, 1], ari: 1 },
    { name: 'the same split under other labels', a: [0, 0, 1, 1], b: ['x', 'x', 'y', 'y'], ari: 1 },
    { name: 'one cluster split in two', a: [0, 0, 1, 2], b: [0, 0, 1, 1], ari: 4 / 7 },
    { name: 'two of three clusters merged', a: [0, 0, 0, 1, 1, 1], b: [0, 0, 1, 1, 2, 2], ari: 8 / 33 },
    { name: 'every pair crossed', a: [0, 0, 1, 1], b: [0, 1, 0, 1], ari: -0.5 },
    { name: 'one cluster against all singletons', a: [0, 0, 0, 0], b: [0, 1, 2, 3], ari: 0 },
    { name: 'three clusters, each rotated by one', a: [1, 1, 1, 2, 2, 2, 3, 3, 3], b: [1, 1, 2, 2, 2, 3, 3, 3, 1], ari: 1 / 9 },
    { name: 'both one cluster (0 / 0: the same split)', a: [5, 5, 5], b: [7, 7, 7], ari: 1 },
    { name: 'both all singletons (0 / 0: the same split)', a: [1, 2, 3], b: ['a', 'b', 'c'], ari: 1 },
    { name: 'labels 1 and "1" are different clusters', a: [1, 1, '1', '1'], b: [0, 0, 1, 1], ari: 1 },
  ])('$name: $ari', ({ a, b, ari }) => {
    expect(adjustedRandIndex(a, b)).toBeCloseTo(ari, 12);
    expect(adjustedRandIndex(b, a)).toBeCloseTo(ari, 12);
  });

  it('needs the same items on both sides', () => {
    expect(() => adjustedRandIndex([0, 1], [0])).toThrow(RangeError);
  });
});
