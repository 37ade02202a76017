import type { Goal, Measure, MeasureValue, PlanDocument } from '../plan/format/plan-format.schema.js';
import { formatMeasureValue } from '../plan/documents/format-plan-values.js';
import type { PrintoutWords } from '../plan/documents/printout-words.js';
import { inferPeriodRollUps } from './disclosure-equations.js';
import { protectResults, type ProtectedResult } from './protect-results.js';
import type { StudentGroupCatalog } from './student-groups.js';

export interface PlanPrivacyRule {
  threshold: number;
  groups: StudentGroupCatalog;
}

/**
 * The plan as it may leave the planning team (the board's and the public's printouts): every
 * measure's results — its baseline and actuals, by student group — go through protectResults
 * together, as the public site's do, and what it withholds is printed as its range ("95% or
 * more") or as hidden, in the reader's language, with no number and no n left behind. Targets
 * are the district's aims, not results about students, so they stay.
 */
export function protectPlanResults(document: PlanDocument, rule: PlanPrivacyRule, words: PrintoutWords): PlanDocument {
  const goals = document.plan.goals.map((goal): Goal => ({
    ...goal,
    ...(goal.measures ? { measures: goal.measures.map((m) => protectMeasure(m, rule, words)) } : {}),
    ...(goal.strategies
      ? { strategies: goal.strategies.map((s) => ({ ...s, ...(s.measures ? { measures: s.measures.map((m) => protectMeasure(m, rule, words)) } : {}) })) }
      : {}),
  }));
  return { ...document, plan: { ...document.plan, goals } };
}

const cellId = (period: string, subgroup: string | null) => `${period}\u0000${subgroup ?? ''}`;

function protectMeasure(measure: Measure, rule: PlanPrivacyRule, words: PrintoutWords): Measure {
  // A measure about one group ("English learners reading") speaks of that group wherever a value names none.
  const groupOf = (value: MeasureValue) => value.subgroup ?? measure.subgroup ?? null;
  const results = [...(measure.baseline ? [measure.baseline] : []), ...(measure.actuals ?? [])].filter((v) => v.value !== null);
  const cells = new Map<string, { periodLabel: string; subgroup: string | null; value: number | null; n: number | null }>();
  // A baseline repeated as an actual is one published value, decided once.
  for (const value of results) cells.set(cellId(value.period.label, groupOf(value)), { periodLabel: value.period.label, subgroup: groupOf(value), value: value.value, n: value.n ?? null });
  if (cells.size === 0) return measure;
  const list = [...cells.values()];
  const decided = new Map<string, ProtectedResult>();
  const isPercentage = measure.unit === 'percent';
  for (const cell of protectResults(list, { threshold: rule.threshold, isPercentage, groups: rule.groups, periodRollUps: inferPeriodRollUps(list.map((c) => c.periodLabel)) })) {
    decided.set(cellId(cell.periodLabel, cell.subgroup), cell);
  }
  const protect = (value: MeasureValue): MeasureValue => {
    if (value.value === null) return value;
    const cell = decided.get(cellId(value.period.label, groupOf(value)));
    // The n itself is never printed, but nothing withheld should travel on in the document.
    const { n: _n, ...rest } = value;
    if (!cell?.isHidden) return rest;
    return { ...rest, value: null, raw: withheldText(cell, measure, words) };
  };
  return {
    ...measure,
    ...(measure.baseline ? { baseline: protect(measure.baseline) } : {}),
    ...(measure.actuals ? { actuals: measure.actuals.map(protect) } : {}),
  };
}

function withheldText(cell: ProtectedResult, measure: Measure, words: PrintoutWords): string {
  if (!cell.range) return words.hidden;
  const atBottom = cell.range.min <= 0;
  const bound = formatMeasureValue({ period: { label: '' }, value: atBottom ? cell.range.max : cell.range.min }, measure, words);
  return atBottom ? words.atMost(bound) : words.atLeast(bound);
}
