import type { PlanDocument } from './format/plan-format.schema.js';
import { flattenPlan, type ElementKind, type FlatElement } from './format/plan-tree.js';
import { sameJson } from './format/match-by-key.js';
import { diffWords, longestCommonSubsequence, type WordDiffPart } from './word-diff.js';

/** The word diff used for text fields, for callers that diff texts of their own. */
export { diffWords, type WordDiffPart } from './word-diff.js';

/** One field that differs; a value is undefined on the side where the field is absent. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  /** When the field is text on either side (and absent or text on the other): what changed, word by word. */
  textDiff?: WordDiffPart[];
}

/** Where an element stands in the outline. */
export interface OutlinePlace {
  parentKey: string | null;
  position: number;
}

/** An element as the comparison lists it: what it is and where it stands. */
export interface ComparedElement extends OutlinePlace {
  key: string;
  kind: ElementKind;
  /** Title (goals, strategies, actions) or name (measures), from the later version when it has one. */
  title: string;
}

/** What changed between two versions of a plan; see comparePlans. */
export interface PlanComparison {
  /** True when nothing at all differs. */
  isSame: boolean;
  /** Fields of the plan (mission, vision, values, ...) and of the organization ("organization.name"). */
  plan: FieldChange[];
  added: ComparedElement[];
  removed: ComparedElement[];
  /** Elements in both versions whose own fields differ; a move alone is not a change. */
  changed: Array<ComparedElement & { changes: FieldChange[] }>;
  moved: Array<ComparedElement & { from: OutlinePlace; to: OutlinePlace }>;
}

/**
 * Compares two frozen versions of a plan, matching elements by key (keys are the author's stable
 * identifiers). A key that names an element of another kind in the later version (a measure key
 * reused for an action) is a removal and an addition: they are different things. An element moved
 * when its parent changed or when its order among the siblings present in both versions changed:
 * a position shifted only because a sibling was added or removed is not a move, so deleting the
 * first action does not report every action after it. Which child lists the source wrote (an empty
 * `measures: []` or none) is representation, not content, and is not compared. Lists come in the
 * later version's document order (removals in the earlier one's).
 */
export function comparePlans(before: PlanDocument, after: PlanDocument): PlanComparison {
  const earlier = flattenPlan(before);
  const later = flattenPlan(after);
  const beforeByKey = new Map(earlier.elements.map((e) => [e.key, e]));
  const afterByKey = new Map(later.elements.map((e) => [e.key, e]));
  const isKept = (e: FlatElement, other: Map<string, FlatElement>) => other.get(e.key)?.kind === e.kind;

  const changed: PlanComparison['changed'] = [];
  for (const next of later.elements) {
    const previous = beforeByKey.get(next.key);
    if (!previous || previous.kind !== next.kind) continue;
    const changes = compareFields(previous.fields, next.fields);
    if (changes.length) changed.push({ ...summarize(next), changes });
  }
  const movedKeys = findMoves(earlier.elements.filter((e) => isKept(e, afterByKey)), later.elements.filter((e) => isKept(e, beforeByKey)));
  const moved = later.elements
    .filter((e) => movedKeys.has(e.key))
    .map((e) => {
      const from = beforeByKey.get(e.key)!;
      return { ...summarize(e), from: { parentKey: from.parentKey, position: from.position }, to: { parentKey: e.parentKey, position: e.position } };
    });
  const plan = [
    ...compareFields(earlier.header.organization, later.header.organization).map((change) => ({ ...change, field: `organization.${change.field}` })),
    ...compareFields(earlier.header.plan, later.header.plan),
  ];
  const added = later.elements.filter((e) => !isKept(e, beforeByKey)).map(summarize);
  const removed = earlier.elements.filter((e) => !isKept(e, afterByKey)).map(summarize);
  const isSame = !plan.length && !added.length && !removed.length && !changed.length && !moved.length;
  return { isSame, plan, added, removed, changed, moved };
}

function summarize(element: FlatElement): ComparedElement {
  const title = element.fields.title ?? element.fields.name;
  return { key: element.key, kind: element.kind, title: typeof title === 'string' ? title : '', parentKey: element.parentKey, position: element.position };
}

/** Field by field, in alphabetical order of field names so the result does not depend on key order. */
function compareFields(before: object, after: object): FieldChange[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return names
    .filter((field) => !sameJson(a[field], b[field]))
    .map((field) => {
      const isText = (value: unknown) => typeof value === 'string' || value === undefined;
      const hasText = isText(a[field]) && isText(b[field]);
      return { field, before: a[field], after: b[field], ...(hasText ? { textDiff: diffWords((a[field] as string | undefined) ?? '', (b[field] as string | undefined) ?? '') } : {}) };
    });
}

/** Keys of elements (present in both, same kind) whose parent changed or that left their siblings' order. */
function findMoves(before: FlatElement[], after: FlatElement[]): Set<string> {
  const moved = new Set<string>();
  const parentBefore = new Map(before.map((e) => [e.key, e.parentKey]));
  for (const e of after) if (parentBefore.get(e.key) !== e.parentKey) moved.add(e.key);
  const siblingOrder = (elements: FlatElement[]) => {
    const groups = new Map<string, FlatElement[]>();
    for (const e of elements) {
      if (moved.has(e.key)) continue;
      const group = `${e.kind}\u0000${e.parentKey ?? ''}`;
      groups.set(group, [...(groups.get(group) ?? []), e]);
    }
    return new Map([...groups].map(([group, list]) => [group, list.sort((x, y) => x.position - y.position).map((e) => e.key)]));
  };
  const orderBefore = siblingOrder(before);
  for (const [group, keysAfter] of siblingOrder(after)) {
    const keysBefore = orderBefore.get(group) ?? [];
    const pairs = longestCommonSubsequence(keysBefore, keysAfter);
    // Past the table bound (thousands of siblings), fall back to "not at the same index among them".
    const kept = new Set(pairs ? pairs.map(([, j]) => keysAfter[j]) : keysAfter.filter((key, i) => keysBefore[i] === key));
    for (const key of keysAfter) if (!kept.has(key)) moved.add(key);
  }
  return moved;
}
