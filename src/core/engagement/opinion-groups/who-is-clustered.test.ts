import { describe, expect, it } from 'vitest';
import { whoIsClustered } from './who-is-clustered.js';

describe('whoIsClustered', () => {
  const many = (count: number, votes: number) => new Array<number>(count).fill(votes);
  it.each([
    { name: 'seven votes or more, with many statements', counts: [...many(20, 7), ...many(5, 6)], statements: 50, clustered: 20 },
    { name: 'fewer statements than seven: all of them', counts: [...many(20, 3), ...many(4, 2)], statements: 3, clustered: 20 },
    { name: 'topped up to 15 with the most active', counts: [...many(10, 9), 5, 6, 4, 6, 2, 1, 3], statements: 40, clustered: 15 },
    { name: 'fewer than 15 voters: all who voted', counts: [8, 1, 0, 2], statements: 40, clustered: 3 },
    { name: 'nobody', counts: [], statements: 0, clustered: 0 },
  ])('$name', ({ counts, statements, clustered }) => {
    expect(whoIsClustered(Int32Array.from(counts), statements)).toHaveLength(clustered);
  });

  it('tops up with the most active, and returns rows in order', () => {
    const counts = Int32Array.from([...many(12, 7), 2, 5, 3, 5, 1]);
    // 12 qualify; the 3 most active of the rest: rows 13 and 15 (5 votes), then row 14 (3).
    expect([...whoIsClustered(counts, 30)]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15]);
  });

  it('takes in everyone tied with the last one added, so names cannot decide', () => {
    const ties = Int32Array.from([...many(14, 7), 4, 4, 4, 3]);
    expect([...whoIsClustered(ties, 30)]).toEqual([...Array.from({ length: 14 }, (_, r) => r), 14, 15, 16]);
  });
});
