import { describe, expect, it } from 'vitest';
import { silhouette } from './silhouette.js';

const on = (...xs: number[]) => Float64Array.from(xs.flatMap((x) => [x, 0]));

describe('silhouette', () => {
  // Points on a line; s = (b - a) / max(a, b) per point, then the plain mean (worked by hand).
  it.each([
    { name: 'two tight pairs far apart', points: on(0, 1, 10, 11), assignment: [0, 0, 1, 1], k: 2, expected: (2 * (9.5 / 10.5) + 2 * (8.5 / 9.5)) / 4 },
    { name: 'a point alone in its cluster scores 0', points: on(0, 2, 10), assignment: [0, 0, 1], k: 2, expected: (0.8 + 0.75 + 0) / 3 },
    { name: 'the pairs split across clusters', points: on(0, 1, 10, 11), assignment: [0, 1, 0, 1], k: 2, expected: (2 * ((6 - 10) / 10) + 2 * ((5 - 10) / 10)) / 4 },
    { name: 'one cluster: no neighbour, 0', points: on(0, 1, 2), assignment: [0, 0, 0], k: 1, expected: 0 },
    { name: 'identical points in two clusters: 0, not NaN', points: on(3, 3, 3, 3), assignment: [0, 0, 1, 1], k: 2, expected: 0 },
    { name: 'no points', points: on(), assignment: [], k: 0, expected: 0 },
  ])('$name', ({ points, assignment, k, expected }) => {
    expect(silhouette(points, Int32Array.from(assignment), k)).toBeCloseTo(expected, 12);
  });

  it('uses distances in the plane, not along one axis', () => {
    // (0,0) and (3,4) are 5 apart; the other cluster sits at (0,10) and (3,14), each 10 from its counterpart.
    const points = Float64Array.from([0, 0, 3, 4, 0, 10, 3, 14]);
    const value = silhouette(points, Int32Array.from([0, 0, 1, 1]), 2);
    const d = (x1: number, y1: number, x2: number, y2: number) => Math.hypot(x1 - x2, y1 - y2);
    const s0 = (b: number, a: number) => (b - a) / Math.max(a, b);
    const expected = (s0((d(0, 0, 0, 10) + d(0, 0, 3, 14)) / 2, 5) + s0((d(3, 4, 0, 10) + d(3, 4, 3, 14)) / 2, 5) + s0((d(0, 10, 0, 0) + d(0, 10, 3, 4)) / 2, 5) + s0((d(3, 14, 0, 0) + d(3, 14, 3, 4)) / 2, 5)) / 4;
    expect(value).toBeCloseTo(expected, 12);
  });
});
