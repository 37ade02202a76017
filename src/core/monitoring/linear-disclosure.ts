/**
 * The small linear algebra behind the privacy rule. A reader who knows every published value and
 * every group's n can write each published relation (a total as the n-weighted sum of its parts)
 * as a linear equation over the values that are not published. A hidden value is disclosed when
 * those equations determine it, or squeeze it into a range narrower than a rounding step.
 * Systems are tiny (tens of unknowns), so plain Gaussian elimination in floating point is enough.
 */

/** One equation: coefficient by unknown's index; unknowns it does not name have coefficient 0. */
export type EquationRow = readonly number[];

export interface ValueBox {
  min: number;
  max: number;
}

export interface ReducedSystem {
  /** Rows in reduced row echelon form, one per independent equation. */
  rows: number[][];
  /** The column of each row's leading 1. */
  pivots: number[];
  columns: number;
}

// Coefficients are group sizes (1 to some thousands), so rows are scaled to 1 before elimination
// and anything under this is a rounding remnant of 0.
const EPSILON = 1e-9;

/**
 * Reduces a system so that which unknowns it pins down can be read off row by row. Rows may be
 * longer than `columns`: the extra entries (a right-hand side) are carried along, never pivoted on.
 */
export function reduceRows(equations: readonly EquationRow[], columns: number): ReducedSystem {
  const rows = equations.map((row) => {
    const scale = Math.max(...row.map(Math.abs), 0);
    return scale > 0 ? row.map((value) => value / scale) : row.map(() => 0);
  });
  const pivots: number[] = [];
  let rank = 0;
  for (let column = 0; column < columns && rank < rows.length; column++) {
    // Partial pivoting: the largest entry keeps the error of the elimination small.
    let best = rank;
    for (let r = rank + 1; r < rows.length; r++) if (Math.abs(rows[r]![column]!) > Math.abs(rows[best]![column]!)) best = r;
    if (Math.abs(rows[best]![column]!) < EPSILON) continue;
    [rows[rank], rows[best]] = [rows[best]!, rows[rank]!];
    const pivotRow = rows[rank]!;
    const lead = pivotRow[column]!;
    for (let c = 0; c < pivotRow.length; c++) pivotRow[c] = pivotRow[c]! / lead;
    for (let r = 0; r < rows.length; r++) {
      if (r === rank) continue;
      const factor = rows[r]![column]!;
      if (Math.abs(factor) < EPSILON) continue;
      for (let c = 0; c < pivotRow.length; c++) rows[r]![c] = rows[r]![c]! - factor * pivotRow[c]!;
    }
    pivots.push(column);
    rank++;
  }
  const cleaned = rows.slice(0, rank).map((row) => row.map((value) => (Math.abs(value) < EPSILON ? 0 : value)));
  return { rows: cleaned, pivots, columns };
}

/**
 * Which unknowns the equations fix to one value. An unknown is fixed exactly when the unit vector
 * for it is a combination of the equations; in reduced echelon form that means some row has its
 * only non-zero entry in that unknown's column.
 */
export function determinedUnknowns(system: ReducedSystem): boolean[] {
  const determined = Array.from({ length: system.columns }, () => false);
  system.rows.forEach((row, index) => {
    const pivot = system.pivots[index]!;
    if (row.every((value, column) => column === pivot || column >= system.columns || value === 0)) determined[pivot] = true;
  });
  return determined;
}

// Derived bounds are widened by this much, so floating-point noise never empties a range.
const SLACK = 1e-7;
const PROPAGATION_PASSES = 12;

/**
 * How narrow a reader can make each unknown: start from what they know of its range (0-100 for
 * a percentage, the published range of a coded value, anything otherwise) and tighten each
 * unknown with every equation, the others anywhere in their current ranges, until nothing moves.
 * The equations are the published ones and their reduced combinations, so a bound that takes
 * several relations together is found too. Rows are `columns` coefficients then the constant:
 * sum of coefficient x unknown = constant.
 */
export function narrowedWidths(rows: readonly EquationRow[], columns: number, boxes: readonly ValueBox[]): number[] {
  const low = boxes.map((box) => box.min);
  const high = boxes.map((box) => box.max);
  for (let pass = 0, moved = true; pass < PROPAGATION_PASSES && moved; pass++) {
    moved = false;
    for (const row of rows) {
      for (let j = 0; j < columns; j++) {
        const a = row[j]!;
        if (Math.abs(a) < EPSILON) continue;
        // a x_j = constant - sum of the others: its range from the others' ranges.
        let min = row[columns]!;
        let max = row[columns]!;
        for (let k = 0; k < columns; k++) {
          if (k === j || row[k] === 0) continue;
          const ends = [-row[k]! * low[k]!, -row[k]! * high[k]!];
          min += Math.min(...ends);
          max += Math.max(...ends);
        }
        if (!Number.isFinite(min) && !Number.isFinite(max)) continue;
        const [from, to] = [min / a, max / a].sort((x, y) => x - y) as [number, number];
        const lower = from - SLACK * (1 + Math.abs(from));
        const upper = to + SLACK * (1 + Math.abs(to));
        if (lower > low[j]!) (low[j] = lower), (moved = true);
        if (upper < high[j]!) (high[j] = upper), (moved = true);
      }
    }
  }
  return low.map((min, j) => Math.max(0, high[j]! - min));
}
