import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MISSING_CODES, SUPPRESSION_CODES, readCell, readPlainNumber } from './read-cell.js';

const percent100 = { unit: 'percent', scale: '0_100' } as const;
const percent1 = { unit: 'percent', scale: '0_1' } as const;
const count = { unit: 'count', scale: '0_100' } as const;

describe('readCell: codes are suppressed or missing, never zero', () => {
  it.each([
    ['s', 'suppressed'],
    ['S', 'suppressed'],
    [' s ', 'suppressed'],
    ['*', 'suppressed'],
    ['**', 'suppressed'],
    ['<10', 'suppressed'],
    ['< 10', 'suppressed'],
    ['<5', 'suppressed'],
    ['≤10', 'suppressed'],
    ['<=5%', 'suppressed'],
    ['>95', 'suppressed'],
    ['>95%', 'suppressed'],
    ['≥ 95 %', 'suppressed'],
    ['n<10', 'suppressed'],
    ['Above 95%', 'suppressed'],
    ['below 5%', 'suppressed'],
    ['Fewer than 10', 'suppressed'],
    ['N<10', 'suppressed'],
    ['n < 10', 'suppressed'],
    ['<', 'suppressed'],
    ['suppressed', 'suppressed'],
    ['Suppressed', 'suppressed'],
    ['Data suppressed', 'suppressed'],
    ['DS', 'suppressed'],
    ['(s)', 'suppressed'],
    ['', 'missing'],
    ['   ', 'missing'],
    ['N/A', 'missing'],
    ['n/a', 'missing'],
    ['NA', 'missing'],
    ['#N/A', 'missing'],
    ['LNE', 'missing'],
    ['NDA', 'missing'],
    ['#VALUE!', 'missing'],
    ['#DIV/0!', 'missing'],
    ['-', 'missing'],
    ['--', 'missing'],
    ['—', 'missing'],
    ['.', 'missing'],
    ['null', 'missing'],
    ['NULL', 'missing'],
  ])('%j -> %s', (raw, flag) => {
    for (const options of [percent100, percent1, count]) {
      expect(readCell(raw, options)).toEqual({ flag, value: null });
    }
  });
});

describe('readCell: numbers', () => {
  it.each<[string, (typeof percent100) | (typeof percent1) | (typeof count), number]>([
    ['62.5', percent100, 62.5],
    ['58.82352829', percent100, 58.82352829],
    ['0', percent100, 0],
    ['100', percent100, 100],
    ['62.5%', percent100, 62.5],
    ['62.5 %', percent100, 62.5],
    [' 62.5 ', percent100, 62.5],
    ['0.625', percent1, 62.5],
    ['62.5%', percent1, 62.5], // a percent sign says its own scale
    ['0.5 %', percent1, 0.5],
    ['1', percent1, 100],
    ['0', percent1, 0],
    ['1,234', count, 1234],
    ['1,626,636', count, 1626636],
    ['1 234', count, 1234],
    ['-3.5', count, -3.5],
    ['+4', count, 4],
    ['.5', count, 0.5],
    ['12.', count, 12],
    ['0.625', count, 0.625], // only percentages are rescaled
  ])('%j -> %d', (raw, options, value) => {
    const read = readCell(raw, options);
    expect(read).toHaveProperty('flag', 'value');
    expect((read as { value: number }).value).toBeCloseTo(value, 9);
  });
});

describe('readCell: anything else is a problem naming the text', () => {
  it.each(['abc', 'twelve', '1.2.3', '12a', '1,23', '5-10', 'Yes'])('%j', (raw) => {
    const read = readCell(raw, percent100);
    expect(read).toEqual({ problem: `"${raw}" is not a number` });
  });

  it('clips a long text in its message', () => {
    const read = readCell('x'.repeat(100), count);
    expect('problem' in read && read.problem.length).toBeLessThan(60);
  });
});

describe('readCell: properties', () => {
  const knownCodes = [...SUPPRESSION_CODES, ...MISSING_CODES];
  const options = fc.constantFrom(percent100, percent1, count);

  it('never returns a number for a known code, however it is cased or padded', () => {
    fc.assert(
      fc.property(fc.constantFrom(...knownCodes), fc.boolean(), fc.constantFrom('', ' ', '  ', '\t'), options, (code, upper, pad, opts) => {
        const read = readCell(`${pad}${upper ? code.toUpperCase() : code}${pad}`, opts);
        expect('flag' in read && read.value === null && read.flag !== 'value').toBe(true);
      }),
    );
  });

  it('never returns a number for a bound written instead of a value ("<10", ">=95%")', () => {
    fc.assert(
      fc.property(fc.constantFrom('<', '>', '≤', '≥', '<=', '>='), fc.nat(1000), fc.boolean(), options, (sign, bound, pct, opts) => {
        const read = readCell(`${sign}${bound}${pct ? '%' : ''}`, opts);
        expect(read).toEqual({ flag: 'suppressed', value: null });
      }),
    );
  });

  it('never throws on any string, and gives a finite number or null', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), options, (raw, opts) => {
        const read = readCell(raw, opts);
        if ('flag' in read) expect(read.value === null || Number.isFinite(read.value)).toBe(true);
        else expect(typeof read.problem).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('reads any finite number written plainly back as itself', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), (value) => {
        const read = readCell(String(value), count);
        if (String(value).includes('e')) return; // 1e-7: exponent notation is not a spreadsheet's way
        expect(read).toEqual({ flag: 'value', value: value || 0 }); // "-0" is written "0"
      }),
    );
  });
});

describe('readPlainNumber (the import\'s fast path)', () => {
  it('gives exactly the double Number() gives for any plain decimal', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?\d{0,12}\.?\d{0,10}$/), (raw) => {
        const expected = /\d/.test(raw) ? Number(raw) : Number.NaN;
        expect(Object.is(readPlainNumber(raw), expected)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it.each(['', '-', '.', '1,234', '45%', ' 1', '1 ', '+1', '1e5', 's', '1.2.3', '--1'])('%j is not plain (NaN, read by readCell)', (raw) => {
    expect(readPlainNumber(raw)).toBeNaN();
  });
});
