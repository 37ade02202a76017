import { describe, expect, it } from 'vitest';
import { carryForwardPreview, moveInList, rankedItems, rankLabel, totalDots } from './board-ranking';
import type { Quadrant, SwotBoard, SwotItem } from './retreat-types';

const item = (id: string, quadrant: Quadrant, position: number, dots: number, rank: number, isTied = false, isCarried = false): SwotItem => ({
  id,
  quadrant,
  text: id,
  area: null,
  citations: [],
  position,
  dots,
  rank,
  is_tied: isTied,
  my_dots: 0,
  author: null,
  is_carried_forward: isCarried,
  version: 1,
});

const board: SwotBoard = {
  strength: [item('s1', 'strength', 0, 5, 1), item('s2', 'strength', 1, 0, 5, true)],
  weakness: [item('w1', 'weakness', 0, 3, 2, true), item('w2', 'weakness', 1, 1, 4)],
  opportunity: [item('o1', 'opportunity', 0, 3, 2, true)],
  threat: [item('t1', 'threat', 0, 0, 5, true)],
};

describe('the SWOT board’s dots on the facilitator’s screen', () => {
  it('orders every item by rank across the quadrants, ties in the board’s order', () => {
    expect(rankedItems(board).map((entry) => entry.id)).toEqual(['s1', 'w1', 'o1', 'w2', 's2', 't1']);
  });

  it('adds up the dots the room has spent', () => {
    expect(totalDots(board)).toBe(12);
  });

  it.each([
    [1, ['s1']],
    // The second place is tied: both tied items come, as the server carries them.
    [2, ['s1', 'w1', 'o1']],
    [3, ['s1', 'w1', 'o1']],
    [4, ['s1', 'w1', 'o1', 'w2']],
    // Items without dots are never carried.
    [10, ['s1', 'w1', 'o1', 'w2']],
  ])('previews "carry forward the top %i" as %j', (count, ids) => {
    expect(carryForwardPreview(board, count).map((entry) => entry.id)).toEqual(ids);
  });

  it('leaves out of the preview what was carried already', () => {
    const carried: SwotBoard = { ...board, strength: [{ ...board.strength[0]!, is_carried_forward: true }, board.strength[1]!] };
    expect(carryForwardPreview(carried, 2).map((entry) => entry.id)).toEqual(['w1', 'o1']);
  });

  it.each([
    [{ rank: 1, is_tied: false, dots: 5 }, '1'],
    [{ rank: 2, is_tied: true, dots: 3 }, '=2'],
    [{ rank: 5, is_tied: true, dots: 0 }, null],
  ])('words the rank of %j as %s', (entry, label) => {
    expect(rankLabel(entry)).toBe(label);
  });

  it.each<[number, -1 | 1, string[]]>([
    [1, -1, ['b', 'a', 'c']],
    [1, 1, ['a', 'c', 'b']],
    [0, -1, ['a', 'b', 'c']],
    [2, 1, ['a', 'b', 'c']],
  ])('moves entry %i by %i', (index, delta, expected) => {
    expect(moveInList(['a', 'b', 'c'], index, delta)).toEqual(expected);
  });
});
