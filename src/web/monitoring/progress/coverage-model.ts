import type { Coverage } from './progress-api';

export type OverdueEntry = Coverage['overdue'][number];

export interface OverdueChain {
  key: string;
  kind: OverdueEntry['kind'];
  name: string;
  owner: OverdueEntry['owner'];
  /** The overdue periods of this element, oldest first. */
  periods: { periodLabel: string; dueOn: string; daysOverdue: number }[];
  daysOverdue: number;
}

/**
 * Overdue updates grouped by element: an owner who missed three quarters in a row is one chain of
 * three, not three lines. Longest overdue first.
 */
export function overdueChains(overdue: readonly OverdueEntry[]): OverdueChain[] {
  const chains = new Map<string, OverdueChain>();
  for (const entry of overdue) {
    const chain = chains.get(entry.key) ?? { key: entry.key, kind: entry.kind, name: entry.name, owner: entry.owner, periods: [], daysOverdue: 0 };
    chain.periods.push({ periodLabel: entry.periodLabel, dueOn: entry.dueOn, daysOverdue: entry.daysOverdue });
    chain.daysOverdue = Math.max(chain.daysOverdue, entry.daysOverdue);
    chains.set(entry.key, chain);
  }
  for (const chain of chains.values()) chain.periods.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  return [...chains.values()].sort((a, b) => b.daysOverdue - a.daysOverdue || a.key.localeCompare(b.key));
}
