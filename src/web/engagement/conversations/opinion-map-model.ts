/*
 * Pure helpers of the opinion-groups tab: fitting the map's points into the drawing, and saying a
 * share of votes as a whole percentage people read without a statistics course.
 */

export interface MapPlace {
  participant: string;
  x: number;
  y: number;
  group: number | null;
}

export interface DrawnPlace extends MapPlace {
  /** Where the point sits in the drawing, in its own units (0 to size). */
  cx: number;
  cy: number;
}

/**
 * The places fitted into a square drawing of `size` units with `margin` on every side, keeping
 * the map's proportions (both axes share one scale, so distances mean the same across and down)
 * and centring the cloud. The map's y grows upwards, the drawing's downwards. One place, or all
 * at one spot, sits in the middle.
 */
export function fitPlaces(places: readonly MapPlace[], size: number, margin: number): DrawnPlace[] {
  const finite = places.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  if (finite.length === 0) return [];
  const xs = finite.map((p) => p.x);
  const ys = finite.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(maxX - minX, maxY - minY);
  const inner = size - 2 * margin;
  const scale = span > 0 ? inner / span : 0;
  const midX = (minX + maxX) / 2;
  const midY = (minY + maxY) / 2;
  return finite.map((p) => ({ ...p, cx: size / 2 + (p.x - midX) * scale, cy: size / 2 - (p.y - midY) * scale }));
}

/** People drawn at one spot of one group: one dot, as large as its count says. */
export interface StackedPlace {
  key: string;
  cx: number;
  cy: number;
  group: number | null;
  count: number;
}

/**
 * The drawn places stacked where they fall within `within` units of each other in the same group:
 * people who voted exactly alike sit at one spot, and 28 people drawn as five dots would say five.
 * Each stack keeps its first place's spot; stacks come in the order of their first place.
 */
export function stackPlaces(drawn: readonly DrawnPlace[], within = 1): StackedPlace[] {
  const stacks = new Map<string, StackedPlace>();
  for (const place of drawn) {
    const key = `${place.group ?? 'none'}:${Math.round(place.cx / within)}:${Math.round(place.cy / within)}`;
    const stack = stacks.get(key);
    if (stack) stack.count += 1;
    else stacks.set(key, { key, cx: place.cx, cy: place.cy, group: place.group, count: 1 });
  }
  return [...stacks.values()];
}

/** A dot's radius for a stack of `count` people: its area grows with the count. */
export const stackRadius = (count: number, base: number) => base * Math.sqrt(count);

/** A share as a whole percentage, 0 to 100; none seen is 0 (nobody to speak for). */
export function percentOf(count: number, seen: number): number {
  if (seen <= 0) return 0;
  return Math.round((100 * Math.min(count, seen)) / seen);
}

/**
 * How strongly people lean, in words a board member reads at a glance: "almost all" from 90%,
 * "most" from 67%, "more than half" above 50%, else "about half" or "fewer than half".
 */
export type ShareWord = 'almostAll' | 'most' | 'moreThanHalf' | 'aboutHalf' | 'fewerThanHalf';
export function shareWord(percent: number): ShareWord {
  if (percent >= 90) return 'almostAll';
  if (percent >= 67) return 'most';
  if (percent > 55) return 'moreThanHalf';
  if (percent >= 45) return 'aboutHalf';
  return 'fewerThanHalf';
}

/** Group 0, 1, ... named by letter as Polis does: A, B, C ... (past Z: A2, B2 ...). */
export function groupLetter(id: number): string {
  const letter = String.fromCharCode(65 + (id % 26));
  const round = Math.floor(id / 26);
  return round === 0 ? letter : `${letter}${round + 1}`;
}
