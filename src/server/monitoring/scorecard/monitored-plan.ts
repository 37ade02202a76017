import type { Action, Goal, Measure, Strategy } from '../../../core/plan/format/plan-format.schema.js';
import type { PlanHeader } from '../../../core/plan/format/plan-tree.js';
import type { ElementRow } from '../../plan/plans/read-plan.js';

/** The fields of an element as the format has them, without its key and child lists. */
type Fields<T> = Omit<T, 'key' | 'measures' | 'strategies' | 'actions'>;

export interface MonitoredMeasure {
  key: string;
  fields: Fields<Measure>;
  goalKey: string;
}
export interface MonitoredAction {
  key: string;
  fields: Fields<Action>;
  goalKey: string;
}
export interface MonitoredStrategy {
  key: string;
  fields: Fields<Strategy>;
  measures: MonitoredMeasure[];
  actions: MonitoredAction[];
}
export interface MonitoredGoal {
  key: string;
  fields: Fields<Goal>;
  measures: MonitoredMeasure[];
  strategies: MonitoredStrategy[];
}

/** The working copy's tree as monitoring walks it: goals in order, each with its measures, strategies and actions. */
export interface MonitoredPlan {
  goals: MonitoredGoal[];
  /** Every measure, in plan order (a goal's own, then its strategies'). */
  measures: MonitoredMeasure[];
  actions: MonitoredAction[];
  measureByKey: Map<string, MonitoredMeasure>;
}

/** Builds the tree from the stored rows in one pass, whatever order they come in. */
export function monitoredPlan(rows: readonly ElementRow[]): MonitoredPlan {
  const childrenOf = new Map<string | null, ElementRow[]>();
  for (const row of rows) {
    const siblings = childrenOf.get(row.parent_id) ?? [];
    siblings.push(row);
    childrenOf.set(row.parent_id, siblings);
  }
  const kids = (parentId: string | null, kind: ElementRow['kind']) =>
    (childrenOf.get(parentId) ?? []).filter((r) => r.kind === kind).sort((a, b) => a.position - b.position);

  const measures: MonitoredMeasure[] = [];
  const actions: MonitoredAction[] = [];
  const goals = kids(null, 'goal').map((goal): MonitoredGoal => {
    const measureOf = (r: ElementRow): MonitoredMeasure => ({ key: r.key, fields: r.fields as Fields<Measure>, goalKey: goal.key });
    const goalMeasures = kids(goal.id, 'measure').map(measureOf);
    const strategies = kids(goal.id, 'strategy').map((s): MonitoredStrategy => ({
      key: s.key,
      fields: s.fields as Fields<Strategy>,
      measures: kids(s.id, 'measure').map(measureOf),
      actions: kids(s.id, 'action').map((a) => ({ key: a.key, fields: a.fields as Fields<Action>, goalKey: goal.key })),
    }));
    measures.push(...goalMeasures, ...strategies.flatMap((s) => s.measures));
    actions.push(...strategies.flatMap((s) => s.actions));
    return { key: goal.key, fields: goal.fields as Fields<Goal>, measures: goalMeasures, strategies };
  });
  return { goals, measures, actions, measureByKey: new Map(measures.map((m) => [m.key, m])) };
}

export const defaultLevelNames = { goal: 'Goal', measure: 'Measure', strategy: 'Strategy', action: 'Action' };

/** The plan's own names for its levels, English defaults where it has none. */
export function levelNamesOf(header: PlanHeader) {
  return { ...defaultLevelNames, ...header.plan.level_names };
}
