import type { Count, Suppressed } from '../../../core/engagement/survey-results-types';

/*
 * How one cell of a survey's results reads: a count, or the reason it is withheld. A withheld cell
 * never turns into a 0 or a percentage: the server sends no number for it, and the screen says why.
 */

export type CellReading = { kind: 'count'; count: number; percent: number | null } | { kind: 'hidden'; reason: Suppressed['reason'] };

export const isSuppressed = (value: unknown): value is Suppressed => typeof value === 'object' && value !== null && (value as Suppressed).suppressed === true;

/** A count read against how many answered in the same group: the percentage only when both are known. */
export function readCell(count: Count | undefined, answered: Count | undefined): CellReading {
  if (count === undefined) return { kind: 'hidden', reason: 'small_group' };
  if (isSuppressed(count)) return { kind: 'hidden', reason: count.reason };
  const base = answered === undefined || isSuppressed(answered) || answered === 0 ? null : answered;
  return { kind: 'count', count, percent: base === null ? null : count / base };
}

/** The widest bar of a chart is this share of the track; bars scale to the largest percentage shown. */
export function barWidths(readings: readonly CellReading[]): number[] {
  const largest = Math.max(0, ...readings.map((r) => (r.kind === 'count' && r.percent !== null ? r.percent : 0)));
  return readings.map((r) => (r.kind === 'count' && r.percent !== null && largest > 0 ? Math.round((r.percent / largest) * 1000) / 10 : 0));
}

/** Whole percentages, or one decimal under 10 % so 0.4 % does not read as 0 %. */
export function formatPercent(locale: string, share: number): string {
  const digits = share > 0 && share < 0.1 ? 1 : 0;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(share);
}

export function formatNumber(locale: string, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}
