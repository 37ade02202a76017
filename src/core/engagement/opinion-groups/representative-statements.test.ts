import { describe, expect, it } from 'vitest';
import type { GroupVoteCounts } from './group-vote-counts.js';
import { proportionTest, smoothedShare, twoProportionTest, Z_90 } from './proportion-tests.js';
import { directionStats, isRepresentative, representativeScore, representativeStatements } from './representative-statements.js';

describe('the statistics of step 7', () => {
  // Worked by hand: e.g. 8 of 10 in the group against 2 of 10 outside gives pa = 9/12,
  // pat = 2 sqrt(11) (9/11 - 1/2), ra = (9/12) / (3/12) = 3, rat = (9/11 - 3/11) / sqrt(12/22 x 10/22 x 2/11).
  it.each([
    { count: 8, seen: 10, countOut: 2, seenOut: 10, pa: 0.75, pat: 2.1105794120443457, ra: 3, rat: 2.5690465157330262 },
    { count: 0, seen: 0, countOut: 0, seenOut: 0, pa: 0.5, pat: 1, ra: 1, rat: 0 },
    { count: 5, seen: 5, countOut: 5, seenOut: 5, pa: 6 / 7, pat: 2.449489742783178, ra: 1, rat: 0 },
    { count: 3, seen: 10, countOut: 9, seenOut: 10, pa: 1 / 3, pat: -0.9045340337332908, ra: 0.4, rat: -2.6592157812837547 },
  ])('$count of $seen against $countOut of $seenOut', ({ count, seen, countOut, seenOut, pa, pat, ra, rat }) => {
    const stats = directionStats(count, seen, countOut, seenOut);
    expect(stats.probability).toBeCloseTo(pa, 12);
    expect(stats.probabilityTest).toBeCloseTo(pat, 12);
    expect(stats.representativeness).toBeCloseTo(ra, 12);
    expect(stats.representativenessTest).toBeCloseTo(rat, 12);
    expect(representativeScore(stats)).toBeCloseTo(pa * pat * ra * rat, 12);
  });

  it('the pieces: smoothed share, one- and two-proportion z', () => {
    expect(smoothedShare(0, 0)).toBe(0.5);
    expect(smoothedShare(3, 4)).toBe(4 / 6);
    expect(proportionTest(0, 0)).toBe(1);
    expect(proportionTest(4, 9)).toBeCloseTo(2 * Math.sqrt(10) * (5 / 10 - 0.5), 12);
    // Everyone in and out succeeded: the pooled share is 1, no difference to test.
    expect(twoProportionTest(4, 6, 4, 6)).toBe(0);
    expect(twoProportionTest(2, 8, 10, 10)).toBeCloseTo(-twoProportionTest(8, 2, 10, 10), 12);
  });

  it.each([
    { rat: Z_90 + 0.01, pat: Z_90 + 0.01, passes: true },
    { rat: Z_90, pat: 5, passes: false },
    { rat: 5, pat: Z_90, passes: false },
  ])('both tests must clear 1.2816: rat $rat, pat $pat -> $passes', ({ rat, pat, passes }) => {
    expect(isRepresentative({ probability: 0.9, probabilityTest: pat, representativeness: 2, representativenessTest: rat })).toBe(passes);
  });
});

/** Counts for two groups over statements s0..s(n-1), given as [agree, disagree, seen] per group. */
function counts(rows: Array<[group0: [number, number, number], group1: [number, number, number]]>): GroupVoteCounts {
  const statementCount = rows.length;
  const make = (index: 0 | 1 | 2) => Int32Array.from([0, 1].flatMap((g) => rows.map((row) => row[g as 0 | 1][index])));
  return { groupCount: 2, statementCount, agree: make(0), disagree: make(1), seen: make(2) };
}
const ids = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`);

describe('representativeStatements', () => {
  it('keeps what sets each group apart, agreements first, by score, and leaves moderated statements out', () => {
    const table = counts([
      [[18, 1, 20], [2, 17, 20]], // s0: group 0 agrees, group 1 disagrees
      [[1, 18, 20], [19, 0, 20]], // s1: the other way round
      [[10, 9, 20], [10, 9, 20]], // s2: both split: represents nobody
      [[19, 0, 20], [1, 18, 20]], // s3: like s0, a little stronger, but moderated out
      [[14, 2, 20], [3, 14, 20]], // s4: like s0, weaker
    ]);
    const [group0, group1] = representativeStatements(table, ids(5), Uint8Array.from([0, 0, 0, 1, 0]));
    expect(group0!.map((r) => [r.statement, r.direction])).toEqual([
      ['s0', 'agree'],
      ['s4', 'agree'],
      ['s1', 'disagree'],
    ]);
    expect(group1!.map((r) => [r.statement, r.direction])).toEqual([
      ['s1', 'agree'],
      ['s0', 'disagree'],
      ['s4', 'disagree'],
    ]);
    const s0 = group0![0]!;
    expect(s0).toMatchObject({ count: 18, seen: 20, isSignificant: true });
    expect(s0.probability).toBeCloseTo(19 / 22, 12);
    expect(s0.representativeness).toBeCloseTo(19 / 22 / (3 / 22), 12);
    expect(s0.score).toBeGreaterThan(group0![1]!.score);
  });

  it('keeps five at most, and the best agreement among them even when disagreements score higher', () => {
    // Six strong disagreements of group 0 and one milder agreement.
    const strongNo: [[number, number, number], [number, number, number]] = [[0, 20, 20], [20, 0, 20]];
    const table = counts([strongNo, strongNo, strongNo, strongNo, strongNo, strongNo, [[14, 4, 20], [4, 14, 20]]]);
    const [group0] = representativeStatements(table, ids(7), new Uint8Array(7));
    expect(group0).toHaveLength(5);
    expect(group0![0]).toMatchObject({ statement: 's6', direction: 'agree' });
    expect(group0!.slice(1).every((r) => r.direction === 'disagree')).toBe(true);
  });

  it('shows the single strongest statement, marked not significant, when nothing passes', () => {
    const table = counts([
      [[3, 2, 6], [2, 3, 6]],
      [[4, 1, 6], [2, 3, 6]],
    ]);
    const [group0] = representativeStatements(table, ids(2), new Uint8Array(2));
    expect(group0).toHaveLength(1);
    expect(group0![0]).toMatchObject({ statement: 's1', direction: 'agree', isSignificant: false });
  });
});
