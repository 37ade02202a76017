import type { MetricUnit, ValueFlag } from './dataset-mapping.js';

/**
 * One cell of a data file read as a value, or as a code the state wrote instead of one. A code is
 * never a zero: "s" (suppressed for privacy) and "N/A" (not reported) are different facts, and both
 * differ from 0%. The codes are looked up in Sets (the import reads millions of cells), and only a
 * cell that is neither a plain number nor a known code goes through the slower patterns.
 */
export interface ReadCellOptions {
  unit: MetricUnit;
  /** How the file writes percentages; a percent read from a 0-1 file is stored on 0-100. */
  scale: '0_100' | '0_1';
}

export type ReadCellResult = { flag: ValueFlag; value: number | null } | { problem: string };

/** Codes (lower-cased, trimmed) that say a value exists but is hidden to protect small groups. */
export const SUPPRESSION_CODES: ReadonlySet<string> = new Set([
  's', '*', '**', '***', '<', '>', 'suppressed', 'ds', 'sup', 'supp', 'masked', 'redacted', 'ts', 'tfs',
  'n<10', 'n < 10', 'n<5', 'n < 5', 'n<20', 'n<30', 'fewer than 10', 'less than 10', 'too few', 'too few students',
  'small n', 'n/r', 'nr', 'c', 'x', '^', '~', '‡', '†', '§',
]);

/** Codes (lower-cased, trimmed) that say no value was reported at all. */
export const MISSING_CODES: ReadonlySet<string> = new Set([
  '', 'n/a', 'na', '#n/a', 'lne', 'nda', '#value!', '#div/0!', '#ref!', '#name?', '#num!', '#null!', '-', '--', '---', '—', '–',
  '.', '..', 'null', 'none', 'nan', 'missing', 'not available', 'no data', 'not reported', 'n.a.', 'not applicable',
  'no data available', 'insufficient data', 'undefined',
]);

const SUPPRESSED: { flag: ValueFlag; value: null } = Object.freeze({ flag: 'suppressed', value: null }) as { flag: ValueFlag; value: null };
const MISSING: { flag: ValueFlag; value: null } = Object.freeze({ flag: 'missing', value: null }) as { flag: ValueFlag; value: null };

/**
 * Bounds written instead of the value ("<10", "≤5", ">95", "<=5%", "≥ 95 %", "n<10", "n = <10"): the
 * state hid the exact figure (a small group, or a share near 0% or 100% that would tell what almost
 * every student did), so they are suppressed, not read as the bound.
 */
const BOUND_PATTERN = /^(?:n\s*=?\s*)?(?:<|>|≤|≥|<=|>=|=<|=>)\s*=?\s*\d+(?:[.,]\d+)?\s*%?$/;
/** The same in words, as NYC writes a top-coded share ("Above 95%"). */
const WORDED_BOUND_PATTERN = /^(?:n\s*)?(?:above|below|over|under|more than|less than|greater than|fewer than|at least|at most|up to)\s+\d+(?:[.,]\d+)?\s*%?$/;
/** A number with thousands separators, spaces, a percent sign or a leading plus, e.g. "1,234.5 %". */
const LOOSE_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

export function readCell(raw: string, options: ReadCellOptions): ReadCellResult {
  // Fast path: a plain number as most cells are ("62.5", "31", "0.25").
  const plain = readPlainNumber(raw);
  if (!Number.isNaN(plain)) return valueOf(plain, options);
  const trimmed = raw.trim();
  const code = trimmed.toLowerCase();
  if (MISSING_CODES.has(code)) return MISSING;
  if (SUPPRESSION_CODES.has(code)) return SUPPRESSED;
  let text = code;
  // "62.5%" says its own scale: it is 62.5 percent in a file whose plain numbers are fractions too.
  const signed = text.endsWith('%');
  if (signed) text = text.slice(0, -1).trimEnd();
  text = text.replace(/[\s\u00a0]+/g, '');
  if (text.length > 0 && LOOSE_NUMBER.test(text.replace(/^\+/, ''))) {
    const number = Number(text.replace(/,/g, ''));
    if (Number.isFinite(number)) return valueOf(number, signed ? { unit: options.unit, scale: '0_100' } : options);
  }
  if (BOUND_PATTERN.test(code) || WORDED_BOUND_PATTERN.test(code)) return SUPPRESSED;
  // Parenthesised or bracketed codes: "(s)", "[suppressed]".
  if (code.length > 2 && ((code.startsWith('(') && code.endsWith(')')) || (code.startsWith('[') && code.endsWith(']')))) {
    const inner = code.slice(1, -1).trim();
    if (SUPPRESSION_CODES.has(inner)) return SUPPRESSED;
    if (MISSING_CODES.has(inner) && inner !== '') return MISSING;
  }
  if (code.includes('suppress')) return SUPPRESSED;
  return { problem: `"${trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed}" is not a number` };
}

/**
 * A plain decimal ("62.5", "-12.50", "31") read without allocating; NaN for anything else (codes,
 * "1,234", "45%"), which readCell then reads the slow way. Up to 15 digits the digits are summed
 * into an exact integer and divided by an exact power of ten, one correctly rounded operation,
 * so the result is the same double as Number(raw), only faster.
 */
export function readPlainNumber(raw: string): number {
  const length = raw.length;
  if (length === 0 || length > 24) return Number.NaN;
  let i = 0;
  let negative = false;
  if (raw.charCodeAt(0) === 45) {
    negative = true;
    i = 1;
  }
  let mantissa = 0;
  let digits = 0;
  let decimals = 0;
  let dot = false;
  for (; i < length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (dot) decimals++;
    } else if (c === 46 && !dot) dot = true;
    else return Number.NaN;
  }
  if (digits === 0) return Number.NaN;
  if (digits > 15) return Number(raw);
  const value = decimals === 0 ? mantissa : mantissa / POWERS_OF_TEN[decimals]!;
  return negative ? -value : value;
}

const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

function valueOf(value: number, options: ReadCellOptions): { flag: ValueFlag; value: number } {
  if (options.unit === 'percent' && options.scale === '0_1') return { flag: 'value', value: value * 100 };
  return { flag: 'value', value };
}
