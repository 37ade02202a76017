import { describe, expect, it } from 'vitest';
import { fitPlaces, groupLetter, percentOf, shareWord } from './opinion-map-model';

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
