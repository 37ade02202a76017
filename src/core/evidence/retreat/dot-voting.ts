/**
 * Dot voting on the SWOT board: each person has a set number of dots and may put several on one
 * item. Setting an item's dots replaces what that person had on it, so a phone that sends the same
 * request twice changes nothing.
 */

export type Quadrant = 'strength' | 'weakness' | 'opportunity' | 'threat';
export const quadrants: readonly Quadrant[] = ['strength', 'weakness', 'opportunity', 'threat'];

export type DotDecision = { ok: true; left: number } | { ok: false; left: number; reason: 'over_allowance' | 'negative' };

/**
 * Whether a person may hold `wanted` dots on one item, given the dots they hold on every item
 * (that one included), and how many they would have left.
 */
export function decideDots(options: { allowance: number; held: ReadonlyMap<string, number>; itemId: string; wanted: number }): DotDecision {
  const elsewhere = [...options.held].reduce((sum, [itemId, dots]) => (itemId === options.itemId ? sum : sum + dots), 0);
  const available = options.allowance - elsewhere;
  if (!Number.isInteger(options.wanted) || options.wanted < 0) return { ok: false, left: available - (options.held.get(options.itemId) ?? 0), reason: 'negative' };
  if (options.wanted > available) return { ok: false, left: available - (options.held.get(options.itemId) ?? 0), reason: 'over_allowance' };
  return { ok: true, left: available - options.wanted };
}

export interface RankableItem {
  id: string;
  quadrant: Quadrant;
  position: number;
  dots: number;
}

export interface RankedItem<T extends RankableItem> {
  item: T;
  rank: number;
  /** Another item has as many dots: the room decides between them, the order alone does not. */
  isTied: boolean;
}

/**
 * The board's items by dots, most first. Equal dots keep the board's own order (quadrant, then
 * position) and share a rank, so the facilitator sees a tie rather than a silent winner.
 */
export function rankByDots<T extends RankableItem>(items: readonly T[]): RankedItem<T>[] {
  const sorted = [...items].sort((a, b) => b.dots - a.dots || quadrants.indexOf(a.quadrant) - quadrants.indexOf(b.quadrant) || a.position - b.position);
  const counts = new Map<number, number>();
  for (const item of sorted) counts.set(item.dots, (counts.get(item.dots) ?? 0) + 1);
  let rank = 0;
  let previous: number | null = null;
  return sorted.map((item, index) => {
    if (item.dots !== previous) rank = index + 1;
    previous = item.dots;
    return { item, rank, isTied: (counts.get(item.dots) ?? 0) > 1 };
  });
}

/**
 * The items to carry forward as priorities: the top `count` by dots, only items someone voted for,
 * and every item tied with the last one taken (cutting a tie is the room's decision, not ours).
 */
export function topPriorities<T extends RankableItem>(items: readonly T[], count: number): T[] {
  const ranked = rankByDots(items).filter((entry) => entry.item.dots > 0);
  if (count <= 0) return [];
  if (ranked.length <= count) return ranked.map((entry) => entry.item);
  const last = ranked[count - 1]!.item.dots;
  return ranked.filter((entry, index) => index < count || entry.item.dots === last).map((entry) => entry.item);
}
