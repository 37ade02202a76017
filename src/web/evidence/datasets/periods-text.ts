/** "2016-17 – 2018-19" for many periods, the one period alone, nothing for none. */
export function periodsText(periods: readonly string[]): string {
  if (periods.length === 0) return '';
  if (periods.length === 1) return periods[0]!;
  const sorted = [...periods].sort();
  return `${sorted[0]} – ${sorted.at(-1)}`;
}
