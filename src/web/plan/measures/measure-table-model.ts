import type { MeasureValue } from '../../../core/plan/format/plan-format.schema';
import type { PlanElement } from '../api-types';

/** '' is the whole population ("all students"); any other text names a student group. */
export type Group = string;

export function valuesOf(element: PlanElement, list: 'targets' | 'actuals'): MeasureValue[] {
  const values = element.fields[list];
  return Array.isArray(values) ? (values as MeasureValue[]) : [];
}

export function baselineOf(element: PlanElement): MeasureValue | undefined {
  return (element.fields.baseline as MeasureValue | undefined) ?? undefined;
}

/** All students first, then each group named by a baseline, target or actual, in order of appearance. */
export function groupsOf(element: PlanElement): Group[] {
  const groups: Group[] = [''];
  const values = [baselineOf(element), ...valuesOf(element, 'targets'), ...valuesOf(element, 'actuals')];
  for (const value of values) if (value?.subgroup && !groups.includes(value.subgroup)) groups.push(value.subgroup);
  return groups;
}

/**
 * The target periods of a set of measures, as columns: by end date where the plan gives one, else
 * in the order the plan lists them. "2026-27" and "Winter 2027" stay distinct: they are the plan's words.
 */
export function targetPeriods(measures: readonly PlanElement[]): string[] {
  const seen = new Map<string, { endsOn?: string; order: number }>();
  for (const measure of measures) {
    for (const target of valuesOf(measure, 'targets')) {
      const known = seen.get(target.period.label);
      if (!known) seen.set(target.period.label, { endsOn: target.period.ends_on, order: seen.size });
      else if (!known.endsOn && target.period.ends_on) known.endsOn = target.period.ends_on;
    }
  }
  return [...seen.entries()]
    .sort(([, a], [, b]) => (a.endsOn && b.endsOn ? a.endsOn.localeCompare(b.endsOn) || a.order - b.order : a.order - b.order))
    .map(([label]) => label);
}

export function targetFor(element: PlanElement, period: string, group: Group): MeasureValue | undefined {
  return valuesOf(element, 'targets').find((target) => target.period.label === period && (target.subgroup ?? '') === group);
}

/** What a person typed in a cell: a number, the plan's own words ("TBD"), or nothing. */
export function parseCell(text: string): { value: number | null; raw?: string } | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const number = Number(trimmed.replace('%', '').replace(',', '.').trim());
  return Number.isFinite(number) ? { value: number } : { value: null, raw: trimmed };
}

/**
 * The measure's fields with one target cell changed: the existing target updated (keeping its note,
 * n and end date), a new one added at the end, or the target removed when the cell is emptied.
 */
export function withTarget(element: PlanElement, period: string, group: Group, typed: ReturnType<typeof parseCell>): Record<string, unknown> {
  const targets = valuesOf(element, 'targets');
  const at = targets.findIndex((target) => target.period.label === period && (target.subgroup ?? '') === group);
  let next: MeasureValue[];
  if (typed === null) next = targets.filter((_, other) => other !== at);
  else if (at >= 0) next = targets.map((target, other) => (other === at ? withTyped(target, typed) : target));
  else {
    const endsOn = targets.find((target) => target.period.label === period)?.period.ends_on;
    const created: MeasureValue = { period: endsOn ? { label: period, ends_on: endsOn } : { label: period }, ...typed, ...(group ? { subgroup: group } : {}) };
    next = [...targets, created];
  }
  return { ...element.fields, targets: next };
}

export function withBaseline(element: PlanElement, typed: ReturnType<typeof parseCell>): Record<string, unknown> {
  const baseline = baselineOf(element);
  if (!baseline) return element.fields;
  return { ...element.fields, baseline: withTyped(baseline, typed ?? { value: null }) };
}

function withTyped(value: MeasureValue, typed: { value: number | null; raw?: string }): MeasureValue {
  const { raw: _oldRaw, ...rest } = value;
  return { ...rest, value: typed.value, ...(typed.raw !== undefined ? { raw: typed.raw } : {}) };
}
