import type { YearMeaning } from './dataset-mapping.js';

/**
 * A school year as one spelling, "2016-17", whatever the file wrote ("2016-2017", "SY 2016-17",
 * "2016/17", "2016 - 2017", "FY2017"?). A single year is the spring of the school year when the file
 * means so (test results "2023" are 2022-23) and is kept as written otherwise (a calendar year).
 * Returns null when the text is not a year.
 */
const RANGE = /^(?:sy|school\s*year|fy|ay|academic\s*year)?\s*:?\s*(\d{4})\s*(?:-|–|—|\/|to|_)\s*(\d{2}|\d{4})\s*(?:sy|school\s*year|academic\s*year)?$/i;
const SINGLE = /^(?:sy|school\s*year|fy|ay|year)?\s*:?\s*(\d{4})(?:\.0+)?$/i;
/** A term names its school year whatever the column means: spring 2023 and fall 2022 are both 2022-23. */
const TERM = /^(spring|summer|fall|autumn|winter)\s*,?\s*(\d{4})$/i;

const cache = new Map<string, string | null>();

export function normalizePeriod(raw: string, yearMeans: YearMeaning): string | null {
  const key = yearMeans === 'as_written' ? raw : `\u0001${raw}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const result = normalizeUncached(raw, yearMeans);
  if (cache.size > 10_000) cache.clear();
  cache.set(key, result);
  return result;
}

function normalizeUncached(raw: string, yearMeans: YearMeaning): string | null {
  const text = raw.trim();
  if (text === '') return null;
  const range = RANGE.exec(text);
  if (range) {
    const start = Number(range[1]);
    const endText = range[2] ?? '';
    const end = endText.length === 4 ? Number(endText) : Math.floor(start / 100) * 100 + Number(endText) + (Number(endText) < start % 100 ? 100 : 0);
    if (end !== start + 1) return null;
    return schoolYear(start);
  }
  const term = TERM.exec(text);
  if (term) {
    const season = (term[1] ?? '').toLowerCase();
    const year = Number(term[2]);
    return schoolYear(season === 'fall' || season === 'autumn' ? year : year - 1);
  }
  const single = SINGLE.exec(text);
  if (single) {
    const year = Number(single[1]);
    if (year < 1900 || year > 2200) return null;
    return yearMeans === 'school_year_ending' ? schoolYear(year - 1) : String(year);
  }
  return null;
}

function schoolYear(start: number): string {
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}
