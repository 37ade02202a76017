import type { Goal, Measure } from '../format/plan-format.schema.js';
import { formatWord } from './format-plan-values.js';
import type { LevelNames } from './level-names.js';
import { measureTableRows } from './measure-table.js';
import { heading, paragraph, type PrintBlock } from './printout-blocks.js';

/** "Priority P1: Early literacy"; interim goals and guardrails say what they are. */
export function goalHeading(goal: Goal, names: LevelNames): string {
  const kind = goal.kind === 'interim_goal' ? `Interim ${names.goal.toLowerCase()}` : goal.kind === 'guardrail' ? 'Guardrail' : names.goal;
  return `${kind} ${goal.key}: ${goal.title}`;
}

/** Each goal with what it is for, and each of its measures with a table of targets and actuals. */
export function goalDetailBlocks(goals: readonly Goal[], names: LevelNames): PrintBlock[] {
  const blocks: PrintBlock[] = [heading(1, `${names.goals} and ${names.measures.toLowerCase()}`)];
  for (const goal of goals) {
    blocks.push(heading(2, goalHeading(goal, names)));
    if (goal.kind === 'interim_goal' && goal.parent) blocks.push(paragraph(`Serves ${names.goal.toLowerCase()} ${goal.parent}.`, 'muted'));
    if (goal.description) blocks.push(paragraph(goal.description));
    if (goal.rationale) blocks.push({ kind: 'facts', items: [{ label: 'Why', value: goal.rationale }] });
    if (!goal.measures?.length) blocks.push(paragraph(`No ${names.measures.toLowerCase()} yet.`, 'muted'));
    for (const measure of goal.measures ?? []) blocks.push(...measureBlocks(measure, names, 3));
  }
  return blocks;
}

/** A measure: its heading, what it counts and where from, and its targets and actuals by student group. */
export function measureBlocks(measure: Measure, names: LevelNames, level: 3 | 4): PrintBlock[] {
  const blocks: PrintBlock[] = [heading(level, `${names.measure} ${measure.key}: ${measure.name}`)];
  if (measure.description) blocks.push(paragraph(measure.description));
  const facts = [
    { label: 'Unit', value: measure.unit_label ?? (measure.unit ? formatWord(measure.unit) : '') },
    { label: 'Better is', value: directionWords(measure) },
    { label: 'Kind', value: measure.kind ? formatWord(measure.kind) : '' },
    { label: 'Updated', value: measure.cadence ? formatWord(measure.cadence) : '' },
    { label: 'Source', value: measure.source ?? '' },
    { label: 'Owner', value: measure.owner ?? '' },
  ].filter((fact) => fact.value !== '');
  if (facts.length) blocks.push({ kind: 'facts', items: facts });
  const rows = measureTableRows(measure);
  if (rows.length === 0) {
    blocks.push(paragraph('No baseline, targets or actuals yet.', 'muted'));
    return blocks;
  }
  blocks.push({
    kind: 'table',
    caption: `Targets and actuals: ${measure.key}`,
    headers: ['Period', 'Student group', 'Target', 'Actual'],
    rows: rows.map((row) => [[row.period], [row.subgroup], [row.target], [row.actual]]),
    widths: [3, 4, 2, 2],
    numeric: [2, 3],
  });
  return blocks;
}

function directionWords(measure: Measure): string {
  switch (measure.direction) {
    case 'increase':
      return 'Higher';
    case 'decrease':
      return 'Lower';
    case 'at_least':
      return 'At or above each target';
    case 'at_most':
      return 'At or below each target';
    case 'maintain':
      return 'Holding steady';
    case 'range':
      return `Between ${measure.range?.min ?? '…'} and ${measure.range?.max ?? '…'}`;
    default:
      return '';
  }
}
