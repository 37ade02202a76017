import { describe, expect, it } from 'vitest';
import { buildVoteMatrix, type VoteMatrix } from './vote-matrix.js';
import type { Vote } from './opinion-groups-types.js';

const vote = (participant: string, statement: string, value: 1 | -1 | 0): Vote => ({ participant, statement, vote: value });
/** Each row as "participant: statement=vote ...". */
const rows = (matrix: VoteMatrix) =>
  matrix.participants.map((p, r) => {
    const cells: string[] = [];
    for (let i = matrix.rowStart[r]!; i < matrix.rowStart[r + 1]!; i++) cells.push(`${matrix.statements[matrix.columns[i]!]}=${matrix.values[i]}`);
    return `${p}: ${cells.join(' ')}`;
  });

describe('buildVoteMatrix', () => {
  it('orders statements by id, votes by statement, and rows by their votes, then id', () => {
    const matrix = buildVoteMatrix([vote('zoe', 'b', 1), vote('zoe', 'a', -1), vote('al', 'b', 0), vote('cy', 'a', -1), vote('cy', 'b', 1), vote('bo', 'a', 1)]);
    expect(matrix.statements).toEqual(['a', 'b']);
    expect(rows(matrix)).toEqual(['cy: a=-1 b=1', 'zoe: a=-1 b=1', 'bo: a=1', 'al: b=0']);
  });

  it('keeps the later of two votes on the same statement', () => {
    const matrix = buildVoteMatrix([vote('p', 's', 1), vote('p', 't', 0), vote('p', 's', -1)]);
    expect(rows(matrix)).toEqual(['p: s=-1 t=0']);
    expect(matrix.values).toHaveLength(2);
  });

  it('flags moderated-out statements, from a set or a list', () => {
    const votes = [vote('p', 'a', 1), vote('p', 'b', 1), vote('p', 'c', 1)];
    expect([...buildVoteMatrix(votes, new Set(['b', 'gone'])).isModeratedOut]).toEqual([0, 1, 0]);
    expect([...buildVoteMatrix(votes, ['a', 'c']).isModeratedOut]).toEqual([1, 0, 1]);
  });

  it('is the same whatever order the votes come in', () => {
    const votes = [vote('p', 'a', 1), vote('q', 'b', -1), vote('p', 'c', 0), vote('r', 'a', 1), vote('q', 'a', 1)];
    expect(buildVoteMatrix([...votes].reverse())).toEqual(buildVoteMatrix(votes));
  });

  it('refuses a vote that is not 1, -1 or 0', () => {
    expect(() => buildVoteMatrix([{ participant: 'p', statement: 's', vote: 2 as never }])).toThrow(RangeError);
  });
});
