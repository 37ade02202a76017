import { describe, expect, it } from 'vitest';
import { columnLetter, decodeCell, encodeCell, type CellType, type CellValue } from './sheet-cells.js';

describe('spreadsheet cells', () => {
  it.each<[CellValue, CellType, unknown]>([
    [null, 'number', undefined],
    ['  ', 'text', undefined],
    [48.2, 'number', 48.2],
    ['48.2', 'number', 48.2],
    ['840,000', 'number', 840000],
    [2027, 'text', '2027'],
    [new Date(Date.UTC(2026, 5, 30)), 'date', '2026-06-30'],
    ['2026-06-30', 'date', '2026-06-30'],
    ['Principals; Union ;', 'list', ['Principals', 'Union']],
    ['Yes', 'boolean', true],
    ['no', 'boolean', false],
    ['{"a":[1,null]}', 'json', { a: [1, null] }],
  ])('reads %j in a %s column as %j', (cell, type, value) => expect(decodeCell(cell, type)).toEqual({ ok: true, value }));

  it.each<[CellValue, CellType, string]>([
    ['TBD', 'number', 'must be a number, not "TBD"'],
    ['48%', 'number', 'must be a number, not "48%"'],
    ['maybe', 'boolean', 'must be yes or no, not "maybe"'],
    [45000, 'date', 'must be a date like 2026-06-30'],
    ['{oops', 'json', 'is not valid JSON'],
  ])('refuses %j in a %s column', (cell, type, message) => {
    const decoded = decodeCell(cell, type);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.message).toContain(message);
  });

  it.each<[unknown, CellType, CellValue]>([
    [undefined, 'text', null],
    ['', 'text', null],
    [['a', 'b'], 'list', 'a; b'],
    [[], 'list', null],
    [{ x: 1 }, 'json', '{"x":1}'],
    [false, 'boolean', false],
  ])('writes %j to a %s column as %j', (value, type, cell) => expect(encodeCell(value, type)).toEqual(cell));

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('names column %d %s', (index, letters) => expect(columnLetter(index)).toBe(letters));
});
