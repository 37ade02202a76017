import type { PlanBody } from '../format/plan-format.schema.js';
import { printoutWords, type PrintoutWords } from './printout-words.js';
import { ownLevelName } from '../level-words.js';

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

/**
 * What the plan calls its levels ("Priority", "Vital sign"), with the format's words as defaults
 * in the reader's language. A plan's own level names are its own words and stay as written.
 */
export function levelNamesOf(plan: Pick<PlanBody, 'level_names'>, words: PrintoutWords = printoutWords.en): LevelNames {
  // An English default ("Goal") written into the plan is the language's word, not the district's: a Spanish reader reads "Meta".
  const names = {
    goal: ownLevelName(plan.level_names, 'goal', words.language),
    measure: ownLevelName(plan.level_names, 'measure', words.language),
    strategy: ownLevelName(plan.level_names, 'strategy', words.language),
    action: ownLevelName(plan.level_names, 'action', words.language),
  };
  const plural = (word: string, own: string | undefined) => (own ? pluralOf(word) : words.plural(word));
  const goal = names.goal ?? words.levels.goal;
  const measure = names.measure ?? words.levels.measure;
  const strategy = names.strategy ?? words.levels.strategy;
  const action = names.action ?? words.levels.action;
  return {
    goal,
    goals: plural(goal, names.goal),
    measure,
    measures: plural(measure, names.measure),
    strategy,
    strategies: plural(strategy, names.strategy),
    action,
    actions: plural(action, names.action),
  };
}

/** English plurals of the level names plans use ("Priority" → "Priorities", "Focus area" → "Focus areas"). */
export function pluralOf(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return word.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/i.test(word)) return word + 'es';
  return word + 's';
}
