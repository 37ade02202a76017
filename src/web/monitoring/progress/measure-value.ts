import { formatNumber } from '../../plan/plans/plan-format-text';
import { isLocale } from '../../../core/i18n/format-message';
import { localizeUnitLabel } from '../../../core/plan/unit-words';

/**
 * A measure's number with its unit, as a scorecard prints it: "48.2%" for percentages, "12 days"
 * with the plan's own unit label, the bare number otherwise.
 */
export function valueWithUnit(value: number, measure: { unit?: string; unitLabel?: string }, locale: string): string {
  const number = formatNumber(value, locale);
  if (measure.unit === 'percent') return `${number}%`;
  if (measure.unitLabel) return `${number} ${localizeUnitLabel(measure.unitLabel, isLocale(locale) ? locale : 'en')}`;
  return number;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A `YYYY-MM-DD` date in the reader's format, read in UTC so no time zone moves it a day. */
export function formatDay(date: string, locale: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  const time = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(time) ? date : format.format(new Date(time));
}
