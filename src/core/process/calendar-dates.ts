/**
 * Calendar arithmetic on ISO dates ("2026-01-05"), done in UTC so a date never shifts with the
 * time zone or a daylight-saving change.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The day number of an ISO date; throws a RangeError for anything but a real calendar date. */
export function toDayNumber(isoDate: string): number {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`"${isoDate}" is not a date like 2026-01-05`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-30 over into March; a date that does not come back unchanged is not real.
  if (fromDayNumber(time / DAY_MS) !== isoDate) throw new RangeError(`"${isoDate}" is not a real calendar date`);
  return time / DAY_MS;
}

export function fromDayNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** The same day of the month `months` later, or the month's last day when it is shorter (31 Jan + 1 = 28 Feb). */
export function addMonths(dayNumber: number, months: number): number {
  const date = new Date(dayNumber * DAY_MS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / DAY_MS;
}
