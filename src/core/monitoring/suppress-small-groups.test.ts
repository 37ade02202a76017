import { describe, expect, it } from 'vitest';
import type { ResultCell, SuppressedCell } from './monitoring-types.js';
import { suppressSmallGroups } from './suppress-small-groups.js';

const cell = (subgroup: string | null, value: number | null, n: number | null): ResultCell => ({ subgroup, value, n });
/** Which cells are hidden and why, as `group:reason`, to keep the table readable. */
const hidden = (cells: SuppressedCell[]) => cells.filter((c) => c.isHidden).map((c) => `${c.subgroup ?? 'all'}:${c.hiddenBecause}`);

describe('suppressSmallGroups', () => {
  it.each<[string, ResultCell[], string[]]>([
    ['nothing small, nothing hidden', [cell(null, 50, 300), cell('A', 40, 120), cell('B', 55, 180)], []],
    [
      'one small group takes the smallest other with it',
      [cell(null, 50, 300), cell('A', 40, 120), cell('B', 55, 60), cell('C', 70, 8), cell('D', 52, 112)],
      ['B:complementary', 'C:small_n'],
    ],
    ['ties go to the first listed', [cell(null, 50, 300), cell('A', 40, 100), cell('B', 55, 100), cell('C', 70, 5)], ['A:complementary', 'C:small_n']],
    ['two small groups protect each other', [cell(null, 50, 300), cell('A', 40, 285), cell('B', 55, 9), cell('C', 70, 6)], ['B:small_n', 'C:small_n']],
    ['n exactly at the threshold is shown', [cell(null, 50, 300), cell('A', 40, 290), cell('B', 55, 10)], []],
    ['a group with unknown n is hidden', [cell(null, 50, 300), cell('A', 40, 150), cell('B', 55, null), cell('C', 60, 150)], ['A:complementary', 'B:unknown_n']],
    ['all students with unknown n is shown', [cell(null, 50, null), cell('A', 40, 150), cell('B', 55, 150)], []],
    ['a small total hides everything', [cell(null, 50, 9), cell('A', 40, 5), cell('B', 55, 4)], ['all:small_n', 'A:small_n', 'B:small_n']],
    ['a small total hides large groups too', [cell(null, 50, 8), cell('A', 40, 20)], ['all:small_n', 'A:complementary']],
    ['one small group and nothing to pair it with hides the total', [cell(null, 50, 300), cell('B', 55, 5)], ['all:complementary', 'B:small_n']],
    [
      'a visible group without a number does not protect',
      [cell(null, 50, 300), cell('A', null, 290), cell('B', 55, 5)],
      ['all:complementary', 'A:complementary', 'B:small_n'],
    ],
    [
      'a lone hidden group of 0 students still gets a partner, which needs one of its own',
      [cell(null, 50, 300), cell('A', 40, 150), cell('B', 55, 150), cell('C', 0, 0)],
      ['A:complementary', 'B:complementary', 'C:small_n'],
    ],
    [
      'a lone hidden group of 0 students pairs with a group that has no number first',
      [cell(null, 50, 300), cell('A', 40, 150), cell('B', 55, 150), cell('C', 0, 0), cell('D', null, 40)],
      ['C:small_n', 'D:complementary'],
    ],
    [
      'a hidden group of 0 students does not protect another',
      [cell(null, 50, 300), cell('A', 40, 150), cell('B', 55, 145), cell('C', 70, 5), cell('D', 0, 0)],
      ['B:complementary', 'C:small_n', 'D:small_n'],
    ],
    ['no group cells', [cell(null, 50, 300)], []],
  ])('%s', (_, cells, expected) => expect(hidden(suppressSmallGroups(cells, 10))).toEqual(expected));

  it('sends hidden cells out without their value or n, and visible cells unchanged', () => {
    const result = suppressSmallGroups([cell(null, 50, 300), cell('A', 40, 120), cell('B', 55, 172), cell('C', 70, 8)], 10);
    expect(result).toEqual([
      { subgroup: null, value: 50, n: 300, isHidden: false, hiddenBecause: null },
      { subgroup: 'A', value: null, n: null, isHidden: true, hiddenBecause: 'complementary' },
      { subgroup: 'B', value: 55, n: 172, isHidden: false, hiddenBecause: null },
      { subgroup: 'C', value: null, n: null, isHidden: true, hiddenBecause: 'small_n' },
    ]);
  });

  it('uses the threshold it is given', () => {
    expect(hidden(suppressSmallGroups([cell(null, 50, 300), cell('A', 40, 280), cell('B', 55, 20)], 25))).toEqual(['A:complementary', 'B:small_n']);
  });
});

/** mulberry32: a tiny seeded generator, so the property test runs the same cases every time. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('suppressSmallGroups cannot be undone by subtraction', () => {
  const threshold = 10;
  const random = seeded(20260405);
  const int = (max: number) => Math.floor(random() * (max + 1));
  // Groups that partition all students: values are percentages, n runs 0..200, and one draw in
  // three is kept near the threshold so that small groups, and lone small groups, are common.
  const cases = Array.from({ length: 5000 }, () => {
    const groups = Array.from({ length: 2 + int(6) }, (_, index) => cell(`G${index}`, int(1000) / 10, random() < 0.33 ? int(15) : int(200)));
    const total = groups.reduce((sum, group) => sum + group.n!, 0);
    const mean = total ? groups.reduce((sum, group) => sum + group.value! * group.n!, 0) / total : 0;
    return [cell(null, mean, total), ...groups];
  });
  const seen = { complementary: 0, totalHidden: 0, nothingHidden: 0 };

  it('holds for 5000 random sets of cells', () => {
    for (const cells of cases) {
      const result = suppressSmallGroups(cells, threshold);
      const [total, ...groups] = result;
      const context = JSON.stringify(cells);

      // Every small cell is hidden, and nothing hidden leaks its numbers.
      cells.forEach((original, index) => {
        if (original.n! < threshold) expect(result[index]!.isHidden, context).toBe(true);
        if (result[index]!.isHidden) expect([result[index]!.value, result[index]!.n], context).toEqual([null, null]);
      });

      // Hiding the total hides everything.
      if (total!.isHidden) expect(groups.every((group) => group.isHidden), context).toBe(true);

      // Never exactly one hidden group.
      const hiddenGroups = groups.filter((group) => group.isHidden).length;
      expect(hiddenGroups === 0 || hiddenGroups >= 2, context).toBe(true);

      // total x N - sum(visible value x n) = sum(hidden value x n): with the total visible, every
      // hidden group that has students must share that equation with another such unknown.
      if (!total!.isHidden) {
        const unknowns = cells.slice(1).filter((original, index) => groups[index]!.isHidden && original.n! > 0);
        expect(unknowns.length === 0 || unknowns.length >= 2, context).toBe(true);
        const residual = cells[0]!.value! * cells[0]!.n! - cells.slice(1).reduce((sum, original, index) => sum + (groups[index]!.isHidden ? 0 : original.value! * original.n!), 0);
        const hiddenSum = unknowns.reduce((sum, original) => sum + original.value! * original.n!, 0);
        expect(residual, context).toBeCloseTo(hiddenSum, 6);
      }

      if (total!.isHidden) seen.totalHidden++;
      else if (result.some((c) => c.hiddenBecause === 'complementary')) seen.complementary++;
      if (!result.some((c) => c.isHidden)) seen.nothingHidden++;
    }
    // The cases really exercised every branch.
    expect(seen.complementary).toBeGreaterThan(500);
    expect(seen.totalHidden).toBeGreaterThan(10);
    expect(seen.nothingHidden).toBeGreaterThan(500);
  });
});
