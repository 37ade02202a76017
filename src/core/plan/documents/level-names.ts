import type { PlanBody } from '../format/plan-format.schema.js';

export interface LevelNames {
  goal: string;
  goals: string;
  measure: string;
  measures: string;
  strategy: string;
  strategies: string;
  action: string;
  actions: string;
}

/** What the plan calls its levels ("Priority", "Vital sign"), with the format's words as defaults. */
export function levelNamesOf(plan: Pick<PlanBody, 'level_names'>): LevelNames {
  const names = plan.level_names ?? {};
  const goal = names.goal ?? 'Goal';
  const measure = names.measure ?? 'Measure';
  const strategy = names.strategy ?? 'Strategy';
  const action = names.action ?? 'Action';
  return { goal, goals: pluralOf(goal), measure, measures: pluralOf(measure), strategy, strategies: pluralOf(strategy), action, actions: pluralOf(action) };
}

/** English plurals of the level names plans use ("Priority" → "Priorities", "Focus area" → "Focus areas"). */
export function pluralOf(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return word.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/i.test(word)) return word + 'es';
  return word + 's';
}
