import { describe, expect, it } from 'vitest';
import { applyErrors, fileKindOf } from './upload-rows';

describe('fileKindOf', () => {
  it.each([
    ['actuals.csv', 'csv'],
    ['Actuals 2026.XLSX', 'xlsx'],
    ['actuals.xls', null],
    ['notes.txt', null],
  ])('%s is %s', (name, kind) => expect(fileKindOf(name)).toBe(kind));
});

describe('applyErrors', () => {
  const row = (at: number) => ({ row: at, measureKey: 'M1', period: '2025-26', subgroup: null, value: 1, n: null, change: 'new' as const, previous: null });
  it('names the file row a JSON pointer points at', () =>
    expect(applyErrors([{ path: '/1/measure_key', message: 'is not a measure of this plan' }], [row(2), row(5)])).toEqual([{ row: 5, column: 'measure_key', message: 'is not a measure of this plan' }]));
  it('falls back to the position when the preview has no such row', () =>
    expect(applyErrors([{ path: '/7/value', message: 'must be a number' }], [row(2)])).toEqual([{ row: 8, column: 'value', message: 'must be a number' }]));
});
