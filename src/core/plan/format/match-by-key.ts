import type { FlatElement, PlanHeader } from './plan-tree.js';

export interface ElementSummary {
  key: string;
  kind: FlatElement['kind'];
  title: string;
}

export interface KeyMatch {
  added: ElementSummary[];
  removed: ElementSummary[];
  /** Matched keys whose content or place changed, with the names of what changed. */
  changed: Array<ElementSummary & { changes: string[] }>;
  /** Plan-level fields (title, mission, values, ...) that differ. */
  header: string[];
}

/** What re-importing `incoming` over `current` would add, change and remove, matched by key. */
export function matchByKey(current: { header: PlanHeader; elements: readonly FlatElement[] }, incoming: { header: PlanHeader; elements: readonly FlatElement[] }): KeyMatch {
  const before = new Map(current.elements.map((e) => [e.key, e]));
  const after = new Map(incoming.elements.map((e) => [e.key, e]));
  const changed: KeyMatch['changed'] = [];
  for (const [key, next] of after) {
    const previous = before.get(key);
    if (!previous) continue;
    const changes = [
      ...(previous.kind !== next.kind ? ['kind'] : []),
      ...(previous.parentKey !== next.parentKey ? ['parent'] : []),
      ...(previous.position !== next.position ? ['position'] : []),
      ...changedFields(previous.fields, next.fields),
      ...(!sameJson([...previous.childLists].sort(), [...next.childLists].sort()) ? ['lists'] : []),
    ];
    if (changes.length) changed.push({ ...summarize(next), changes });
  }
  const headerChanges = [
    ...(!sameJson(current.header.organization, incoming.header.organization) ? ['organization'] : []),
    ...changedFields(current.header.plan, incoming.header.plan),
  ];
  return {
    added: incoming.elements.filter((e) => !before.has(e.key)).map(summarize),
    removed: current.elements.filter((e) => !after.has(e.key)).map(summarize),
    changed,
    header: headerChanges,
  };
}

export function summarize(element: FlatElement): ElementSummary {
  const title = (element.fields.title ?? element.fields.name ?? '') as string;
  return { key: element.key, kind: element.kind, title };
}

function changedFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].filter((name) => !sameJson(a[name], b[name])).sort();
}

/** Deep equality of JSON values, ignoring the order of object keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, i) => sameJson(item, (b as unknown[])[i]));
  const ak = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const bk = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ak.length === bk.length && ak.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
