import { describe, expect, it } from 'vitest';
import { decideDots, rankByDots, topPriorities, type RankableItem } from './dot-voting.js';

describe('decideDots', () => {
  const held = new Map([
    ['a', 2],
    ['b', 1],
  ]);
  it.each<[string, { itemId: string; wanted: number }, ReturnType<typeof decideDots>]>([
    ['a new item within what is left', { itemId: 'c', wanted: 2 }, { ok: true, left: 0 }],
    ['one dot too many on a new item', { itemId: 'c', wanted: 3 }, { ok: false, left: 2, reason: 'over_allowance' }],
    ['more on an item already dotted counts what it held', { itemId: 'a', wanted: 4 }, { ok: true, left: 0 }],
    ['taking dots back', { itemId: 'a', wanted: 0 }, { ok: true, left: 4 }],
    ['the same request twice changes nothing', { itemId: 'b', wanted: 1 }, { ok: true, left: 2 }],
    ['a negative number', { itemId: 'a', wanted: -1 }, { ok: false, left: 2, reason: 'negative' }],
    ['half a dot', { itemId: 'a', wanted: 1.5 }, { ok: false, left: 2, reason: 'negative' }],
  ])('%s', (_, request, expected) => {
    expect(decideDots({ allowance: 5, held, ...request })).toEqual(expected);
  });
});

describe('rankByDots and topPriorities', () => {
  const item = (id: string, quadrant: RankableItem['quadrant'], position: number, dots: number): RankableItem => ({ id, quadrant, position, dots });
  const board = [item('s1', 'strength', 0, 3), item('w1', 'weakness', 0, 7), item('w2', 'weakness', 1, 3), item('o1', 'opportunity', 0, 5), item('t1', 'threat', 0, 0)];

  it('orders by dots, equal dots in the board’s order, sharing a rank', () => {
    expect(rankByDots(board).map((entry) => [entry.item.id, entry.rank, entry.isTied])).toEqual([
      ['w1', 1, false],
      ['o1', 2, false],
      ['s1', 3, true],
      ['w2', 3, true],
      ['t1', 5, false],
    ]);
  });

  it.each<[string, number, string[]]>([
    ['the top two', 2, ['w1', 'o1']],
    ['a cut through a tie keeps everything tied with the last', 3, ['w1', 'o1', 's1', 'w2']],
    ['never an item nobody voted for', 10, ['w1', 'o1', 's1', 'w2']],
    ['none asked', 0, []],
  ])('%s', (_, count, expected) => {
    expect(topPriorities(board, count).map((entry) => entry.id)).toEqual(expected);
  });
});
