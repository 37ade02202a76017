import type { Measure, MeasureValue } from './format/plan-format.schema.js';

/** A target that goes against what the measure's direction (or range) allows. */
export interface TargetProblem {
  /** Index of the target in measure.targets, so an editor can point at it. */
  index: number;
  target: MeasureValue;
  /** Plain English, e.g. 'the target for 2029-30 (45%) is lower than the target for 2027-28 (50%)'. */
  explanation: string;
}

interface Placed {
  target: MeasureValue;
  index: number;
}

/**
 * Puts targets in time order: targets with a period.ends_on are sorted by it, within the places
 * in the list that dated targets hold; targets without a date keep the place the author gave them,
 * because the list order is the only time order the format promises for them ("order is meaning").
 */
export function orderTargets(targets: readonly MeasureValue[]): Placed[] {
  const placed = targets.map((target, index) => ({ target, index }));
  const dated = placed.filter((p) => p.target.period.ends_on !== undefined);
  // Array.prototype.sort is stable, so two targets ending the same day keep their list order.
  const sorted = [...dated].sort((a, b) => (a.target.period.ends_on! < b.target.period.ends_on! ? -1 : a.target.period.ends_on! > b.target.period.ends_on! ? 1 : 0));
  let next = 0;
  return placed.map((p) => (p.target.period.ends_on !== undefined ? sorted[next++]! : p));
}

/**
 * Finds targets that move the wrong way for the measure's direction. Targets are compared only
 * within one student group (a target for English learners is not "lower" than the all-students
 * target), only where both sides are numbers (a null value with raw wording is skipped), in the
 * time order of orderTargets. The rules, per direction:
 * - increase / decrease: no target below / above the baseline or any earlier target;
 * - at_least / at_most: each target is a floor / ceiling, which may sit below / above the
 *   baseline (that is the point of a floor), but a later floor must not be lower than an earlier
 *   one (a later ceiling not higher), or the bar was lowered;
 * - maintain: one level is held, so every target equals the group's first target;
 * - range, and any direction when the measure gives range bounds: targets inside range.min..max.
 */
export function findTargetsAgainstDirection(measure: Measure): TargetProblem[] {
  const problems: TargetProblem[] = [];
  const show = (value: number) => (measure.unit === 'percent' ? `${value}%` : String(value));
  const describe = (p: Placed) => `the target for ${p.target.period.label}${p.target.subgroup ? ` (${p.target.subgroup})` : ''} (${show(p.target.value!)})`;
  const ordered = orderTargets(measure.targets ?? []).filter((p) => p.target.value !== null);

  for (const p of ordered) {
    const value = p.target.value!;
    if (measure.range?.min !== undefined && value < measure.range.min) problems.push({ ...p, explanation: `${describe(p)} is below the range minimum of ${show(measure.range.min)}` });
    if (measure.range?.max !== undefined && value > measure.range.max) problems.push({ ...p, explanation: `${describe(p)} is above the range maximum of ${show(measure.range.max)}` });
  }

  const groups = new Map<string, Placed[]>();
  for (const p of ordered) groups.set(p.target.subgroup ?? '', [...(groups.get(p.target.subgroup ?? '') ?? []), p]);
  const baseline = measure.baseline?.value !== null && measure.baseline?.value !== undefined ? measure.baseline : undefined;

  for (const [group, series] of groups) {
    const start = baseline && (baseline.subgroup ?? '') === group ? { value: baseline.value!, text: `the baseline (${show(baseline.value!)}, ${baseline.period.label})` } : undefined;
    problems.push(...checkSeries(measure.direction, series, start, describe));
  }
  return problems.sort((a, b) => a.index - b.index);
}

type Reference = { value: number; text: string };

function checkSeries(
  direction: Measure['direction'],
  series: Placed[],
  baseline: Reference | undefined,
  describe: (p: Placed) => string,
): TargetProblem[] {
  if (direction === 'maintain') {
    const first = series[0];
    return series
      .slice(1)
      .filter((p) => p.target.value !== first!.target.value)
      .map((p) => ({ ...p, explanation: `${describe(p)} differs from ${describe(first!)}, but the measure should hold one level` }));
  }
  const rising = direction === 'increase' || direction === 'at_least';
  if (!rising && direction !== 'decrease' && direction !== 'at_most') return [];
  const lowersBar = (value: number, reference: number) => (rising ? value < reference : value > reference);
  const problems: TargetProblem[] = [];
  // Floors and ceilings are not compared with the baseline: "at least 90%" is fine when 93% is where we are.
  let best: Reference | undefined = direction === 'increase' || direction === 'decrease' ? baseline : undefined;
  for (const p of series) {
    const value = p.target.value!;
    if (best && lowersBar(value, best.value)) {
      const word = rising ? 'lower' : 'higher';
      const should = { increase: 'should go up', decrease: 'should go down', at_least: 'sets floors that should not drop', at_most: 'sets ceilings that should not rise' }[direction];
      problems.push({ ...p, explanation: `${describe(p)} is ${word} than ${best.text}, but the measure ${should}` });
    } else if (!best || value !== best.value) {
      best = { value, text: `the earlier ${describe(p).replace(/^the /, '')}` };
    }
  }
  return problems;
}
