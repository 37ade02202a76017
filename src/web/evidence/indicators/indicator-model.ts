import type { MetricUnit } from '../../../core/evidence/dataset-mapping';
import type { IndicatorCell } from '../api-types';

/*
 * How an indicator's cells read, apart from the drawing so it can be tested: a value, or the reason
 * there is none. A hidden cell is never drawn or read as zero.
 */

/** Why a cell has no value, or null when it has one. */
export type CellGap = 'small_group' | 'in_file' | 'missing' | null;

export function valueOf(cell: IndicatorCell | null | undefined): number | null {
  return cell && 'value' in cell && typeof cell.value === 'number' ? cell.value : null;
}

export function nOf(cell: IndicatorCell | null | undefined): number | null {
  return cell && 'value' in cell ? cell.n : null;
}

/** Small groups and the cells hidden to protect them read alike: neither may point at the other. */
export function gapOf(cell: IndicatorCell | null | undefined): CellGap {
  if (!cell || 'missing' in cell) return 'missing';
  if ('suppressed' in cell) return cell.reason === 'in_file' ? 'in_file' : 'small_group';
  return null;
}

/** A value in its unit: percentages with one decimal and a % sign, the rest as numbers; an axis tick with no decimals it does not need. */
export function formatValue(value: number, unit: MetricUnit, locale: string, isTick = false): string {
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: unit === 'percent' && !isTick ? 1 : 0 }).format(value);
  return unit === 'percent' ? `${text}%` : text;
}

/** A difference with its sign ("+3.2", "−1.0", "0.0"), in points for percentages. */
export function formatDifference(value: number, locale: string): string {
  const rounded = Math.round(value * 10) / 10;
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(Math.abs(rounded));
  return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : text;
}

/**
 * Whether a difference is good news: up is good when higher is better, down when lower is; null
 * when the metric has no good direction or nothing moved.
 */
export function isImprovement(difference: number, higherIsBetter: boolean | null): boolean | null {
  if (higherIsBetter === null || Math.round(difference * 10) === 0) return null;
  return higherIsBetter ? difference > 0 : difference < 0;
}

/** The order periods read in: school years and calendar years by their first year, others as written. */
export function sortPeriods(periods: readonly string[]): string[] {
  const yearOf = (period: string) => Number(/(\d{4})/.exec(period)?.[1] ?? Number.NaN);
  return [...periods].sort((a, b) => {
    const byYear = yearOf(a) - yearOf(b);
    return Number.isNaN(byYear) || byYear === 0 ? a.localeCompare(b) : byYear;
  });
}
