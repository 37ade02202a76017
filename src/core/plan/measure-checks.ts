import type { Measure } from './format/plan-format.schema.js';
import type { PlanCheck, PlanCheckCode } from './plan-check.js';
import { missingOwnerMessage } from './owner-check.js';
import { findTargetsAgainstDirection } from './target-direction.js';

/**
 * The checks of one measure, wherever it hangs. `label` names it the way messages do
 * (`Measure G1.M1 "Grade 3 reading"`). Warnings are what makes a measure impossible to judge or
 * to chase (no owner, no baseline, no targets, targets that contradict the direction, a range
 * with no bounds); infos are what is recorded but not yet usable (a baseline "TBD", targets
 * written only as words, no direction). A measure in unit `text` is judged by words, not
 * numbers, so it is never asked for numbers or a direction.
 */
export function checkMeasure(measure: Measure, label: string, owners?: ReadonlyMap<string, string>): PlanCheck[] {
  const checks: PlanCheck[] = [];
  const add = (code: PlanCheckCode, severity: PlanCheck['severity'], message: string, field: string) =>
    checks.push({ key: measure.key, level: 'measure', code, severity, message, field });
  const isNumeric = measure.unit !== 'text';

  const noOwner = missingOwnerMessage({ label, key: measure.key, role: measure.owner, owners, consequence: ', so nobody is asked to post its results' });
  if (noOwner) add('measure_missing_owner', 'warning', noOwner, 'owner');

  if (!measure.baseline) add('measure_missing_baseline', 'warning', `${label} has no baseline, so progress cannot be judged against a starting point.`, 'baseline');
  else if (isNumeric && measure.baseline.value === null) {
    const wording = measure.baseline.raw ? ` (written as "${measure.baseline.raw}")` : '';
    add('measure_baseline_without_value', 'info', `${label} has a baseline for ${measure.baseline.period.label} without a number${wording}.`, 'baseline');
  }

  const targets = measure.targets ?? [];
  if (!targets.length) add('measure_missing_targets', 'warning', `${label} has no targets, so its status cannot be computed.`, 'targets');
  else if (isNumeric && targets.every((target) => target.value === null)) {
    add('measure_targets_without_values', 'info', `${label} has targets only in words, none with a number, so its status cannot be computed yet.`, 'targets');
  }

  if (isNumeric && !measure.direction) add('measure_missing_direction', 'info', `${label} does not say whether higher or lower is better.`, 'direction');
  if (measure.direction === 'range' && measure.range?.min === undefined && measure.range?.max === undefined) {
    add('measure_range_without_bounds', 'warning', `${label} should stay within a range, but the range has no minimum or maximum.`, 'range');
  }

  for (const problem of findTargetsAgainstDirection(measure)) {
    add('measure_target_against_direction', 'warning', `${label}: ${problem.explanation}.`, 'targets');
  }
  return checks;
}
