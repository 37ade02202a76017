import type { Count, Suppressed } from '../survey-results-types.js';
import type { SummaryWords } from './summary-words.js';

/**
 * How the summary writes a number that may be hidden. A suppressed cell is written as "hidden",
 * with why, never as a number or 0: the document must say exactly what the results screen shows.
 */
export interface CellWriter {
  words: SummaryWords;
  /** The threshold results were protected with, for "hidden (fewer than 5)". */
  threshold: number;
}

export const isSuppressed = (value: unknown): value is Suppressed => typeof value === 'object' && value !== null && (value as Suppressed).suppressed === true;

/** "hidden (fewer than 5)" for a small group; "hidden" for a cell withheld so a small one cannot be worked out. */
export function hiddenText(cell: Suppressed, writer: CellWriter): string {
  return cell.reason === 'complement' ? writer.words.hiddenComplement : writer.words.hiddenSmall(writer.threshold);
}

/** A count as printed: "1,204", or hidden. */
export function countText(count: Count | undefined, writer: CellWriter): string {
  if (count === undefined) return writer.words.notCounted;
  return isSuppressed(count) ? hiddenText(count, writer) : formatNumber(count, writer.words);
}

/**
 * A count and its share of those who answered in the same column, as the lines of one table
 * cell: ["12", "40%"]. Hidden when either is hidden (a share of a hidden total would give it away).
 */
export function countAndShare(count: Count | undefined, answered: Count | undefined, writer: CellWriter): string[] {
  if (count === undefined) return [writer.words.notCounted];
  if (isSuppressed(count)) return [hiddenText(count, writer)];
  if (isSuppressed(answered)) return [hiddenText(answered, writer)];
  const share = answered !== undefined && answered > 0 ? formatPercent((100 * count) / answered, writer.words) : writer.words.notCounted;
  return [formatNumber(count, writer.words), share];
}

/** A value already hidden or a number, e.g. a share in points. */
export function valueText(value: number | Suppressed, writer: CellWriter, format: (n: number) => string): string {
  return isSuppressed(value) ? hiddenText(value, writer) : format(value);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, digits: number, style: 'decimal' | 'percent' = 'decimal'): Intl.NumberFormat {
  const id = `${locale}/${digits}/${style}`;
  let format = numberFormats.get(id);
  if (!format) numberFormats.set(id, (format = new Intl.NumberFormat(locale, { style, maximumFractionDigits: digits })));
  return format;
}

export function formatNumber(value: number, words: SummaryWords, digits = 0): string {
  return numberFormat(words.locale, digits).format(value);
}

/** 40 → "40%" ("40 %" in Spanish). */
export function formatPercent(value: number, words: SummaryWords, digits = 0): string {
  return numberFormat(words.locale, digits, 'percent').format(value / 100);
}

/** "May 3, 2026" / "3 de mayo de 2026", from a date or a timestamp (read in UTC so a day never shifts). */
export function formatDay(value: string, words: SummaryWords): string {
  const when = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(when.getTime())) return value;
  return new Intl.DateTimeFormat(words.locale, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(when);
}
