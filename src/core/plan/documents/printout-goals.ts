import type { Goal, Measure } from '../format/plan-format.schema.js';
import { formatFormatWord } from './format-plan-values.js';
import type { LevelNames } from './level-names.js';
import { measureTableRows } from './measure-table.js';
import { heading, paragraph, type PrintBlock } from './printout-blocks.js';
import { whyFact } from './printout-evidence.js';
import { printoutWords, type PrintoutWords } from './printout-words.js';

/** "Priority P1: Early literacy"; interim goals and guardrails say what they are. */
export function goalHeading(goal: Goal, names: LevelNames, words: PrintoutWords = printoutWords.en): string {
  const kind = goal.kind === 'interim_goal' ? words.interim(names.goal) : goal.kind === 'guardrail' ? words.guardrail : names.goal;
  return `${kind} ${goal.key}: ${goal.title}`;
}

/** Each goal with what it is for and what it cites, and each of its measures with a table of targets and actuals. */
export function goalDetailBlocks(goals: readonly Goal[], names: LevelNames, words: PrintoutWords = printoutWords.en): PrintBlock[] {
  const blocks: PrintBlock[] = [heading(1, words.goalsAndMeasures(names.goals, names.measures))];
  for (const goal of goals) {
    blocks.push(heading(2, goalHeading(goal, names, words)));
    if (goal.kind === 'interim_goal' && goal.parent) blocks.push(paragraph(words.serves(names.goal, goal.parent), 'muted'));
    if (goal.description) blocks.push(paragraph(goal.description));
    const facts = [goal.rationale ? { label: words.why, value: goal.rationale } : null, whyFact(goal, names.goal, words)].filter((fact) => fact !== null);
    if (facts.length) blocks.push({ kind: 'facts', items: facts });
    if (!goal.measures?.length) blocks.push(paragraph(words.noneYet(names.measures), 'muted'));
    for (const measure of goal.measures ?? []) blocks.push(...measureBlocks(measure, names, 3, words));
  }
  return blocks;
}

/** A measure: its heading, what it counts and where from, and its targets and actuals by student group. */
export function measureBlocks(measure: Measure, names: LevelNames, level: 3 | 4, words: PrintoutWords = printoutWords.en): PrintBlock[] {
  const blocks: PrintBlock[] = [heading(level, `${names.measure} ${measure.key}: ${measure.name}`)];
  if (measure.description) blocks.push(paragraph(measure.description));
  const facts = [
    { label: words.unit, value: measure.unit_label ?? (measure.unit ? formatFormatWord(measure.unit, words) : '') },
    { label: words.betterIs, value: directionWords(measure, words) },
    { label: words.kind, value: measure.kind ? formatFormatWord(measure.kind, words) : '' },
    { label: words.updated, value: measure.cadence ? formatFormatWord(measure.cadence, words) : '' },
    { label: words.source, value: measure.source ?? '' },
    { label: words.owner, value: measure.owner ?? '' },
  ].filter((fact) => fact.value !== '');
  const why = whyFact(measure, names.measure, words);
  if (why) facts.push(why);
  if (facts.length) blocks.push({ kind: 'facts', items: facts });
  const rows = measureTableRows(measure, words);
  if (rows.length === 0) {
    blocks.push(paragraph(words.noValuesYet, 'muted'));
    return blocks;
  }
  blocks.push({
    kind: 'table',
    caption: words.targetsAndActuals(measure.key),
    headers: [words.period, words.studentGroup, words.target, words.actual],
    rows: rows.map((row) => [[row.period], [row.subgroup], [row.target], [row.actual]]),
    widths: [3, 4, 2, 2],
    numeric: [2, 3],
  });
  return blocks;
}

function directionWords(measure: Measure, words: PrintoutWords): string {
  if (!measure.direction) return '';
  if (measure.direction === 'range') return words.between(String(measure.range?.min ?? '…'), String(measure.range?.max ?? '…'));
  return words.direction[measure.direction] ?? '';
}
