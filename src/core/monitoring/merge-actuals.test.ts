import { describe, expect, it } from 'vitest';
import { mergeActuals } from './merge-actuals.js';
import type { PeriodValue } from './monitoring-types.js';

const imported: PeriodValue[] = [
  { period: { label: '2023-24', ends_on: '2024-06-30' }, value: 46.1, n: 812 },
  { period: { label: '2024-25', ends_on: '2025-06-30' }, value: 48.2, note: 'state file' },
  { period: { label: '2024-25' }, value: 31, subgroup: 'EL', n: 97 },
];

describe('mergeActuals', () => {
  it('replaces a posted period and group in place, keeping its date', () => {
    expect(mergeActuals(imported, [{ period: { label: '2024-25' }, value: 48.4 }])).toEqual([
      imported[0],
      { period: { label: '2024-25', ends_on: '2025-06-30' }, value: 48.4 },
      imported[2],
    ]);
  });

  it('appends new periods and groups in the order posted', () => {
    const posted: PeriodValue[] = [
      { period: { label: '2025-26', ends_on: '2026-06-30' }, value: 49.5, n: 830 },
      { period: { label: '2024-25' }, value: 12, subgroup: 'SWD', n: 9 },
    ];
    expect(mergeActuals(imported, posted)).toEqual([...imported, ...posted]);
  });

  it.each<[string, PeriodValue[] | undefined, Parameters<typeof mergeActuals>[1], PeriodValue[]]>([
    ['no imported actuals', undefined, [{ period: { label: '2025-26' }, value: 49.5 }], [{ period: { label: '2025-26' }, value: 49.5 }]],
    ['nothing posted', imported, [], imported],
    ['a group value replaces only its group', imported, [{ period: { label: '2024-25' }, value: 33, subgroup: 'EL', n: 97 }], [imported[0]!, imported[1]!, { period: { label: '2024-25' }, value: 33, subgroup: 'EL', n: 97 }]],
    [
      'the later of two posts wins',
      [],
      [
        { period: { label: '2025-26' }, value: 49 },
        { period: { label: '2025-26' }, value: 49.5 },
      ],
      [{ period: { label: '2025-26' }, value: 49.5 }],
    ],
    ['a "TBD" keeps its words', [], [{ period: { label: '2025-26' }, value: null, raw: 'TBD' }], [{ period: { label: '2025-26' }, value: null, raw: 'TBD' }]],
    ['database nulls become absent keys', [], [{ period: { label: '2025-26' }, value: 49.5, subgroup: null, n: null }], [{ period: { label: '2025-26' }, value: 49.5 }]],
  ])('%s', (_, before, posted, expected) => {
    const merged = mergeActuals(before, posted);
    expect(merged).toEqual(expected);
    // The format's shape: no key holds undefined or null, so JSON and schema validation agree.
    for (const value of merged) expect(Object.values(value).every((field) => field !== undefined) && value.subgroup !== null).toBe(true);
  });

  it('does not change its inputs', () => {
    const copy = structuredClone(imported);
    mergeActuals(imported, [{ period: { label: '2024-25' }, value: 1 }]);
    expect(imported).toEqual(copy);
  });
});
