import type { Direction, Trend } from './monitoring-types.js';

/** Which way is better: +1 when higher is, -1 when lower is, null when neither side is (range). */
function betterSide(direction: Direction | undefined): 1 | -1 | null {
  if (direction === 'decrease' || direction === 'at_most') return -1;
  if (direction === 'range') return null;
  // increase, at_least, maintain (held as a floor unless the caller says at_most) and no direction.
  return 1;
}

/**
 * The board's "stagnant" call over the last three points (by end date): improving when the latest
 * beats the earliest of them by more than 1% of the earliest's size (0.01 when the earliest is 0),
 * so rounding noise in a results file is not called a trend; declining when it is worse by that
 * much; flat otherwise; unknown with fewer than two points. A range has no better side of its own,
 * so a move there is unknown unless it is flat (computeMeasureStatus judges ranges by distance
 * from the range instead). Without a direction, higher counts as better.
 */
export function computeTrend(points: readonly { endsOn: string; value: number }[], direction?: Direction): Trend {
  const recent = [...points].sort((a, b) => (a.endsOn < b.endsOn ? -1 : a.endsOn > b.endsOn ? 1 : 0)).slice(-3);
  if (recent.length < 2) return 'unknown';
  const earliest = recent[0]!.value;
  const change = recent.at(-1)!.value - earliest;
  const noise = earliest === 0 ? 0.01 : Math.abs(earliest) * 0.01;
  if (Math.abs(change) <= noise + 1e-12) return 'flat';
  const side = betterSide(direction);
  if (side === null) return 'unknown';
  return change * side > 0 ? 'improving' : 'declining';
}
