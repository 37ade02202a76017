import { describe, expect, it } from 'vitest';
import { bridgingStatements, consensusStatements } from './consensus-statements.js';
import type { GroupVoteCounts } from './group-vote-counts.js';

/** Counts for `groups` groups: per statement, per group, [agree, disagree, seen]. */
function counts(perStatement: Array<Array<[number, number, number]>>): GroupVoteCounts {
  const statementCount = perStatement.length;
  const groupCount = perStatement[0]?.length ?? 0;
  const make = (index: number) => Int32Array.from({ length: groupCount * statementCount }, (_, at) => perStatement[at % statementCount]![Math.floor(at / statementCount)]![index]!);
  return { groupCount, statementCount, agree: make(0), disagree: make(1), seen: make(2) };
}
const ids = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`);

describe('consensusStatements', () => {
  it('keeps statements most of everyone agrees (or disagrees) with, clearly so, strongest first', () => {
    const everyone = counts([
      [[30, 2, 40]], // s0: agreed
      [[36, 2, 40]], // s1: agreed more
      [[21, 19, 40]], // s2: over half, not clearly: pat = 2 sqrt(41) (22/41 - 1/2) < 1.2816
      [[3, 33, 40]], // s3: rejected
      [[39, 0, 40]], // s4: agreed most, but moderated out
      [[2, 1, 3]], // s5: too few votes to be sure
    ]);
    const { agree, disagree } = consensusStatements(everyone, ids(6), Uint8Array.from([0, 0, 0, 0, 1, 0]));
    expect(agree.map((c) => c.statement)).toEqual(['s1', 's0']);
    expect(disagree.map((c) => c.statement)).toEqual(['s3']);
    expect(agree[0]).toMatchObject({ count: 36, seen: 40 });
    expect(agree[0]!.probability).toBeCloseTo(37 / 42, 12);
    expect(agree[0]!.probabilityTest).toBeCloseTo(2 * Math.sqrt(41) * (37 / 41 - 0.5), 12);
  });

  it('keeps five at most', () => {
    const everyone = counts(Array.from({ length: 8 }, (_, i): Array<[number, number, number]> => [[30 + i, 0, 40]]));
    expect(consensusStatements(everyone, ids(8), new Uint8Array(8)).agree.map((c) => c.statement)).toEqual(['s7', 's6', 's5', 's4', 's3']);
  });
});

describe('bridgingStatements', () => {
  it('scores the product over groups of (A + 1) / (S + 2): high only when every group agrees', () => {
    const groups = counts([
      [[8, 0, 10], [8, 0, 10]], // s0: both groups agree
      [[10, 0, 10], [0, 10, 10]], // s1: one group only
      [[5, 5, 10], [5, 5, 10]], // s2: both split
      [[10, 0, 10], [10, 0, 10]], // s3: moderated out
    ]);
    const bridging = bridgingStatements(groups, ids(4), Uint8Array.from([0, 0, 0, 1]));
    expect(bridging.map((b) => b.statement)).toEqual(['s0', 's2', 's1']);
    expect(bridging[0]!.score).toBeCloseTo((9 / 12) ** 2, 12);
    expect(bridging[1]!.score).toBeCloseTo((6 / 12) ** 2, 12);
    expect(bridging[2]!.score).toBeCloseTo((11 / 12) * (1 / 12), 12);
  });

  it.each<[string, Array<[number, number, number]>, boolean]>([
    ['every group leans to agree', [[8, 0, 10], [7, 1, 10]], true],
    ['an even split in one group (6 / 12 is not above a half)', [[10, 0, 10], [5, 5, 10]], false],
    ['one group against, however high the score', [[10, 0, 10], [1, 9, 10]], false],
    ['one group only: nothing to bridge', [[10, 0, 10]], false],
  ])('common ground when %s: %s', (_label, byGroup, expected) => {
    const [found] = bridgingStatements(counts([byGroup]), ids(1), Uint8Array.from([0]));
    expect(found!.isCommonGround).toBe(expected);
  });
});
