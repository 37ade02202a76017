import type { Measure } from './format/plan-format.schema.js';
import type { PlanCheck } from './plan-check.js';

/**
 * How a written student group stands against the district's list: on it, another name of a
 * listed group (to be written as the list writes it), or on no list. The server builds it from
 * the district's list (src/core/monitoring/district-student-groups.ts); plan checks only ask.
 */
export type StudentGroupLookup = (name: string) => { kind: 'listed' } | { kind: 'alias'; name: string } | { kind: 'unknown' };

/**
 * A measure's student groups that are not written as the district's list writes them: typos
 * ("Hispnic") split results into groups nobody reports, and another name ("Hispanic/Latino") is a
 * second spelling of one group. One finding per distinct name, where the measure first uses it.
 */
export function checkStudentGroups(measure: Measure, label: string, lookup: StudentGroupLookup): PlanCheck[] {
  const written: { name: string; field: string }[] = [];
  if (measure.subgroup) written.push({ name: measure.subgroup, field: 'subgroup' });
  for (const [field, values] of [['baseline', measure.baseline ? [measure.baseline] : []], ['targets', measure.targets ?? []], ['actuals', measure.actuals ?? []]] as const) {
    for (const value of values) if (value.subgroup) written.push({ name: value.subgroup, field });
  }
  const seen = new Set<string>();
  const checks: PlanCheck[] = [];
  for (const { name, field } of written) {
    if (seen.has(name)) continue;
    seen.add(name);
    const match = lookup(name);
    if (match.kind === 'unknown') {
      checks.push({ key: measure.key, level: 'measure', code: 'measure_student_group_not_listed', severity: 'warning', message: `${label} names the student group "${name}", which is not on the district's list: choose the group it means, or add it to the list.`, field });
    } else if (match.kind === 'alias') {
      checks.push({ key: measure.key, level: 'measure', code: 'measure_student_group_other_name', severity: 'info', message: `${label} writes "${name}" for the student group the district's list calls "${match.name}".`, field });
    }
  }
  return checks;
}
