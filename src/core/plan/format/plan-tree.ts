import type { Action, Goal, Measure, PlanDocument, Strategy } from './plan-format.schema.js';

/**
 * A plan stored as rows: a header (everything but the goals) and one element per goal, measure,
 * strategy and action, each keeping its own fields verbatim. flattenPlan and assemblePlan are
 * exact inverses, which is what makes import-then-export lossless.
 */
export type ElementKind = 'goal' | 'measure' | 'strategy' | 'action';
export type ChildList = 'measures' | 'strategies' | 'actions';

export interface FlatElement {
  kind: ElementKind;
  key: string;
  /** Key of the parent element; null for goals. */
  parentKey: string | null;
  /** Order among the siblings of the same kind under the same parent. */
  position: number;
  /** The element's own fields, without its key and child lists. */
  fields: Record<string, unknown>;
  /** The child lists the source wrote, even empty, so export writes them back. */
  childLists: ChildList[];
}

export interface PlanHeader {
  format: 'strategic-plan/v1';
  organization: PlanDocument['organization'];
  plan: Omit<PlanDocument['plan'], 'goals'>;
}

const childListsOf: Record<ElementKind, ChildList[]> = {
  goal: ['measures', 'strategies'],
  strategy: ['measures', 'actions'],
  measure: [],
  action: [],
};

export function flattenPlan(document: PlanDocument): { header: PlanHeader; elements: FlatElement[] } {
  const { goals, ...plan } = document.plan;
  const elements: FlatElement[] = [];
  const add = (kind: ElementKind, source: Record<string, unknown>, parentKey: string | null, position: number) => {
    const lists = childListsOf[kind];
    const { key, ...rest } = source as { key: string } & Record<string, unknown>;
    const fields: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(rest)) if (!(lists as string[]).includes(name)) fields[name] = value;
    elements.push({ kind, key, parentKey, position, fields, childLists: lists.filter((list) => source[list] !== undefined) });
    return key;
  };
  goals.forEach((goal, g) => {
    const goalKey = add('goal', goal, null, g);
    goal.measures?.forEach((measure, i) => add('measure', measure, goalKey, i));
    goal.strategies?.forEach((strategy, s) => {
      const strategyKey = add('strategy', strategy, goalKey, s);
      strategy.measures?.forEach((measure, i) => add('measure', measure, strategyKey, i));
      strategy.actions?.forEach((action, i) => add('action', action, strategyKey, i));
    });
  });
  return { header: { format: document.format, organization: document.organization, plan }, elements };
}

/** Builds the document back from the header and the elements (in any order). */
export function assemblePlan(header: PlanHeader, elements: readonly FlatElement[]): PlanDocument {
  const children = new Map<string | null, FlatElement[]>();
  for (const element of elements) {
    const siblings = children.get(element.parentKey) ?? [];
    siblings.push(element);
    children.set(element.parentKey, siblings);
  }
  const ofKind = (parentKey: string | null, kind: ElementKind) =>
    (children.get(parentKey) ?? []).filter((e) => e.kind === kind).sort((a, b) => a.position - b.position);
  const list = <T>(element: FlatElement, name: ChildList, kind: ElementKind, build: (e: FlatElement) => T): { [k: string]: T[] } => {
    const items = ofKind(element.key, kind);
    return items.length || element.childLists.includes(name) ? { [name]: items.map(build) } : {};
  };
  const measure = (e: FlatElement) => ({ key: e.key, ...e.fields }) as Measure;
  const action = (e: FlatElement) => ({ key: e.key, ...e.fields }) as Action;
  const strategy = (e: FlatElement) =>
    ({ key: e.key, ...e.fields, ...list(e, 'measures', 'measure', measure), ...list(e, 'actions', 'action', action) }) as Strategy;
  const goal = (e: FlatElement) =>
    ({ key: e.key, ...e.fields, ...list(e, 'measures', 'measure', measure), ...list(e, 'strategies', 'strategy', strategy) }) as Goal;
  return {
    format: header.format,
    organization: header.organization,
    plan: { ...header.plan, goals: ofKind(null, 'goal').map(goal) },
  };
}
