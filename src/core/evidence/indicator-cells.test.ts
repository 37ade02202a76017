import { describe, expect, it } from 'vitest';
import { gapBetween, protectIndicatorCells, schoolsAsParts, type CellAggregate, type CellToProtect } from './indicator-cells.js';

const value = (v: number, n: number | null): CellAggregate => ({ value: v, n, valueRows: 1, suppressedRows: 0 });
const inFile: CellAggregate = { value: null, n: null, valueRows: 0, suppressedRows: 1 };
const cell = (ref: string, part: string | null, aggregate: CellAggregate | null, slice = '2022-23'): CellToProtect => ({ ref, slice, part, aggregate });

describe('protectIndicatorCells', () => {
  it.each([
    ['a large group is shown', [cell('all', null, value(60, 500)), cell('f', 'Female', value(62, 250))], { all: { value: 60, n: 500 }, f: { value: 62, n: 250 } }],
    ['the file suppressed it', [cell('all', null, value(60, 500)), cell('x', 'Asian', inFile)], { all: { value: 60, n: 500 }, x: { suppressed: true, reason: 'in_file' } }],
    ['no row at all', [cell('all', null, value(60, 500)), cell('x', 'Asian', null)], { all: { value: 60, n: 500 }, x: { missing: true } }],
    ['a group with unknown n may be small', [cell('all', null, value(60, null)), cell('el', 'English learners', value(30, null))], { all: { value: 60, n: null }, el: { suppressed: true, reason: 'small_group' } }],
  ])('%s', (_name, cells, expected) => {
    expect(Object.fromEntries(protectIndicatorCells(cells, { threshold: 10, isPercentage: true }))).toEqual(expected);
  });

  it('hides a small group and the one that would give it away (complementary)', () => {
    const cells = [cell('all', null, value(50, 200)), cell('f', 'Female', value(52, 195)), cell('m', 'Male', value(40, 5))];
    const shown = protectIndicatorCells(cells, { threshold: 10, isPercentage: true });
    expect(shown.get('m')).toEqual({ suppressed: true, reason: 'small_group' });
    expect(shown.get('f')).toEqual({ suppressed: true, reason: 'complementary' });
    expect(shown.get('all')).toEqual({ value: 50, n: 200 });
  });

  it('treats schools as parts of the district: a small school and one more are hidden', () => {
    const cells = [cell('district', null, value(50, 300)), cell('a', 'a', value(40, 150)), cell('b', 'b', value(60, 146)), cell('c', 'c', value(55, 4))];
    const shown = protectIndicatorCells(cells, { threshold: 10, isPercentage: true, parts: schoolsAsParts(['a', 'b', 'c']) });
    expect(shown.get('c')).toEqual({ suppressed: true, reason: 'small_group' });
    expect(shown.get('b')).toEqual({ suppressed: true, reason: 'complementary' });
    expect(shown.get('a')).toEqual({ value: 40, n: 150 });
  });

  it('says a percentage near 100 of a smallish group only as a range', () => {
    const shown = protectIndicatorCells([cell('all', null, value(80, null)), cell('w', 'White', value(98, 40))], { threshold: 10, isPercentage: true });
    expect(shown.get('w')).toEqual({ suppressed: true, reason: 'small_group', range: { min: 95, max: 100 } });
    // Beside its category's other group and the total, the range itself would narrow it: hidden outright.
    const narrowed = protectIndicatorCells([cell('all', null, value(80, 1000)), cell('w', 'White', value(98, 40)), cell('b', 'Black', value(70, 960))], { threshold: 10, isPercentage: true });
    expect(narrowed.get('w')).toMatchObject({ suppressed: true });
    expect(narrowed.get('b')).toMatchObject({ suppressed: true });
  });

  it('keeps slices apart: a period is protected on its own', () => {
    const cells = [cell('all-1', null, value(50, 100), '2021-22'), cell('f-1', 'Female', value(50, 100), '2021-22'), cell('all-2', null, value(55, 100), '2022-23'), cell('f-2', 'Female', value(56, 4), '2022-23')];
    const shown = protectIndicatorCells(cells, { threshold: 10, isPercentage: true });
    expect(shown.get('f-1')).toEqual({ value: 50, n: 100 });
    expect(shown.get('f-2')).toEqual({ suppressed: true, reason: 'small_group' });
  });
});

describe('gapBetween', () => {
  it.each([
    [{ value: 60, n: 10 }, { value: 50.1, n: 20 }, 9.9],
    [{ value: 0.3, n: null }, { value: 0.1, n: null }, 0.2],
    [{ suppressed: true, reason: 'small_group' } as const, { value: 50, n: 20 }, null],
    [{ value: 60, n: 10 }, { missing: true } as const, null],
    [{ value: 60, n: 10 }, null, null],
  ])('%j - %j = %s', (a, b, expected) => {
    expect(gapBetween(a, b)).toBe(expected);
  });
});

describe('cells the file suppressed', () => {
  it('count as unknown to the reader: with the small group they leave, its partner is hidden', () => {
    // all 100 = Female 60 + Male 35 + 5 more the file suppressed: Male alone shown would not give
    // the 5 away, but they are fewer than the threshold, so one more is hidden.
    const cells = [cell('all', null, value(50, 100)), cell('f', 'Female', value(52, 60)), cell('m', 'Male', value(46, 35)), cell('x', 'Nonbinary', inFile)];
    const shown = protectIndicatorCells(cells, { threshold: 10, isPercentage: true });
    expect(shown.get('x')).toEqual({ suppressed: true, reason: 'in_file' });
    expect([shown.get('f'), shown.get('m')].filter((c) => c && 'suppressed' in c)).toHaveLength(1);
  });
});
