import { describe, expect, it } from 'vitest';
import { barWidths, formatPercent, readCell } from './results-model';

const hidden = { suppressed: true, reason: 'small_group' } as const;
const complement = { suppressed: true, reason: 'complement' } as const;

describe('readCell', () => {
  it.each([
    [5, 20, { kind: 'count', count: 5, percent: 0.25 }],
    [0, 20, { kind: 'count', count: 0, percent: 0 }],
    [0, 0, { kind: 'count', count: 0, percent: null }],
    [7, hidden, { kind: 'count', count: 7, percent: null }],
    [hidden, 20, { kind: 'hidden', reason: 'small_group' }],
    [complement, 20, { kind: 'hidden', reason: 'complement' }],
    [undefined, 20, { kind: 'hidden', reason: 'small_group' }],
  ] as const)('%j of %j', (count, answered, reading) => {
    expect(readCell(count, answered)).toEqual(reading);
  });
});

describe('barWidths', () => {
  it('scales to the largest percentage and gives hidden cells no bar', () => {
    expect(barWidths([readCell(10, 20), readCell(5, 20), readCell(hidden, 20), readCell(0, 20)])).toEqual([100, 50, 0, 0]);
    expect(barWidths([readCell(0, 0)])).toEqual([0]);
  });
});

describe('formatPercent', () => {
  it.each([
    ['en', 0.25, '25%'],
    ['en', 0.004, '0.4%'],
    ['es', 0.5, '50\u00a0%'],
    ['en', 0, '0%'],
  ])('%s %d', (locale, share, text) => {
    expect(formatPercent(locale, share)).toBe(text);
  });
});
