import { describe, expect, it } from 'vitest';
import { compareNorms, sameDecision } from './norms-api';

describe('compareNorms', () => {
  it.each([
    { older: ['A', 'B'], newer: ['A', 'B'], added: [], removed: [] },
    { older: ['A', 'B'], newer: ['B', 'A'], added: [], removed: [] },
    { older: ['A'], newer: ['A', 'C'], added: ['C'], removed: [] },
    { older: ['A', 'B'], newer: ['A'], added: [], removed: ['B'] },
    { older: ['Start on time'], newer: ['  start ON   time '], added: [], removed: [] },
    { older: ['Start on time'], newer: ['Start and end on time'], added: ['Start and end on time'], removed: ['Start on time'] },
  ])('$older -> $newer', ({ older, newer, added, removed }) => {
    expect(compareNorms(older, newer)).toEqual({ added, removed });
  });
});

describe('sameDecision', () => {
  const consensus = { method: 'consensus' as const, description: null, fallback: 'vote', quorum: null };
  it('tells a changed protocol from the same one', () => {
    expect(sameDecision(consensus, { ...consensus })).toBe(true);
    expect(sameDecision(consensus, { ...consensus, method: 'majority' })).toBe(false);
    expect(sameDecision(consensus, { ...consensus, quorum: 'Half' })).toBe(false);
  });
});
