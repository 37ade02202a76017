import type { PlanElement, PlanElementKind } from '../api-types';
import { childrenOf, subtreeIds, type OutlineIndex } from './outline-index';

/** Where an element goes: its new parent and its final index among siblings of its kind there. */
export interface MoveTarget {
  parentId: string | null;
  position: number;
}

/** Which kinds of parent each kind may hang off (null: the top level), as the format allows. */
export const parentKindsOf: Record<PlanElementKind, ReadonlyArray<PlanElementKind | null>> = {
  goal: [null],
  measure: ['goal', 'strategy'],
  strategy: ['goal'],
  action: ['strategy'],
};

/** Which kinds can be added under a parent kind (null: the top level). */
export const childKindsOf: Record<PlanElementKind | 'root', readonly PlanElementKind[]> = {
  root: ['goal'],
  goal: ['measure', 'strategy'],
  strategy: ['measure', 'action'],
  measure: [],
  action: [],
};

export function canHangOff(kind: PlanElementKind, parent: PlanElement | null): boolean {
  return parentKindsOf[kind].includes(parent ? parent.kind : null);
}

/** Every place an element could move to, in reading order, for the "Move to…" dialog. */
export function possibleParents(index: OutlineIndex, element: PlanElement): Array<PlanElement | null> {
  if (element.kind === 'goal') return [null];
  const own = subtreeIds(index, element);
  return index.inOrder.filter((candidate) => canHangOff(element.kind, candidate) && !own.has(candidate.id));
}

/**
 * Alt+ArrowUp / Alt+ArrowDown: one step among the siblings of the same kind; past the first or
 * last sibling, into the previous or next possible parent (end or start of its list), as the eye
 * reads the outline. Null when there is nowhere to go.
 */
export function stepMove(index: OutlineIndex, element: PlanElement, step: -1 | 1): MoveTarget | null {
  const siblings = childrenOf(index, element.parentId, element.kind);
  const at = siblings.findIndex((sibling) => sibling.id === element.id);
  const next = at + step;
  if (next >= 0 && next < siblings.length) return { parentId: element.parentId, position: next };
  if (element.kind === 'goal') return null;
  const parents = possibleParents(index, element);
  const current = parents.findIndex((parent) => (parent?.id ?? null) === element.parentId);
  const neighbour = parents[current + step];
  if (neighbour === undefined || neighbour === null) return null;
  const count = childrenOf(index, neighbour.id, element.kind).length;
  return { parentId: neighbour.id, position: step === -1 ? count : 0 };
}

/**
 * Alt+ArrowLeft / Alt+ArrowRight change level, which only a measure can: from a strategy up to its
 * goal, or from a goal down into its first strategy (a goal's measures are its scorecard, a
 * strategy's are leading indicators).
 */
export function levelMove(index: OutlineIndex, element: PlanElement, direction: 'out' | 'in'): MoveTarget | null {
  if (element.kind !== 'measure' || !element.parentId) return null;
  const parent = index.byId.get(element.parentId);
  if (!parent) return null;
  if (direction === 'out' && parent.kind === 'strategy' && parent.parentId) {
    return { parentId: parent.parentId, position: childrenOf(index, parent.parentId, 'measure').length };
  }
  if (direction === 'in' && parent.kind === 'goal') {
    const strategy = childrenOf(index, parent.id, 'strategy')[0];
    if (strategy) return { parentId: strategy.id, position: childrenOf(index, strategy.id, 'measure').length };
  }
  return null;
}

export type DropPlace = 'before' | 'after' | 'inside';

/**
 * Where a dragged element lands when dropped on a row: beside a sibling of the same kind, or at the
 * end of a row that can hold it. Null when the drop is not allowed (an action onto a goal, a goal
 * into its own measure).
 */
export function dropTarget(index: OutlineIndex, dragged: PlanElement, onto: PlanElement, place: DropPlace): MoveTarget | null {
  if (subtreeIds(index, dragged).has(onto.id)) return null;
  if (place === 'inside') {
    if (!canHangOff(dragged.kind, onto)) return null;
    const count = childrenOf(index, onto.id, dragged.kind).filter((child) => child.id !== dragged.id).length;
    return { parentId: onto.id, position: count };
  }
  if (onto.kind !== dragged.kind) return null;
  const siblings = childrenOf(index, onto.parentId, dragged.kind).filter((child) => child.id !== dragged.id);
  const at = siblings.findIndex((sibling) => sibling.id === onto.id);
  return { parentId: onto.parentId, position: place === 'before' ? at : at + 1 };
}

/** Which drop a pointer at `ratio` (0 top, 1 bottom) of a row means. */
export function dropPlaceAt(dragged: PlanElement, onto: PlanElement, ratio: number): DropPlace | null {
  const isSibling = dragged.kind === onto.kind;
  const isParent = canHangOff(dragged.kind, onto);
  if (isSibling && !isParent) return ratio < 0.5 ? 'before' : 'after';
  if (isParent && !isSibling) return 'inside';
  if (isSibling && isParent) return ratio < 0.25 ? 'before' : ratio > 0.75 ? 'after' : 'inside';
  return null;
}

/** Whether a target leaves the element where it is (no request needed). */
export function isSamePlace(index: OutlineIndex, element: PlanElement, target: MoveTarget): boolean {
  if (target.parentId !== element.parentId) return false;
  const siblings = childrenOf(index, element.parentId, element.kind);
  return siblings.findIndex((sibling) => sibling.id === element.id) === target.position;
}
