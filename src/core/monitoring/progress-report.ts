import type { Measure } from '../plan/format/plan-format.schema.js';
import { NO_VALUE, formatDate, formatMeasureValue } from '../plan/documents/format-plan-values.js';
import { heading, paragraph, type PrintBlock } from '../plan/documents/printout-blocks.js';
import type { MeasureStatus, MeasureStatusResult, RollUpResult, Trend } from './monitoring-types.js';
import { countGoalStatuses, isGoalStagnant, isMeasureStagnant } from './stagnation.js';
import { reportWords, type ReportWords } from './progress-report-words.js';

/**
 * The board's progress report as plain blocks: the Word file and the PDF are both drawn from it,
 * so they say the same, in the reader's language (progress-report-words.ts).
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
  /** The reader's words; English when absent. */
  words?: ReportWords;
}

export interface ProgressReport {
  title: string;
  organizationName: string;
  /** The lines under the title: plan, as-of date, printed date. */
  lines: string[];
  /** "3 goals: 1 on track, 1 at risk, 0 off track, 1 no data yet; 1 stagnant." over the goals. */
  summary: string;
  blocks: PrintBlock[];
}

/** The same words the dashboard uses for the same statuses: one status, one name, everywhere. */
export const statusWords: Record<MeasureStatus, string> = reportWords.en.status;
export const trendWords: Record<Trend, string> = reportWords.en.trend;

export function buildProgressReport(input: ProgressReportInput): ProgressReport {
  const w = input.words ?? reportWords.en;
  const { counts, stagnant } = countGoalStatuses(input.goals);
  const summary = w.summary(input.goals.length, counts, stagnant);
  const blocks: PrintBlock[] = [paragraph(summary, 'lead')];
  for (const goal of input.goals) blocks.push(...goalBlocks(goal, input.levelNames, w));
  if (input.goals.length === 0) blocks.push(paragraph(w.nothingToReport(input.levelNames.goal), 'muted'));
  return {
    title: w.title(input.periodLabel ?? formatDate(input.asOf, w.print)),
    organizationName: input.organizationName,
    lines: [input.planTitle, w.statusAsOf(formatDate(input.asOf, w.print)), w.prepared(formatDate(input.printedOn, w.print))],
    summary,
    blocks,
  };
}

// Interim goals and guardrails have no level name of their own in the format, so they are named in w.kinds.
function goalBlocks(goal: ReportGoal, levelNames: ProgressReportInput['levelNames'], w: ReportWords): PrintBlock[] {
  const level = w.kinds[goal.kind] ?? levelNames.goal;
  const status = w.status[goal.rollUp.status] + (isGoalStagnant(goal) ? w.stagnantGoal : '');
  const blocks: PrintBlock[] = [heading(1, `${level} ${goal.key}: ${goal.title}`), { kind: 'facts', items: [{ label: w.statusLabel, value: status }, { label: w.why, value: goal.rollUp.explanation }] }];
  if (goal.measures.length === 0) return [...blocks, paragraph(w.noMeasureDecides(levelNames.measure), 'muted')];
  blocks.push({
    kind: 'table',
    caption: w.resultsFor(levelNames.measure, goal.key),
    headers: w.columns(levelNames.measure),
    rows: goal.measures.map((measure) => measureRow(measure, w)),
    widths: [3, 2, 1.4, 1.4, 1.6, 1.4],
    numeric: [2, 3],
  });
  for (const measure of goal.measures) {
    const narrative = measure.latestNarrative;
    if (!narrative) continue;
    const items = [
      { label: w.happened, value: narrative.happened },
      { label: w.why, value: narrative.why },
      { label: w.nextSteps, value: narrative.nextSteps },
    ].filter((item): item is { label: string; value: string } => Boolean(item.value));
    blocks.push(heading(2, w.latestUpdate(measure.name, narrative.periodLabel, narrative.author)));
    blocks.push(items.length > 0 ? { kind: 'facts', items } : paragraph(w.noWords, 'muted'));
  }
  return blocks;
}

function measureRow(measure: ReportMeasure, w: ReportWords): string[][] {
  const { status } = measure;
  const period = status.period ? [status.period.label] : [];
  const withheld = measure.latestWithheld;
  const latest = status.actual === null ? [NO_VALUE] : withheld ? [withheldText(withheld.range, measure, w), ...period] : [valueText(status.actual, measure, w), ...period];
  return [
    [measure.name],
    latest,
    [status.expected === null ? NO_VALUE : valueText(status.expected, measure, w)],
    [status.finalTarget === null ? NO_VALUE : valueText(status.finalTarget, measure, w)],
    // A status beside a withheld value would narrow it, as on the public page.
    [withheld ? w.print.hidden : w.status[status.status]],
    [withheld ? w.trend.unknown : w.trend[status.trend] + (isMeasureStagnant(status) ? w.stagnantMeasure : '')],
  ];
}

/** A withheld value as the board may read it: "95% or more", or hidden for privacy. */
function withheldText(range: { min: number; max: number } | null, measure: ReportMeasure, w: ReportWords): string {
  if (!range) return w.print.hidden;
  return range.min <= 0 ? w.print.atMost(valueText(range.max, measure, w)) : w.print.atLeast(valueText(range.min, measure, w));
}

/** A number with the measure's unit, as the plan documents print it ("48.2%", "12 days"). */
function valueText(value: number, measure: ReportMeasure, w: ReportWords): string {
  const unit = { unit: measure.unit as Measure['unit'], unit_label: measure.unitLabel };
  return formatMeasureValue({ period: { label: '' }, value }, unit, w.print);
}
