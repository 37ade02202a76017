import type { PlanPeriodRange } from '../api-types';
import type { MeasureValue, Period } from '../../../core/plan/format/plan-format.schema';

/** "2026-27 – 2030-31": a plan's period in its own labels. */
export function periodText(period: PlanPeriodRange): string {
  return `${period.start.label} – ${period.end.label}`;
}

export function periodLabel(period: Period | undefined): string {
  return period?.label ?? '';
}

/**
 * A measure value as the plan wrote it: the number (in the reader's number format), or the plan's
 * own wording when there is no number ("TBD", "+10 points").
 */
export function valueText(value: MeasureValue | undefined, locale: string, unitSuffix = ''): string {
  if (!value) return '';
  if (value.value === null) return value.raw ?? '—';
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value.value)}${unitSuffix}`;
}

/** Percentages read at a glance as "48.2%"; other units are named in their own column or label. */
export function unitSuffixOf(unit: unknown): string {
  return unit === 'percent' ? '%' : '';
}

export function formatMoney(amount: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    // An unknown currency code still shows the amount.
    return `${new Intl.NumberFormat(locale).format(amount)} ${currency}`;
  }
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}
