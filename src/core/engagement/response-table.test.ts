import { describe, expect, it } from 'vitest';
import { ResponseTable } from './response-table.js';
import type { Answers, SurveyDocument, SurveyQuestion } from './survey-format.js';

const options = (count: number) => Array.from({ length: count }, (_, i) => ({ key: `o${i}`, text: { en: `O${i}` } }));
const q = (key: string, fields: Partial<SurveyQuestion>): SurveyQuestion => ({ key, type: 'text', text: { en: key }, ...fields });
const document: SurveyDocument = {
  format: 'survey/v1',
  title: { en: 'T' },
  mode: 'anonymous',
  languages: ['en'],
  questions: [
    q('single', { type: 'single', options: options(3) }),
    q('likert', { type: 'likert', scale: 'agreement-4', dont_know: true }),
    q('multi', { type: 'multi', options: options(40) }),
    q('rank', { type: 'rank', options: options(3) }),
    q('number', { type: 'number' }),
    q('matrix', { type: 'matrix', scale: 'frequency-4', items: options(2) }),
    q('text', { type: 'text' }),
  ],
};

describe('ResponseTable', () => {
  const rows: Answers[] = [
    { single: 'o2', likert: 'dont_know', multi: ['o0', 'o33', 'o39'], rank: ['o2', 'o0'], number: 4.5, matrix: { o1: 'often' }, text: 'Hi' },
    {},
    { single: 'o9', likert: 'agree', multi: ['o31', 'o32'], number: -1, matrix: { o0: 'never', o1: 'always' } },
  ];
  const table = ResponseTable.of(document, rows);

  it('counts its responses', () => expect(table.size).toBe(3));

  it.each([
    ['single: 1-based choice codes, 0 for none and for a key of no option', 'single', (c: never) => [...(c as { codes: Uint8Array }).codes.slice(0, 3)], [3, 0, 0]],
    ['likert: "Don\'t know" after the scale', 'likert', (c: never) => [...(c as { codes: Uint8Array }).codes.slice(0, 3)], [5, 0, 3]],
    ['rank: each option\'s position', 'rank', (c: never) => [...(c as { positions: Uint8Array }).positions.slice(0, 9)], [2, 0, 1, 0, 0, 0, 0, 0, 0]],
    ['number: NaN for none', 'number', (c: never) => [...(c as { values: Float64Array }).values.slice(0, 3)], [4.5, Number.NaN, -1]],
    ['matrix: a code per item', 'matrix', (c: never) => [...(c as { codes: Uint8Array }).codes.slice(0, 6)], [0, 3, 0, 0, 1, 4]],
    ['text: only whether it was answered', 'text', (c: never) => [...(c as { answered: Uint8Array }).answered.slice(0, 3)], [1, 0, 0]],
  ])('%s', (_, key, read, expected) => {
    expect(read(table.column(key) as never)).toEqual(expected);
  });

  it('packs multi choices 32 to a word', () => {
    const column = table.column('multi')!;
    if (column.kind !== 'multi') throw new Error('not a multi column');
    expect(column.words).toBe(2);
    expect([...column.bits.slice(0, 6)]).toEqual([1, (1 << 1) | (1 << 7), 0, 0, 1 << 31 >>> 0, 1]);
  });

  it('keeps each response\'s stakeholder group as a code into the groups it has seen, 0 for none', () => {
    const grouped = ResponseTable.of(document, [{}, {}, {}, {}], ['g-a', null, 'g-b', 'g-a']);
    expect(grouped.groupIds).toEqual(['g-a', 'g-b']);
    expect([...grouped.groupCodes.slice(0, 4)]).toEqual([1, 0, 2, 1]);
    expect([...table.groupCodes.slice(0, 3)]).toEqual([0, 0, 0]);
  });

  it('grows past its first capacity without losing a response', () => {
    const big = new ResponseTable(document);
    for (let i = 0; i < 1000; i++) big.append({ single: `o${i % 3}`, number: i }, i % 2 ? 'g' : null);
    expect(big.size).toBe(1000);
    expect([big.groupCodes[0], big.groupCodes[998], big.groupCodes[999]]).toEqual([0, 0, 1]);
    const single = big.column('single')!;
    const number = big.column('number')!;
    if (single.kind !== 'choice' || number.kind !== 'number') throw new Error('wrong kinds');
    expect([single.codes[0], single.codes[998], single.codes[999]]).toEqual([1, 3, 1]);
    expect([number.values[0], number.values[999], number.values[1000]]).toEqual([0, 999, Number.NaN]);
  });
});
