import { describe, expect, it } from 'vitest';
import { pdsaChains, type PdsaCycle } from './improvement-api';

const cycle = (id: string, previousCycleId: string | null, nextCycleId: string | null) => ({ id, previousCycleId, nextCycleId }) as PdsaCycle;

describe('pdsaChains', () => {
  it.each([
    ['one cycle', [cycle('a', null, null)], [['a']]],
    ['a line in order', [cycle('b', 'a', 'c'), cycle('a', null, 'b'), cycle('c', 'b', null)], [['a', 'b', 'c']]],
    ['two lines', [cycle('a', null, 'b'), cycle('x', null, null), cycle('b', 'a', null)], [['a', 'b'], ['x']]],
    ['a line whose first cycle was removed starts at the next', [cycle('b', null, 'c'), cycle('c', 'b', null)], [['b', 'c']]],
    ['a filtered list missing the previous cycle', [cycle('c', 'b', null)], [['c']]],
  ])('%s', (_, cycles, expected) => {
    expect(pdsaChains(cycles).map((chain) => chain.map((c) => c.id))).toEqual(expected);
  });
});
