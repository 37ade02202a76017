import type { Action, Goal } from '../format/plan-format.schema.js';
import { NO_VALUE, formatDate, formatWord } from './format-plan-values.js';
import type { LevelNames } from './level-names.js';
import { goalHeading, measureBlocks } from './printout-goals.js';
import { heading, paragraph, type PrintBlock } from './printout-blocks.js';

/** Each goal's strategies with their leading measures and a table of their actions. */
export function strategyBlocks(goals: readonly Goal[], names: LevelNames): PrintBlock[] {
  const blocks: PrintBlock[] = [heading(1, `${names.strategies} and ${names.actions.toLowerCase()}`)];
  const withStrategies = goals.filter((goal) => goal.strategies?.length);
  if (withStrategies.length === 0) blocks.push(paragraph(`No ${names.strategies.toLowerCase()} yet.`, 'muted'));
  for (const goal of withStrategies) {
    blocks.push(heading(2, goalHeading(goal, names)));
    for (const strategy of goal.strategies ?? []) {
      blocks.push(heading(3, `${names.strategy} ${strategy.key}: ${strategy.title}`));
      if (strategy.description) blocks.push(paragraph(strategy.description));
      if (strategy.owner) blocks.push({ kind: 'facts', items: [{ label: 'Owner', value: strategy.owner }] });
      for (const measure of strategy.measures ?? []) blocks.push(...measureBlocks(measure, names, 4));
      const actions = strategy.actions ?? [];
      if (actions.length === 0) {
        blocks.push(paragraph(`No ${names.actions.toLowerCase()} yet.`, 'muted'));
        continue;
      }
      blocks.push({
        kind: 'table',
        caption: `${names.actions}: ${strategy.key}`,
        headers: [names.action, 'Owner', 'When', 'Status', '% complete'],
        rows: actions.map((action) => [actionLines(action), [action.owner ?? NO_VALUE], [whenOf(action)], [action.status ? formatWord(action.status) : NO_VALUE], [action.percent_complete === undefined ? NO_VALUE : `${action.percent_complete}%`]]),
        widths: [6, 3, 3, 2, 2],
        numeric: [4],
      });
    }
  }
  return blocks;
}

/** The action's title, then one line per milestone. */
function actionLines(action: Action): string[] {
  const milestones = (action.milestones ?? []).map((m) => `Milestone: ${m.title}${m.due ? `, due ${formatDate(m.due)}` : ''}${m.done ? ' (done)' : ''}`);
  return [`${action.key}: ${action.title}`, ...milestones];
}

function whenOf(action: Action): string {
  if (action.start && action.due) return `${formatDate(action.start)} to ${formatDate(action.due)}`;
  if (action.due) return `Due ${formatDate(action.due)}`;
  if (action.start) return `From ${formatDate(action.start)}`;
  return action.timeline ?? NO_VALUE;
}
