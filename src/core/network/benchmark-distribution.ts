import { inferPeriodRollUps } from '../monitoring/disclosure-equations.js';
import { protectResults } from '../monitoring/protect-results.js';
import type { StudentGroupCatalog } from '../monitoring/student-groups.js';

/**
 * Benchmarks across districts: what one district's shared measure says (its latest result for all
 * students, only when its own privacy rule would publish it), and what any reader may learn of the
 * districts that share: a distribution and a comparison with similar districts, each shown only when
 * enough districts the reader cannot identify stand behind it.
 *
 * Why five: a range of two or three values lets each district work out the others (with its own
 * value and a median of three it knows the other two's order and one of them exactly; with a min and
 * max of two, both). So the rule counts only the districts the reader cannot already name: never the
 * reader itself, never the districts that agreed to be named (their values are listed beside it),
 * and a comparison backed by fewer than MIN_DISTRICTS of them is not drawn at all.
 */
export const MIN_DISTRICTS = 5;

export type BenchmarkDirection = 'increase' | 'decrease';
export type DistrictLocale = 'city' | 'suburb' | 'town' | 'rural';
export const districtLocales = ['city', 'suburb', 'town', 'rural'] as const;

export interface DistrictProfile {
  enrolment: number | null;
  povertyPercent: number | null;
  locale: DistrictLocale | null;
}

export type SizeBand = 'under_2500' | '2500_10000' | '10000_50000' | 'over_50000';
export type PovertyBand = 'under_25' | '25_50' | '50_75' | '75_plus';

/** Students enrolled: under 2,500 / 2,500-10,000 / 10,000-50,000 / over 50,000 (a bound opens the band above). */
export function sizeBandOf(enrolment: number | null): SizeBand | null {
  if (enrolment === null) return null;
  if (enrolment < 2500) return 'under_2500';
  if (enrolment < 10000) return '2500_10000';
  if (enrolment < 50000) return '10000_50000';
  return 'over_50000';
}

/** Share of students in poverty: under 25% / 25-50% / 50-75% / 75% and more. */
export function povertyBandOf(percent: number | null): PovertyBand | null {
  if (percent === null) return null;
  if (percent < 25) return 'under_25';
  if (percent < 50) return '25_50';
  if (percent < 75) return '50_75';
  return '75_plus';
}

/** Similar: the same size band, poverty band and locale; a profile missing any of them is like no one. */
export function isSimilar(reader: DistrictProfile, other: DistrictProfile): boolean {
  const bands = (p: DistrictProfile) => [sizeBandOf(p.enrolment), povertyBandOf(p.povertyPercent), p.locale];
  const [a, b] = [bands(reader), bands(other)];
  return a.every((band, i) => band !== null && band === b[i]);
}

export function isCompleteProfile(profile: DistrictProfile | null): profile is DistrictProfile {
  return profile !== null && profile.enrolment !== null && profile.povertyPercent !== null && profile.locale !== null;
}

export interface ResultValue {
  period: { label: string; ends_on?: string };
  value: number | null;
  subgroup?: string;
  n?: number;
}

export interface SharedMeasure {
  unit?: string;
  /** A measure about one group speaks of that group wherever a value names none. */
  subgroup?: string;
  baseline?: ResultValue;
  actuals?: readonly ResultValue[];
}

export type BenchmarkValue = { status: 'shared'; value: number; periodLabel: string } | { status: 'withheld' } | { status: 'no_result' };

/**
 * A district's value for a benchmark: its measure's latest actual for all students. The measure's
 * results go through the district's own privacy rule together, as its public page does; a value the
 * rule would withhold (a group under its threshold, a coded percentage, a complement) is not shared
 * at all, not even as a range.
 */
export function benchmarkValueOf(measure: SharedMeasure, rule: { threshold: number; groups: StudentGroupCatalog }): BenchmarkValue {
  const groupOf = (v: ResultValue) => v.subgroup ?? measure.subgroup ?? null;
  const candidates = (measure.actuals ?? []).filter((v) => v.value !== null && groupOf(v) === null);
  const latest = latestOf(candidates);
  if (!latest) return { status: 'no_result' };
  if (latest.n !== undefined && latest.n < rule.threshold) return { status: 'withheld' };
  const cells = new Map<string, { periodLabel: string; subgroup: string | null; value: number | null; n: number | null }>();
  for (const v of [...(measure.baseline ? [measure.baseline] : []), ...(measure.actuals ?? [])]) {
    if (v.value === null) continue;
    cells.set(`${v.period.label}\u0000${groupOf(v) ?? ''}`, { periodLabel: v.period.label, subgroup: groupOf(v), value: v.value, n: v.n ?? null });
  }
  const list = [...cells.values()];
  const decided = protectResults(list, { threshold: rule.threshold, isPercentage: measure.unit === 'percent', groups: rule.groups, periodRollUps: inferPeriodRollUps(list.map((c) => c.periodLabel)) });
  const cell = decided.find((c) => c.periodLabel === latest.period.label && c.subgroup === null);
  if (!cell || cell.isHidden || cell.value === null) return { status: 'withheld' };
  return { status: 'shared', value: cell.value, periodLabel: latest.period.label };
}

/** The latest by end date when every candidate has one; otherwise the last listed (the plan's order). */
function latestOf(values: readonly ResultValue[]): ResultValue | undefined {
  if (values.length > 0 && values.every((v) => v.period.ends_on)) {
    return values.reduce((best, v) => (v.period.ends_on! >= best.period.ends_on! ? v : best));
  }
  return values.at(-1);
}

export interface Contribution {
  districtId: string;
  value: number;
  /** The district agreed to be named beside its value. */
  isNamed: boolean;
}

export type Standing = 'top_quarter' | 'upper_middle' | 'lower_middle' | 'bottom_quarter';

export type Distribution =
  | {
      isShown: true;
      count: number;
      min: number;
      q1: number;
      median: number;
      q3: number;
      max: number;
      /** Where the reader's own value falls, "better" following the benchmark's direction. */
      reader: { value: number; betterThanPercent: number; standing: Standing } | null;
    }
  | { isShown: false; count: null };

/**
 * The distribution of the contributed values, reader included, drawn only when at least
 * MIN_DISTRICTS contributors are neither the reader nor named (see above). Quartiles interpolate
 * between values, so only min and max are ever one district's own figure, and never attributable.
 */
export function distributionOf(contributions: readonly Contribution[], options: { direction: BenchmarkDirection; readerId?: string | null }): Distribution {
  const others = contributions.filter((c) => c.districtId !== options.readerId);
  if (others.filter((c) => !c.isNamed).length < MIN_DISTRICTS) return { isShown: false, count: null };
  const values = contributions.map((c) => c.value).sort((a, b) => a - b);
  const own = contributions.find((c) => c.districtId === options.readerId);
  return {
    isShown: true,
    count: values.length,
    min: values[0]!,
    q1: quantile(values, 0.25),
    median: quantile(values, 0.5),
    q3: quantile(values, 0.75),
    max: values.at(-1)!,
    reader: own ? standingOf(own.value, others.map((c) => c.value), options.direction) : null,
  };
}

/** Linear interpolation between the closest ranks (the spreadsheet's QUARTILE.INC), rounded to hundredths. */
export function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.min(low + 1, sorted.length - 1);
  return round(sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low));
}

/** Ties count half: a district level with every other is better than half of them, no more. */
function standingOf(value: number, others: readonly number[], direction: BenchmarkDirection) {
  const isBetter = (a: number, b: number) => (direction === 'increase' ? a > b : a < b);
  const score = others.reduce((sum, other) => sum + (isBetter(value, other) ? 1 : value === other ? 0.5 : 0), 0);
  const betterThanPercent = Math.round((100 * score) / others.length);
  const standing: Standing = betterThanPercent >= 75 ? 'top_quarter' : betterThanPercent >= 50 ? 'upper_middle' : betterThanPercent >= 25 ? 'lower_middle' : 'bottom_quarter';
  return { value, betterThanPercent, standing };
}

const round = (value: number) => Math.round(value * 100) / 100;
