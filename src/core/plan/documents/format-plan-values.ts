import type { Measure, MeasureValue } from '../format/plan-format.schema.js';
import { printoutWords, type PrintoutWords } from './printout-words.js';
import { localizeUnitLabel } from '../unit-words.js';

/** Printed where a value is missing, so an empty cell never reads as zero. */
export const NO_VALUE = '—';

/**
 * A measure's value as a board member reads it: "48.2%", "12.5 pts", "41.3% proficient", or
 * the plan's own wording ("TBD", "suppressed (n<10)") when there is no number.
 */
export function formatMeasureValue(value: MeasureValue | undefined, measure: Pick<Measure, 'unit' | 'unit_label'>, words: PrintoutWords = printoutWords.en): string {
  if (!value) return NO_VALUE;
  if (value.value === null) return value.raw ?? NO_VALUE;
  const number = formatNumber(value.value, words);
  if (measure.unit_label) {
    const label = localizeUnitLabel(measure.unit_label, words.language);
    return label.startsWith('%') ? `${number}${label}` : `${number} ${label}`;
  }
  switch (measure.unit) {
    case 'percent':
      return `${number}%`;
    case 'percentage_points':
      return `${number} ${words.points}`;
    case 'days':
      return `${number} ${words.days}`;
    default:
      return number;
  }
}

// Formatters are made once per language: toLocaleString builds a new one per call, which a plan
// of thousands of values turns into a noticeable share of the time to print it.
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(id: string, make: () => T): T {
  let format = formats.get(id) as T | undefined;
  if (!format) formats.set(id, (format = make()));
  return format;
}

export function formatNumber(value: number, words: PrintoutWords = printoutWords.en): string {
  return cached(`n/${words.locale}`, () => new Intl.NumberFormat(words.locale, { maximumFractionDigits: 2 })).format(value);
}

/** "$840,000" and "$125,000.50" with a currency code, "840,000" without one. */
export function formatMoney(amount: number, currency: string | null, words: PrintoutWords = printoutWords.en): string {
  if (!currency) return formatNumber(amount, words);
  const cents = Number.isInteger(amount) ? 0 : 2;
  const format = cached(`m/${words.locale}/${currency}/${cents}`, () => new Intl.NumberFormat(words.locale, { style: 'currency', currency, minimumFractionDigits: cents, maximumFractionDigits: cents }));
  return format.format(amount);
}

/** "2026-06-09" → "June 9, 2026" ("9 de junio de 2026" in Spanish); anything else is printed as written. */
export function formatDate(date: string, words: PrintoutWords = printoutWords.en): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const when = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const format = cached(`d/${words.locale}`, () => new Intl.DateTimeFormat(words.locale, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }));
  return Number.isNaN(when.getTime()) ? date : format.format(when);
}

/** A word of the format ("on_track", "quarterly") in the reader's language; unknown words as "On track". */
export function formatFormatWord(word: string, words: PrintoutWords = printoutWords.en): string {
  return words.words[word] ?? formatWord(word);
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
