import type { MeasureStatusResult, PeriodValue, RollUpResult } from '../../../core/monitoring/monitoring-types.js';
import type { NarrativeRow, PlanRules } from './scorecard.repo.js';

/** What leaves the server of a latest narrative: the words, the period, who and when. */
export function presentNarrative(row: NarrativeRow | undefined) {
  if (!row) return null;
  return {
    periodLabel: row.period_label,
    happened: row.happened,
    why: row.why,
    nextSteps: row.next_steps,
    author: row.author,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** A format value as the scorecard shows it, field by field (extensions of a value never leave). */
export function presentPeriodValue(value: PeriodValue) {
  return {
    period: value.period.ends_on ? { label: value.period.label, ends_on: value.period.ends_on } : { label: value.period.label },
    value: value.value,
    ...(value.raw !== undefined ? { raw: value.raw } : {}),
    ...(value.note !== undefined ? { note: value.note } : {}),
    ...(value.subgroup !== undefined ? { subgroup: value.subgroup } : {}),
    ...(value.n !== undefined ? { n: value.n } : {}),
  };
}

export function presentStatus(result: MeasureStatusResult) {
  return {
    status: result.status,
    period: result.period ? (result.period.ends_on ? { label: result.period.label, ends_on: result.period.ends_on } : { label: result.period.label }) : null,
    expected: result.expected,
    actual: result.actual,
    finalTarget: result.finalTarget,
    trend: result.trend,
    reason: result.reason,
  };
}

export function presentRollUp(result: RollUpResult) {
  return { status: result.status, score: result.score, counts: { ...result.counts }, explanation: result.explanation };
}

export function presentRules(rules: PlanRules) {
  return { atRiskProgress: rules.atRiskProgress, weights: rules.weights, version: rules.version };
}
