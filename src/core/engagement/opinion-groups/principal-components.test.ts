import { describe, expect, it } from 'vitest';
import { seededRandom } from '../themes/seeded-random.js';
import { centredVotes, columnMeans, leadingEigenvector, principalComponents, withPositiveLargestLoading } from './principal-components.js';
import { buildVoteMatrix } from './vote-matrix.js';
import type { Vote } from './opinion-groups-types.js';

/** A dense matrix in the CSR layout the components are computed on. */
function dense(rows: number[][]) {
  const columnCount = rows[0]!.length;
  const rowStart = Int32Array.from({ length: rows.length + 1 }, (_, r) => r * columnCount);
  const columns = Int32Array.from(rows.flatMap((row) => row.map((_, c) => c)));
  return { rowStart, columns, centred: Float64Array.from(rows.flat()), columnCount };
}

const close = (actual: Float64Array, expected: number[], digits = 9) => expected.forEach((value, i) => expect(actual[i]).toBeCloseTo(value, digits));

describe('principalComponents', () => {
  it('finds the known components of a matrix built from them, largest variance first, signs fixed', () => {
    // Rows a u1 + b u2 with orthonormal u1, u2; a and b centred and uncorrelated, var a = 20 > var b = 4.
    const u1 = [0.5, 0.5, 0.5, 0.5];
    const u2 = [0.5, -0.5, 0.5, -0.5];
    const a = [3, -3, 1, -1];
    const b = [1, 1, -1, -1];
    const rows = a.map((ai, i) => u1.map((u, c) => ai * u + b[i]! * u2[c]!));
    const [first, second] = principalComponents(dense(rows));
    close(first, u1);
    close(second, u2);
  });

  it('settles the plane of two equal components, where one vector alone would wander', () => {
    // Three camps of equal size at the corners of a triangle: the top two eigenvalues are equal.
    const corners = [
      [1, 0, 0],
      [-0.5, Math.sqrt(3) / 2, 0],
      [-0.5, -Math.sqrt(3) / 2, 0],
    ];
    const basis = [
      [0.6, 0.8, 0, 0],
      [0, 0, 0.6, 0.8],
      [0.8, -0.6, 0, 0],
    ];
    const rows = corners.flatMap((corner) => [corner, corner].map(() => basis[0]!.map((_, c) => corner[0]! * basis[0]![c]! + corner[1]! * basis[1]![c]!)));
    const [first, second] = principalComponents(dense(rows));
    // Both components lie in the span of basis 0 and 1, and are orthonormal.
    for (const component of [first, second]) {
      const along = basis.slice(0, 2).map((u) => u.reduce((sum, value, c) => sum + value * component[c]!, 0));
      expect(along[0]! ** 2 + along[1]! ** 2).toBeCloseTo(1, 9);
    }
    expect(first.reduce((sum, value, c) => sum + value * second[c]!, 0)).toBeCloseTo(0, 12);
  });

  it('gives zeros for directions with no variance', () => {
    const [first, second] = principalComponents(dense([[1], [-1]]));
    close(first, [1]);
    close(second, [0]);
    // Votes of rank 1: the second component is zeros, not rounding error blown up to length 1.
    const [line, nothing] = principalComponents(dense([[1, 2, -1], [-1, -2, 1], [0.5, 1, -0.5], [-0.5, -1, 0.5]]));
    close(line, [1 / Math.sqrt(6), 2 / Math.sqrt(6), -1 / Math.sqrt(6)]);
    expect([...nothing]).toEqual([0, 0, 0]);
    const none = principalComponents(dense([[0, 0], [0, 0]]));
    expect([...none[0], ...none[1]].every((value) => value === 0)).toBe(true);
  });

  it('is the same on every run', () => {
    const random = seededRandom(11);
    const rows = Array.from({ length: 30 }, () => Array.from({ length: 8 }, () => Math.round(random() * 2) - 1));
    expect(principalComponents(dense(rows))).toEqual(principalComponents(dense(rows)));
  });
});

describe('the pieces of the components', () => {
  it.each([
    { a: 2, b: 0, d: 1, vector: [1, 0] },
    { a: 1, b: 0, d: 2, vector: [0, 1] },
    { a: 1, b: 1, d: 1, vector: [Math.SQRT1_2, Math.SQRT1_2] },
    { a: 1, b: -1, d: 1, vector: [Math.SQRT1_2, -Math.SQRT1_2] },
    { a: 3, b: 2, d: 0, vector: [2 / Math.sqrt(5), 1 / Math.sqrt(5)] },
  ])('the leading eigenvector of [[$a, $b], [$b, $d]]', ({ a, b, d, vector }) => {
    const [c, s] = leadingEigenvector(a, b, d);
    const sign = Math.sign(c * vector[0]! + s * vector[1]!);
    expect(sign * c).toBeCloseTo(vector[0]!, 12);
    expect(sign * s).toBeCloseTo(vector[1]!, 12);
  });

  it.each([
    { vector: [0.1, -0.9, 0.3], fixed: [-0.1, 0.9, -0.3] },
    { vector: [0.1, 0.9, -0.3], fixed: [0.1, 0.9, -0.3] },
    { vector: [-0.6, 0.6], fixed: [0.6, -0.6] }, // a tie goes to the first
    { vector: [0, 0], fixed: [0, 0] },
  ])('makes the largest loading positive: $vector', ({ vector, fixed }) => {
    expect([...withPositiveLargestLoading(Float64Array.from(vector))]).toEqual(fixed);
  });

  it('centres each vote on its statement mean over those who saw it; moderated statements are zeros', () => {
    const votes: Vote[] = [
      { participant: 'p1', statement: 'a', vote: 1 },
      { participant: 'p2', statement: 'a', vote: 1 },
      { participant: 'p3', statement: 'a', vote: -1 },
      { participant: 'p1', statement: 'b', vote: 0 },
      { participant: 'p2', statement: 'b', vote: 1 },
      { participant: 'p1', statement: 'm', vote: 1 },
    ];
    const matrix = buildVoteMatrix(votes, ['m']);
    const means = columnMeans(matrix);
    close(means, [1 / 3, 0.5, 0], 12);
    const centred = centredVotes(matrix, means);
    const byCell = new Map<string, number>();
    matrix.participants.forEach((p, r) => {
      for (let i = matrix.rowStart[r]!; i < matrix.rowStart[r + 1]!; i++) byCell.set(`${p}:${matrix.statements[matrix.columns[i]!]}`, centred[i]!);
    });
    const expected = { 'p1:a': 2 / 3, 'p1:b': -0.5, 'p1:m': 0, 'p2:a': 2 / 3, 'p2:b': 0.5, 'p3:a': -4 / 3 };
    expect([...byCell.keys()].sort()).toEqual(Object.keys(expected).sort());
    for (const [cell, value] of Object.entries(expected)) expect(byCell.get(cell)).toBeCloseTo(value, 12);
  });
});
