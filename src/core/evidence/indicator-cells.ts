import { protectResults, type HiddenReason } from '../monitoring/protect-results.js';
import type { StudentGroupCatalog } from '../monitoring/student-groups.js';

/**
 * An indicator's cells as the API returns them, and the one privacy rule over them: the rule of
 * core/monitoring/protect-results.ts (small groups hidden, then complementary suppression so a
 * hidden cell cannot be worked out from a total and the others), the same as every output that
 * leaves the planning team.
 */

/** A number or a percentage range: percentages near 0 or 100 for smallish groups are only said as one. */
export type IndicatorCell =
  | { value: number; n: number | null }
  | { suppressed: true; reason: 'in_file' | 'small_group' | 'complementary'; range?: { min: number; max: number } }
  | { missing: true };

/** What the database combined for one cell: value null when no row had one. */
export interface CellAggregate {
  value: number | null;
  n: number | null;
  /** Rows with a value. */
  valueRows: number;
  /** Rows the file itself suppressed. */
  suppressedRows: number;
}

/** One cell to protect: `slice` cells are the ones a reader adds up together (see protectIndicatorCells). */
export interface CellToProtect {
  ref: string;
  slice: string;
  /** null is the slice's total (all students, or the district among its schools). */
  part: string | null;
  aggregate: CellAggregate | null;
}

const REASONS: Record<HiddenReason, 'small_group' | 'complementary'> = { small_group: 'small_group', complement: 'complementary', top_coded: 'small_group', bottom_coded: 'small_group' };

/**
 * The cells as they may be shown. A cell with no value rows is suppressed in the file when the
 * file suppressed any of its rows, else missing. The others go through protectResults together,
 * each slice as one "period" of it: a slice's parts (groups, or schools under a catalog naming
 * them) and its total are the relation a reader can use. Pass every cell the answer shows.
 */
export function protectIndicatorCells(cells: readonly CellToProtect[], options: { threshold: number; isPercentage: boolean; parts?: StudentGroupCatalog }): Map<string, IndicatorCell> {
  // Cells without a value are left out: the reader does not know them, so to the rule their
  // students are part of the remainder no cell names, not a known value.
  const valued = cells.filter((cell) => hasValue(cell.aggregate));
  const results = protectResults(
    valued.map((cell) => ({ periodLabel: cell.slice, subgroup: cell.part, value: cell.aggregate!.value, n: cell.aggregate!.n })),
    { threshold: options.threshold, isPercentage: options.isPercentage, ...(options.parts ? { groups: options.parts } : {}) },
  );
  const resultOf = new Map(valued.map((cell, index) => [cell, results[index]!]));
  const shown = new Map<string, IndicatorCell>();
  cells.forEach((cell) => {
    const result = resultOf.get(cell);
    const aggregate = cell.aggregate;
    if (!result || !aggregate) {
      shown.set(cell.ref, aggregate && aggregate.suppressedRows > 0 ? { suppressed: true, reason: 'in_file' } : { missing: true });
    } else if (result.isHidden) {
      shown.set(cell.ref, { suppressed: true, reason: REASONS[result.hiddenBecause!], ...(result.range ? { range: result.range } : {}) });
    } else {
      shown.set(cell.ref, { value: roundValue(result.value!), n: aggregate.n });
    }
  });
  return shown;
}

/** A catalog that makes each school a "group" of one category, so the district is their total. */
export function schoolsAsParts(schoolIds: Iterable<string>): StudentGroupCatalog {
  return { groups: [...new Set(schoolIds)].map((id) => ({ key: `school:${id}`, category: 'school', names: [id] })) };
}

const hasValue = (aggregate: CellAggregate | null): boolean => !!aggregate && aggregate.valueRows > 0 && aggregate.value !== null;

export const isShown = (cell: IndicatorCell | null | undefined): cell is { value: number; n: number | null } => !!cell && 'value' in cell;

/** a - b when both are shown; a hidden side gives nothing, or the gap would reveal it. */
export function gapBetween(a: IndicatorCell | null | undefined, b: IndicatorCell | null | undefined): number | null {
  return isShown(a) && isShown(b) ? roundValue(a.value - b.value) : null;
}

/** Doubles from sums: 6 decimals is finer than any file and drops float noise (0.30000000000000004). */
export function roundValue(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
