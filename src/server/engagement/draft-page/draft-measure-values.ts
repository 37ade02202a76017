import { inferPeriodRollUps } from '../../../core/monitoring/disclosure-equations.js';
import { protectResults } from '../../../core/monitoring/protect-results.js';
import type { StudentGroupCatalog } from '../../../core/monitoring/student-groups.js';
import type { Measure, MeasureValue } from '../../../core/plan/format/plan-format.schema.js';

/** A value as the public may read it: the number, what may be said of a coded one, or hidden. */
export type ShownValue = { periodLabel: string; value: number | null; isHidden: boolean; range: { min: number; max: number } | null };

export interface DraftMeasureValues {
  baseline: ShownValue | null;
  finalTarget: { periodLabel: string; value: number } | null;
  latest: ShownValue | null;
  /** The latest period's results by student group, when the measure has any, all students first. */
  groups: { periodLabel: string; rows: Array<{ subgroup: string | null } & ShownValue> } | null;
}

const all = (value: MeasureValue) => (value.subgroup ?? null) === null;
const cellId = (periodLabel: string, subgroup: string | null) => `${periodLabel}\u0000${subgroup ?? ''}`;

/**
 * What a draft measure may show the public: its starting point, final target, latest result and
 * that period's results by student group, each withheld by the one privacy rule every public output
 * uses (protectResults, as build-public-plan.ts applies it: over all the measure's results at
 * once, since a reader sees them together). A draft rarely has results; its targets are the
 * district's intentions, not results about students, and are shown as written.
 */
export function draftMeasureValues(measure: Measure, options: { threshold: number; groups?: StudentGroupCatalog }): DraftMeasureValues {
  const actuals = (measure.actuals ?? []).filter((a) => a.value !== null);
  const baseline = measure.baseline && all(measure.baseline) && measure.baseline.value !== null ? measure.baseline : null;
  const sameAsActual = baseline !== null && actuals.some((a) => all(a) && a.period.label === baseline.period.label);
  const published = [...actuals, ...(baseline && !sameAsActual ? [baseline] : [])];
  const cells = published.map((v) => ({ periodLabel: v.period.label, subgroup: v.subgroup ?? null, value: v.value, n: v.n ?? null }));
  const withheld = new Map<string, { range: { min: number; max: number } | null }>();
  const protectedCells = protectResults(cells, {
    threshold: options.threshold,
    isPercentage: measure.unit === 'percent',
    periodRollUps: inferPeriodRollUps(cells.map((c) => c.periodLabel)),
    ...(options.groups ? { groups: options.groups } : {}),
  });
  for (const cell of protectedCells) if (cell.isHidden) withheld.set(cellId(cell.periodLabel, cell.subgroup), { range: cell.range && Number.isFinite(cell.range.min) && Number.isFinite(cell.range.max) ? cell.range : null });
  const shown = (v: MeasureValue): ShownValue => {
    const cell = withheld.get(cellId(v.period.label, v.subgroup ?? null));
    return cell ? { periodLabel: v.period.label, value: null, isHidden: true, range: cell.range } : { periodLabel: v.period.label, value: v.value, isHidden: false, range: null };
  };

  const lastTarget = [...(measure.targets ?? [])].reverse().find((t) => all(t) && t.value !== null);
  const latestAll = [...actuals].reverse().find(all);
  const latestGroupPeriod = [...actuals].reverse().find((a) => !all(a))?.period.label;
  const groupRows = latestGroupPeriod
    ? actuals
        .filter((a) => a.period.label === latestGroupPeriod)
        .sort((a, b) => Number(!all(a)) - Number(!all(b)))
        .map((a) => ({ subgroup: a.subgroup ?? null, ...shown(a) }))
    : [];
  return {
    baseline: baseline ? shown(baseline) : null,
    finalTarget: lastTarget ? { periodLabel: lastTarget.period.label, value: lastTarget.value! } : null,
    latest: latestAll ? shown(latestAll) : null,
    groups: latestGroupPeriod ? { periodLabel: latestGroupPeriod, rows: groupRows } : null,
  };
}
