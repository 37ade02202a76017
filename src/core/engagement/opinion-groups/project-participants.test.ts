import { describe, expect, it } from 'vitest';
import { projectParticipants, projectStatements, sparsityStretch } from './project-participants.js';
import { buildVoteMatrix } from './vote-matrix.js';
import type { Vote } from './opinion-groups-types.js';

describe('sparsityStretch', () => {
  it.each([
    { statements: 4, votes: 4, stretch: 1 },
    { statements: 4, votes: 1, stretch: 2 },
    { statements: 100, votes: 25, stretch: 2 },
    { statements: 9, votes: 0, stretch: 3 }, // no votes counts as one: no division by zero
  ])('$statements statements, $votes votes: x $stretch', ({ statements, votes, stretch }) => {
    expect(sparsityStretch(statements, votes)).toBe(stretch);
  });
});

describe('projectParticipants', () => {
  // Four statements; the components pick out statement a (x) and statement b (y).
  const components = [Float64Array.from([1, 0, 0, 0]), Float64Array.from([0, 1, 0, 0])];
  const vote = (participant: string, statement: string, value: 1 | -1 | 0): Vote => ({ participant, statement, vote: value });

  it('uses only the statements voted on, stretched by sqrt(statements / votes)', () => {
    const votes = [vote('all', 'a', 1), vote('all', 'b', -1), vote('all', 'c', 1), vote('all', 'd', 1), vote('one', 'a', 1)];
    const matrix = buildVoteMatrix(votes);
    // Centred values given directly: every vote counts as itself (means of 0).
    const centred = Float64Array.from(matrix.values);
    const points = projectParticipants(matrix, centred, components);
    const at = (id: string) => {
      const r = matrix.participants.indexOf(id);
      return [points[2 * r], points[2 * r + 1]];
    };
    expect(at('all')).toEqual([1, -1]);
    // One vote of four: the same agreement with a, twice as far out.
    expect(at('one')).toEqual([2, 0]);
  });

  it('counts moderated-out statements as voted by everyone, as Polis zeroes their columns', () => {
    const votes = [vote('p', 'a', 1), vote('q', 'b', 1), vote('q', 'c', 1), vote('q', 'd', 1)];
    const matrix = buildVoteMatrix(votes, ['d']);
    const points = projectParticipants(matrix, Float64Array.from(matrix.values), components);
    const r = matrix.participants.indexOf('p');
    // 1 vote + 1 moderated statement of 4: stretch sqrt(4 / 2); the moderated vote of q adds nothing.
    expect(points[2 * r]).toBeCloseTo(Math.SQRT2, 12);
    const q = matrix.participants.indexOf('q');
    expect(points[2 * q + 1]).toBeCloseTo(Math.sqrt(4 / 3), 12);
  });
});

describe('projectStatements', () => {
  it('places a statement as a lone agree vote: (1 - mean) x loading x sqrt(statements)', () => {
    const means = Float64Array.from([0.5, -1, 1, 0]);
    const components = [Float64Array.from([0.5, 0.5, 0.5, 0.5]), Float64Array.from([0.5, -0.5, 0, 0.5])];
    const places = projectStatements(4, means, components);
    expect([...places]).toEqual([0.5, 0.5, 2, -2, 0, 0, 1, 1]);
  });
});
