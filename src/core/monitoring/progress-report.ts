import type { Measure } from '../plan/format/plan-format.schema.js';
import { NO_VALUE, formatDate, formatMeasureValue } from '../plan/documents/format-plan-values.js';
import { heading, paragraph, type PrintBlock } from '../plan/documents/printout-blocks.js';
import { boardCallOfGoal, boardCallOfMeasure, countBoardCalls, type BoardCall } from './board-judgement.js';
import type { MeasureStatusResult, RollUpResult, Trend } from './monitoring-types.js';

/**
 * The board's progress report as plain blocks: the Word file and the PDF are both drawn from it,
 * so they say the same. English only, like the plan documents (they print no other language yet).
 */

/** The parts of a scorecard measure the report reads (read-scorecard.ts gives more). */
export interface ReportMeasure {
  key: string;
  name: string;
  unit?: string;
  unitLabel?: string;
  status: Pick<MeasureStatusResult, 'status' | 'period' | 'expected' | 'actual' | 'finalTarget' | 'trend'>;
  latestNarrative: { periodLabel: string; happened: string | null; why: string | null; nextSteps: string | null; author: string } | null;
  /**
   * Set when the latest all-students value is withheld by protectResults (the report goes to a
   * public board meeting): printed as its range when coded, else as hidden, never as the number.
   */
  latestWithheld?: { range: { min: number; max: number } | null } | null;
}

export interface ReportGoal {
  key: string;
  kind: string;
  title: string;
  rollUp: Pick<RollUpResult, 'status' | 'explanation'>;
  measures: readonly ReportMeasure[];
}

export interface ProgressReportInput {
  organizationName: string;
  planTitle: string;
  levelNames: { goal: string; measure: string };
  /** The period as the user named it ("2025-26"), or null for "as of today". */
  periodLabel: string | null;
  /** The day statuses are judged on: the period's last day, or today. */
  asOf: string;
  /** The day the report is made. */
  printedOn: string;
  goals: readonly ReportGoal[];
}

export interface ProgressReport {
  title: string;
  organizationName: string;
  /** The lines under the title: plan, as-of date, printed date. */
  lines: string[];
  /** "2 on track, 1 off track, 0 stagnant, 1 no data yet" over the goals. */
  summary: string;
  blocks: PrintBlock[];
}

export const boardCallWords: Record<BoardCall, string> = { on_track: 'On track', off_track: 'Off track', stagnant: 'Stagnant', no_data: 'No data yet' };
export const trendWords: Record<Trend, string> = { improving: 'Improving', flat: 'Flat', declining: 'Declining', unknown: 'No trend yet' };

export function buildProgressReport(input: ProgressReportInput): ProgressReport {
  const calls = input.goals.map((goal) => boardCallOfGoal(goal));
  const counts = countBoardCalls(calls);
  const summary = `${input.goals.length} ${input.goals.length === 1 ? 'goal' : 'goals'}: ${counts.on_track} on track, ${counts.off_track} off track, ${counts.stagnant} stagnant, ${counts.no_data} no data yet.`;
  const blocks: PrintBlock[] = [paragraph(summary, 'lead')];
  input.goals.forEach((goal, index) => blocks.push(...goalBlocks(goal, calls[index]!, input.levelNames)));
  if (input.goals.length === 0) blocks.push(paragraph(`This plan has no ${input.levelNames.goal.toLowerCase()} to report on yet.`, 'muted'));
  return {
    title: `Progress report, ${input.periodLabel ?? formatDate(input.asOf)}`,
    organizationName: input.organizationName,
    lines: [input.planTitle, `Status as of ${formatDate(input.asOf)}`, `Prepared ${formatDate(input.printedOn)}`],
    summary,
    blocks,
  };
}

// Interim goals and guardrails have no level name of their own in the format, so they are named here.
const kindNames: Record<string, string> = { interim_goal: 'Interim goal', guardrail: 'Guardrail' };

function goalBlocks(goal: ReportGoal, call: BoardCall, levelNames: ProgressReportInput['levelNames']): PrintBlock[] {
  const level = kindNames[goal.kind] ?? levelNames.goal;
  const blocks: PrintBlock[] = [
    heading(1, `${level} ${goal.key}: ${goal.title}`),
    { kind: 'facts', items: [{ label: 'Board judgement', value: boardCallWords[call] }, { label: 'Why', value: goal.rollUp.explanation }] },
  ];
  if (goal.measures.length === 0) return [...blocks, paragraph(`No ${levelNames.measure.toLowerCase()} decides this one yet.`, 'muted')];
  blocks.push({
    kind: 'table',
    caption: `${levelNames.measure} results for ${goal.key}`,
    headers: [levelNames.measure, 'Latest value', 'Expected', 'Final target', 'Board judgement', 'Trend'],
    rows: goal.measures.map((measure) => measureRow(measure)),
    widths: [3, 2, 1.4, 1.4, 1.6, 1.4],
    numeric: [2, 3],
  });
  for (const measure of goal.measures) {
    const narrative = measure.latestNarrative;
    if (!narrative) continue;
    const items = [
      { label: 'What happened', value: narrative.happened },
      { label: 'Why', value: narrative.why },
      { label: 'Next steps', value: narrative.nextSteps },
    ].filter((item): item is { label: string; value: string } => Boolean(item.value));
    blocks.push(heading(2, `Latest update on ${measure.name} (${narrative.periodLabel}, ${narrative.author})`));
    blocks.push(items.length > 0 ? { kind: 'facts', items } : paragraph('No words were given with this update.', 'muted'));
  }
  return blocks;
}

function measureRow(measure: ReportMeasure): string[][] {
  const { status } = measure;
  const period = status.period ? [status.period.label] : [];
  const withheld = measure.latestWithheld;
  const latest = status.actual === null ? [NO_VALUE] : withheld ? [withheldText(withheld.range, measure), ...period] : [valueText(status.actual, measure), ...period];
  return [
    [measure.name],
    latest,
    [status.expected === null ? NO_VALUE : valueText(status.expected, measure)],
    [status.finalTarget === null ? NO_VALUE : valueText(status.finalTarget, measure)],
    // A status beside a withheld value would narrow it, as on the public page.
    [withheld ? 'Hidden to protect student privacy' : boardCallWords[boardCallOfMeasure(status)]],
    [withheld ? trendWords.unknown : trendWords[status.trend]],
  ];
}

/** A withheld value as the board may read it: "95% or more", or hidden for privacy. */
function withheldText(range: { min: number; max: number } | null, measure: ReportMeasure): string {
  if (!range) return 'Hidden to protect student privacy';
  return range.min <= 0 ? `${valueText(range.max, measure)} or less` : `${valueText(range.min, measure)} or more`;
}

/** A number with the measure's unit, as the plan documents print it ("48.2%", "12 days"). */
function valueText(value: number, measure: ReportMeasure): string {
  const unit = { unit: measure.unit as Measure['unit'], unit_label: measure.unitLabel };
  return formatMeasureValue({ period: { label: '' }, value }, unit);
}
