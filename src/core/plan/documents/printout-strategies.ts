import type { Action, Goal } from '../format/plan-format.schema.js';
import { NO_VALUE, formatDate, formatFormatWord } from './format-plan-values.js';
import type { LevelNames } from './level-names.js';
import { goalHeading, measureBlocks } from './printout-goals.js';
import { heading, paragraph, type PrintBlock } from './printout-blocks.js';
import { whyFact } from './printout-evidence.js';
import { printoutWords, type PrintoutWords } from './printout-words.js';

/** Each goal's strategies with what they cite, their leading measures and a table of their actions. */
export function strategyBlocks(goals: readonly Goal[], names: LevelNames, words: PrintoutWords = printoutWords.en): PrintBlock[] {
  const blocks: PrintBlock[] = [heading(1, words.strategiesAndActions(names.strategies, names.actions))];
  const withStrategies = goals.filter((goal) => goal.strategies?.length);
  if (withStrategies.length === 0) blocks.push(paragraph(words.noneYet(names.strategies), 'muted'));
  for (const goal of withStrategies) {
    blocks.push(heading(2, goalHeading(goal, names, words)));
    for (const strategy of goal.strategies ?? []) {
      blocks.push(heading(3, `${names.strategy} ${strategy.key}: ${strategy.title}`));
      if (strategy.description) blocks.push(paragraph(strategy.description));
      const facts = [strategy.owner ? { label: words.owner, value: strategy.owner } : null, whyFact(strategy, names.strategy, words)].filter((fact) => fact !== null);
      if (facts.length) blocks.push({ kind: 'facts', items: facts });
      for (const measure of strategy.measures ?? []) blocks.push(...measureBlocks(measure, names, 4, words));
      const actions = strategy.actions ?? [];
      if (actions.length === 0) {
        blocks.push(paragraph(words.noneYet(names.actions), 'muted'));
        continue;
      }
      blocks.push({
        kind: 'table',
        caption: words.actionsOf(names.actions, strategy.key),
        headers: words.actionColumns(names.action),
        rows: actions.map((action) => [
          actionLines(action, words),
          [action.owner ?? NO_VALUE],
          [whenOf(action, words)],
          [action.status ? formatFormatWord(action.status, words) : NO_VALUE],
          [action.percent_complete === undefined ? NO_VALUE : `${action.percent_complete}%`],
        ]),
        widths: [6, 3, 3, 2, 2],
        numeric: [4],
      });
    }
  }
  return blocks;
}

/** The action's title, then one line per milestone. */
function actionLines(action: Action, words: PrintoutWords): string[] {
  const milestones = (action.milestones ?? []).map((m) => words.milestone(m.title, m.due ? formatDate(m.due, words) : null, Boolean(m.done)));
  return [`${action.key}: ${action.title}`, ...milestones];
}

function whenOf(action: Action, words: PrintoutWords): string {
  if (action.start && action.due) return words.fromTo(formatDate(action.start, words), formatDate(action.due, words));
  if (action.due) return words.due(formatDate(action.due, words));
  if (action.start) return words.from(formatDate(action.start, words));
  return action.timeline ?? NO_VALUE;
}
