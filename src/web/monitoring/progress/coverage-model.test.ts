import { describe, expect, it } from 'vitest';
import { overdueChains } from './coverage-model';

const entry = (key: string, periodLabel: string, dueOn: string, daysOverdue: number) => ({ key, kind: 'measure' as const, name: key, owner: null, periodLabel, dueOn, daysOverdue });

describe('overdueChains', () => {
  it('groups the overdue periods of one element, oldest first, longest overdue element first', () => {
    const chains = overdueChains([entry('M2', '2025-26 Q2', '2026-02-14', 20), entry('M1', '2025-26 Q1', '2025-11-14', 5), entry('M2', '2025-26 Q1', '2025-11-14', 110)]);
    expect(chains.map((chain) => [chain.key, chain.daysOverdue, chain.periods.map((period) => period.periodLabel)])).toEqual([
      ['M2', 110, ['2025-26 Q1', '2025-26 Q2']],
      ['M1', 5, ['2025-26 Q1']],
    ]);
  });
  it('is empty when nothing is overdue', () => expect(overdueChains([])).toEqual([]));
});
