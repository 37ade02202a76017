import type { Measure, MeasureValue } from '../format/plan-format.schema.js';

/** Printed where a value is missing, so an empty cell never reads as zero. */
export const NO_VALUE = '—';

/**
 * A measure's value as a board member reads it: "48.2%", "12.5 pts", "41.3% proficient", or
 * the plan's own wording ("TBD", "suppressed (n<10)") when there is no number.
 */
export function formatMeasureValue(value: MeasureValue | undefined, measure: Pick<Measure, 'unit' | 'unit_label'>): string {
  if (!value) return NO_VALUE;
  if (value.value === null) return value.raw ?? NO_VALUE;
  const number = formatNumber(value.value);
  if (measure.unit_label) return measure.unit_label.startsWith('%') ? `${number}${measure.unit_label}` : `${number} ${measure.unit_label}`;
  switch (measure.unit) {
    case 'percent':
      return `${number}%`;
    case 'percentage_points':
      return `${number} pts`;
    case 'days':
      return `${number} days`;
    default:
      return number;
  }
}

// Formatters are made once: toLocaleString builds a new one per call, which a plan of
// thousands of values turns into a noticeable share of the time to print it.
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
const moneyFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "$840,000" and "$125,000.50" with a currency code, "840,000" without one. */
export function formatMoney(amount: number, currency: string | null): string {
  if (!currency) return formatNumber(amount);
  const cents = Number.isInteger(amount) ? 0 : 2;
  const id = `${currency}/${cents}`;
  let format = moneyFormats.get(id);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: cents, maximumFractionDigits: cents });
    moneyFormats.set(id, format);
  }
  return format.format(amount);
}

/** "2026-06-09" → "June 9, 2026"; anything else is printed as written. */
export function formatDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const when = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(when.getTime()) ? date : dateFormat.format(when);
}

/** "on_track" → "On track" */
export function formatWord(word: string): string {
  const spaced = word.replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** "Riverbend Unified School District" → "RUSD": the letters drawn where a logo would go. */
export function initialsOf(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  return (letters || name.trim().charAt(0).toUpperCase() || '?').slice(0, 4);
}
