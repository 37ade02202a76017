import { fromDayNumber, toDayNumber } from '../process/calendar-dates.js';
import type { ReportingCalendar, YearBasis } from './monitoring-types.js';

/**
 * How reporting periods are named and read back. periodsBetween names years with yearLabel, and
 * parsePeriodLabel reads those names and the shapes plans are written with ('2025-26', 'SY24-25',
 * 'FY2026', '2027', 'June 2030', '2026-Q2', '2025-09'), so a target typed years ago and a period
 * made today land on the same dates.
 */

/** An inclusive span of days, as `YYYY-MM-DD`. */
export interface DateSpan {
  startsOn: string;
  endsOn: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Day number of the first of a month; month0 may run past 11 or below 0, as Date.UTC allows. */
export function monthStart(year: number, month0: number): number {
  return Date.UTC(year, month0, 1) / DAY_MS;
}

export function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

export function startMonthOf(calendar: ReportingCalendar, basis: YearBasis): number {
  return basis === 'school' ? calendar.schoolYearStartMonth : calendar.fiscalYearStartMonth;
}

/**
 * The name of the reporting year that starts in `startYear`. A school year spanning two calendar
 * years reads '2025-26'; one starting in January is just its calendar year. A fiscal year is
 * named by the calendar year it ends in, as budget offices do.
 */
export function yearLabel(startYear: number, basis: YearBasis, startMonth: number): string {
  if (basis === 'fiscal') return `FY${startMonth === 1 ? startYear : startYear + 1}`;
  return startMonth === 1 ? String(startYear) : `${startYear}-${pad2((startYear + 1) % 100)}`;
}

/** Months `[from, from + length)` counted from the start of a reporting year, as a span of days. */
function yearPart(startYear: number, startMonth: number, partLength: number, part: number): DateSpan {
  const first = monthStart(startYear, startMonth - 1 + (part - 1) * partLength);
  const next = monthStart(startYear, startMonth - 1 + part * partLength);
  return { startsOn: fromDayNumber(first), endsOn: fromDayNumber(next - 1) };
}

function monthSpan(year: number, month: number): DateSpan | null {
  if (month < 1 || month > 12) return null;
  return { startsOn: fromDayNumber(monthStart(year, month - 1)), endsOn: fromDayNumber(monthStart(year, month) - 1) };
}

/**
 * '2025-26', '2025-2026', 'SY24-25', 'SY 2024-25', 'FY2026', 'FY26' or a bare '2027': the year's
 * start year and basis, or null. A bare year is the reporting year, on the district's own basis,
 * that ends in that calendar year: in a plan "by 2027" means the results of the year closing in 2027.
 */
function readYear(text: string, calendar: ReportingCalendar): { startYear: number; basis: YearBasis } | null {
  const fiscal = /^FY\s*(\d{4}|\d{2})$/i.exec(text);
  if (fiscal) {
    const endYear = fiscal[1]!.length === 2 ? 2000 + Number(fiscal[1]) : Number(fiscal[1]);
    return { startYear: calendar.fiscalYearStartMonth === 1 ? endYear : endYear - 1, basis: 'fiscal' };
  }
  const bare = /^(\d{4})$/.exec(text);
  if (bare) {
    const startMonth = startMonthOf(calendar, calendar.yearBasis);
    return { startYear: startMonth === 1 ? Number(bare[1]) : Number(bare[1]) - 1, basis: calendar.yearBasis };
  }
  const school = /^(SY\s*)?(\d{4}|\d{2})-(\d{4}|\d{2})$/i.exec(text);
  if (!school) return null;
  const first = school[2]!.length === 2 ? 2000 + Number(school[2]) : Number(school[2]);
  // '2025-09' is a month, '2025-26' a school year: the second part must be the following year.
  const second = Number(school[3]);
  const follows = school[3]!.length === 2 ? second === (first + 1) % 100 : second === first + 1;
  if (!follows || (school[2]!.length === 2 && !school[1])) return null;
  return { startYear: first, basis: 'school' };
}

/**
 * The days a period label covers, or null when the label is not one we can date (see readYear
 * for years; a part of a year follows it: 'S1'/'H1' halves, 'Q1' quarters). '2026-Q2' and 'Q2 2026'
 * are calendar quarters (April-June), the usual meaning of that spelling; quarters of a school or
 * fiscal year are written after the year ('2025-26 Q1', 'FY2026 Q1').
 */
export function parsePeriodLabel(label: string, calendar: ReportingCalendar): DateSpan | null {
  const text = label.trim().replace(/\s+/g, ' ');
  const week = /^week of (\d{4}-\d{2}-\d{2})$/i.exec(text);
  if (week) {
    const start = safeDay(week[1]!);
    return start === null ? null : { startsOn: week[1]!, endsOn: fromDayNumber(start + 6) };
  }

  const yearFirst = /^(\d{4})-Q([1-4])$/i.exec(text);
  if (yearFirst) return yearPart(Number(yearFirst[1]), 1, 3, Number(yearFirst[2]));
  const quarterFirst = /^Q([1-4]) (\d{4})$/i.exec(text);
  if (quarterFirst) return yearPart(Number(quarterFirst[2]), 1, 3, Number(quarterFirst[1]));

  const withPart = /^(.+?)(?: ([SHQ])([1-4]))?$/i.exec(text)!;
  const year = readYear(withPart[1]!, calendar);
  if (year) {
    const startMonth = startMonthOf(calendar, year.basis);
    if (!withPart[2]) return yearPart(year.startYear, startMonth, 12, 1);
    const partLength = withPart[2].toUpperCase() === 'Q' ? 3 : 6;
    const part = Number(withPart[3]);
    return part > 12 / partLength ? null : yearPart(year.startYear, startMonth, partLength, part);
  }

  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month) return monthSpan(Number(month[1]), Number(month[2]));

  const named = /^([a-z]+)\.? (\d{4})$/i.exec(text);
  if (named) {
    const word = named[1]!.toLowerCase();
    const index = MONTHS.findIndex((name) => name === word || (word.length >= 3 && name.startsWith(word)));
    return index < 0 ? null : monthSpan(Number(named[2]), index + 1);
  }

  return null;
}

function safeDay(isoDate: string): number | null {
  try {
    return toDayNumber(isoDate);
  } catch {
    return null;
  }
}
