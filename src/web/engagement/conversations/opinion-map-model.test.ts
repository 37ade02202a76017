import { describe, expect, it } from 'vitest';
import { fitPlaces, groupLetter, percentOf, shareWord, stackPlaces, stackRadius } from './opinion-map-model';

describe('fitting the map into its drawing', () => {
  it('keeps one scale for both axes, centres the cloud and turns y downwards', () => {
    const drawn = fitPlaces(
      [
        { participant: 'a', x: -2, y: 0, group: 0 },
        { participant: 'b', x: 2, y: 1, group: 1 },
      ],
      100,
      10,
    );
    // The wider axis (x: 4 units) fills the 80 units inside the margins: 20 units per unit.
    expect(drawn.map((p) => [p.cx, p.cy])).toEqual([
      [10, 60],
      [90, 40],
    ]);
  });

  it('puts a lone point, or points all at one spot, in the middle, and leaves out what is not a number', () => {
    expect(fitPlaces([{ participant: 'a', x: 3, y: 3, group: null }], 200, 20).map((p) => [p.cx, p.cy])).toEqual([[100, 100]]);
    expect(fitPlaces([{ participant: 'a', x: Number.NaN, y: 0, group: 0 }], 200, 20)).toEqual([]);
  });
});

describe('shares in words', () => {
  it.each([
    [9, 10, 90, 'almostAll'],
    [7, 10, 70, 'most'],
    [6, 10, 60, 'moreThanHalf'],
    [1, 2, 50, 'aboutHalf'],
    [1, 4, 25, 'fewerThanHalf'],
    [0, 0, 0, 'fewerThanHalf'],
  ] as const)('%i of %i is %i%%: %s', (count, seen, percent, word) => {
    expect(percentOf(count, seen)).toBe(percent);
    expect(shareWord(percentOf(count, seen))).toBe(word);
  });

  it('names groups by letter as Polis does', () => {
    expect([0, 1, 25, 26].map(groupLetter)).toEqual(['A', 'B', 'Z', 'A2']);
  });
});

describe('stackPlaces', () => {
  const at = (participant: string, cx: number, cy: number, group: number | null) => ({ participant, x: 0, y: 0, cx, cy, group });
  it.each<[string, Parameters<typeof stackPlaces>[0], Array<{ count: number; group: number | null }>]>([
    ['people at one spot of one group are one dot with their count', [at('a', 10, 10, 0), at('b', 10.2, 9.9, 0), at('c', 10, 10, 0)], [{ count: 3, group: 0 }]],
    ['the same spot in two groups stays two dots', [at('a', 10, 10, 0), at('b', 10, 10, 1)], [{ count: 1, group: 0 }, { count: 1, group: 1 }]],
    ['apart, each their own', [at('a', 10, 10, 0), at('b', 40, 10, 0)], [{ count: 1, group: 0 }, { count: 1, group: 0 }]],
    ['people not placed in a group stack apart from those who are', [at('a', 10, 10, null), at('b', 10, 10, null), at('c', 10, 10, 0)], [{ count: 2, group: null }, { count: 1, group: 0 }]],
    ['nobody', [], []],
  ])('%s', (_label, drawn, expected) => {
    expect(stackPlaces(drawn).map(({ count, group }) => ({ count, group }))).toEqual(expected);
  });

  it('grows a dot’s area, not its width, with its count', () => {
    expect(stackRadius(1, 4)).toBe(4);
    expect(stackRadius(4, 4)).toBe(8);
  });
});
