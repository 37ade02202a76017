import { describe, expect, it } from 'vitest';
import { countOrSuppressed, isSuppressed, mayShowPeople, protectCount, protectPeopleRow } from './protect-counts.js';

const S = 'small_group';
const C = 'complement';

describe('protectPeopleRow', () => {
  it.each([
    ['every group large enough: all shown', [10, 20, 30], 60, undefined, null, [null, null, null]],
    ['one small group: it and the smallest other are hidden', [3, 20, 8], 31, undefined, null, [S, null, C]],
    ['two small groups that together reach the threshold: no complement', [3, 2, 40], 45, undefined, null, [S, S, null]],
    ['two small groups still under it together: the next smallest too', [1, 2, 40, 9], 52, undefined, null, [S, S, null, C]],
    ['small groups reaching the threshold together, beside an empty one', [4, 0, 1, 6, 50], 61, undefined, null, [S, null, S, null, null]],
    ['an empty group is shown: it holds nobody\'s answers', [0, 20, 30], 50, undefined, null, [null, null, null]],
    ['an empty group is never the complement', [2, 0, 30, 9], 41, undefined, null, [S, null, null, C]],
    ['a tie goes to the first listed', [1, 7, 7], 15, undefined, null, [S, C, null]],
    ['a total under the threshold hides the whole row', [2, 1, 0], 3, undefined, S, [S, S, S]],
    ['a total of nobody is shown', [0, 0], 0, undefined, null, [null, null]],
    ['a group hidden in the row above stays hidden', [6, 20, 30], 56, [C, null, null], null, [C, null, null]],
    ['hidden above but answered here by too few: a complement here', [3, 20, 30, 0], 53, [S, C, null, null], null, [S, C, null, null]],
    ['hidden above, too few of them answered here', [3, 0, 30, 10], 43, [S, C, null, null], null, [S, C, null, C]],
    ['no breakdown: the total alone', [], 4, undefined, S, []],
  ] as const)('%s', (_, people, total, hidden, expectedTotal, expectedGroups) => {
    expect(protectPeopleRow({ people, total, threshold: 5, hidden })).toEqual({ total: expectedTotal, groups: expectedGroups });
  });

  it('leaves the hidden groups of every row it returns holding none or at least the threshold', () => {
    for (let seed = 1; seed < 500; seed++) {
      const people = Array.from({ length: 2 + (seed % 5) }, (_, i) => ((seed * (i + 7) * 2654435761) >>> 0) % 12);
      const total = people.reduce((a, b) => a + b, 0);
      const row = protectPeopleRow({ people, total, threshold: 5 });
      if (row.total) continue;
      const hidden = people.reduce((sum, n, i) => (row.groups[i] ? sum + n : sum), 0);
      expect(hidden === 0 || hidden >= 5, `${people}`).toBe(true);
    }
  });
});

describe('countOrSuppressed', () => {
  it.each([
    [7, null, 7],
    [0, null, 0],
    [3, S, { suppressed: true, reason: S }],
    [40, C, { suppressed: true, reason: C }],
  ] as const)('%s with %s', (count, reason, expected) => {
    const cell = countOrSuppressed(count, reason);
    expect(cell).toEqual(expected);
    expect(isSuppressed(cell)).toBe(reason !== null);
  });
});

describe('one count of people on its own', () => {
  it.each<[number, number, ReturnType<typeof protectCount>, boolean]>([
    [0, 5, 0, false],
    [1, 5, { suppressed: true, reason: 'small_group' }, false],
    [4, 5, { suppressed: true, reason: 'small_group' }, false],
    [5, 5, 5, true],
    [120, 5, 120, true],
    [2, 1, 2, true],
  ])('%i people, threshold %i: %j, may be shown: %s', (count, threshold, published, shown) => {
    expect(protectCount(count, threshold)).toEqual(published);
    expect(mayShowPeople(count, threshold)).toBe(shown);
  });
});
