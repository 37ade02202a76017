import type { PlanElement, PlanElementKind } from '../api-types';

/**
 * The plan's elements arranged as the tree the editor shows. Built once per change of the element
 * list (a few hundred rows take well under a millisecond), so rows can be compared by identity.
 */
export interface OutlineIndex {
  byId: Map<string, PlanElement>;
  byKey: Map<string, PlanElement>;
  /** Children of each parent (null: the goals), measures first, then strategies or actions. */
  children: Map<string | null, PlanElement[]>;
  /** Every element in reading order: goal, its measures, its strategies each with theirs. */
  inOrder: PlanElement[];
}

/** Under a goal its measures come before its strategies; under a strategy, measures before actions. */
const kindRank: Record<PlanElementKind, number> = { goal: 0, measure: 1, strategy: 2, action: 2 };

export function buildOutlineIndex(elements: readonly PlanElement[]): OutlineIndex {
  const byId = new Map<string, PlanElement>();
  const byKey = new Map<string, PlanElement>();
  const children = new Map<string | null, PlanElement[]>();
  for (const element of elements) {
    byId.set(element.id, element);
    byKey.set(element.key, element);
    const siblings = children.get(element.parentId);
    if (siblings) siblings.push(element);
    else children.set(element.parentId, [element]);
  }
  for (const siblings of children.values()) {
    siblings.sort((a, b) => kindRank[a.kind] - kindRank[b.kind] || a.position - b.position);
  }
  const inOrder: PlanElement[] = [];
  const walk = (parentId: string | null) => {
    for (const child of children.get(parentId) ?? []) {
      inOrder.push(child);
      walk(child.id);
    }
  };
  walk(null);
  return { byId, byKey, children, inOrder };
}

export function childrenOf(index: OutlineIndex, parentId: string | null, kind?: PlanElementKind): PlanElement[] {
  const all = index.children.get(parentId) ?? [];
  return kind ? all.filter((child) => child.kind === kind) : all;
}

/** The ancestors of an element, nearest last (goal first). */
export function ancestorsOf(index: OutlineIndex, element: PlanElement): PlanElement[] {
  const chain: PlanElement[] = [];
  let parent = element.parentId ? index.byId.get(element.parentId) : undefined;
  while (parent) {
    chain.unshift(parent);
    parent = parent.parentId ? index.byId.get(parent.parentId) : undefined;
  }
  return chain;
}

/** The goal an element belongs to (itself for a goal). */
export function goalOf(index: OutlineIndex, element: PlanElement): PlanElement {
  return ancestorsOf(index, element)[0] ?? element;
}

/** The element and everything under it, for deleting and for refusing a drop onto one's own child. */
export function subtreeIds(index: OutlineIndex, element: PlanElement): Set<string> {
  const ids = new Set<string>([element.id]);
  const walk = (id: string) => {
    for (const child of index.children.get(id) ?? []) {
      ids.add(child.id);
      walk(child.id);
    }
  };
  walk(element.id);
  return ids;
}
