import { quadrants, topPriorities } from '../../../core/evidence/retreat/dot-voting';
import type { SwotBoard, SwotItem } from './retreat-types';

/*
 * How the SWOT board's dots read on the facilitator's screen, apart from the drawing so it can be
 * tested. The ranks come from the server (one rule, core's rankByDots); here they are only ordered,
 * worded and previewed.
 */

/** Every item of the board, most dots first; equal dots keep the board's order (as the server ranks them). */
export function rankedItems(board: SwotBoard): SwotItem[] {
  return quadrants.flatMap((quadrant) => board[quadrant]).sort((a, b) => a.rank - b.rank || quadrants.indexOf(a.quadrant) - quadrants.indexOf(b.quadrant) || a.position - b.position);
}

/** How many dots the whole room has spent. */
export function totalDots(board: SwotBoard): number {
  return quadrants.reduce((sum, quadrant) => sum + board[quadrant].reduce((inner, item) => inner + item.dots, 0), 0);
}

/**
 * What "Carry forward the top N" would add: the same rule the server applies (core's
 * topPriorities: only items with dots, every item tied with the last one taken), less the items
 * already carried.
 */
export function carryForwardPreview(board: SwotBoard, count: number): SwotItem[] {
  return topPriorities(quadrants.flatMap((quadrant) => board[quadrant]), count).filter((item) => !item.is_carried_forward);
}

/** The rank as the room reads it: "1", or "=2" when another item has as many dots; nothing before any dot. */
export function rankLabel(item: Pick<SwotItem, 'rank' | 'is_tied' | 'dots'>): string | null {
  if (item.dots === 0) return null;
  return item.is_tied ? `=${item.rank}` : String(item.rank);
}

/** A list with one entry moved up (-1) or down (+1); the same list when it cannot move. */
export function moveInList<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
