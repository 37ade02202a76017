import type { ReportingCalendar } from '../monitoring/monitoring-types.js';
import { parsePeriodLabel } from '../monitoring/period-labels.js';

/**
 * The periods of a district's data ("2022-23", "2023", "2023-24 S1") in time order, and how they
 * meet a plan's reporting periods, whose labels a planner wrote ("SY22-23", "FY2024", "2022-23").
 */

/** The first year a label names ("SY22-23" -> 2022), or null for a label without one. */
function firstYear(label: string): number | null {
  const four = /(\d{4})/.exec(label);
  if (four) return Number(four[1]);
  const two = /(?:^|\D)(\d{2})-\d{2}(?:\D|$)/.exec(label);
  return two ? 2000 + Number(two[1]) : null;
}

/**
 * Orders period labels in time: by the first year they name, then a year before its parts
 * ("2022-23" before "2022-23 S1"), then as text. Labels with no year go last.
 */
export function comparePeriods(a: string, b: string): number {
  const yearA = firstYear(a);
  const yearB = firstYear(b);
  if (yearA !== yearB) return yearA === null ? 1 : yearB === null ? -1 : yearA - yearB;
  if (a.length !== b.length && (a.startsWith(b) || b.startsWith(a))) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The labels in time order, each once. */
export function sortPeriods(labels: Iterable<string>): string[] {
  return [...new Set(labels)].sort(comparePeriods);
}

/** The latest period before `period` for which `has` says yes, or null. */
export function previousPeriodWhere(periods: readonly string[], period: string, has: (candidate: string) => boolean): string | null {
  const earlier = sortPeriods(periods).filter((candidate) => comparePeriods(candidate, period) < 0);
  for (let index = earlier.length - 1; index >= 0; index--) if (has(earlier[index]!)) return earlier[index]!;
  return null;
}

/**
 * Which of a measure's period labels each data period is. The same label matches at once; else a
 * label covering exactly the same days (calendar read through parsePeriodLabel: "2023" written as
 * the school year ending in 2023 is "2022-23" when school years start in July; "SY22-23" is
 * "2022-23"). A data period matching no label, or only a part or a whole of one (a year against a
 * quarter), is left out: a value for another span of time would not be the measure's actual.
 */
export function matchDataPeriods(dataPeriods: readonly string[], measureLabels: readonly string[], calendar: ReportingCalendar): Map<string, string> {
  const spans = measureLabels.map((label) => ({ label, span: parsePeriodLabel(label, calendar) }));
  const matched = new Map<string, string>();
  for (const period of dataPeriods) {
    if (measureLabels.includes(period)) {
      matched.set(period, period);
      continue;
    }
    const span = parsePeriodLabel(period, calendar);
    if (!span) continue;
    const same = spans.find((candidate) => candidate.span && candidate.span.startsOn === span.startsOn && candidate.span.endsOn === span.endsOn);
    if (same) matched.set(period, same.label);
  }
  return matched;
}
