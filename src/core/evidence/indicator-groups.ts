import { districtGroupMatcher, type DistrictStudentGroup } from '../monitoring/district-student-groups.js';
import { normalizeGroupName } from '../monitoring/student-groups.js';

/**
 * How the student group labels of a district's files ("Hispanic", "Hispanic/Latino", "All
 * Students", "Grade 3") become the groups indicators show, so rows naming one group in different
 * words combine.
 */

/** A label as indicators read it. */
export type IndicatorGroup =
  /** All students of the school or district. */
  | { kind: 'all' }
  /** A group: the district's (key its list's, name as the list writes it), or a label of the data no list names. */
  | { kind: 'group'; key: string; name: string; isListed: boolean }
  /** Set aside on the groups screen: kept in the data, never shown as a group. */
  | { kind: 'not_a_group' };

/** The key of the all-students cell and of a group no list names. */
export const ALL_STUDENTS_KEY = 'all';
export const unlistedGroupKey = (label: string) => `label:${normalizeGroupName(label)}`;

const ALL_STUDENTS_LABELS = new Set(['', 'all', 'all students', 'all student', 'total', 'total students', 'all students total', 'everyone', 'district total', 'school total']);

/** Whether a label means all students ("All Students", "Total"). */
export function isAllStudentsLabel(label: string): boolean {
  return ALL_STUDENTS_LABELS.has(normalizeGroupName(label));
}

/**
 * Each label's group: all students; else the group the groups screen mapped it to (or set aside);
 * else the district's list (a name or another name of a group, retired ones too); else a group of
 * its own named as the data writes it, so nothing in the file silently disappears.
 */
export function resolveGroupLabels(
  labels: Iterable<string>,
  options: { mapped: readonly { label: string; group_key: string | null }[]; groups: readonly DistrictStudentGroup[] },
): Map<string, IndicatorGroup> {
  const mapped = new Map(options.mapped.map((row) => [row.label, row.group_key]));
  const byKey = new Map(options.groups.map((group) => [group.key, group]));
  const match = districtGroupMatcher(options.groups);
  const resolved = new Map<string, IndicatorGroup>();
  for (const label of labels) {
    if (resolved.has(label)) continue;
    if (isAllStudentsLabel(label)) {
      resolved.set(label, { kind: 'all' });
      continue;
    }
    if (mapped.has(label)) {
      const key = mapped.get(label);
      const group = key ? byKey.get(key) : undefined;
      if (key === null) {
        resolved.set(label, { kind: 'not_a_group' });
        continue;
      }
      if (group) {
        resolved.set(label, { kind: 'group', key: group.key, name: group.name, isListed: true });
        continue;
      }
    }
    const found = match(label);
    resolved.set(label, found.kind === 'unknown' ? { kind: 'group', key: unlistedGroupKey(label), name: label.trim(), isListed: false } : { kind: 'group', key: found.group.key, name: found.group.name, isListed: true });
  }
  return resolved;
}

/**
 * The group a request names (`group=Hispanic`): all students when absent or "All Students",
 * else the resolved group whose name, key or one of whose labels matches, ignoring case and
 * punctuation; null when the data has no such group.
 */
export function findIndicatorGroup(name: string | null | undefined, resolved: ReadonlyMap<string, IndicatorGroup>, groups: readonly DistrictStudentGroup[]): { key: string; name: string } | null {
  if (name === null || name === undefined || isAllStudentsLabel(name)) return { key: ALL_STUDENTS_KEY, name: 'All students' };
  const wanted = normalizeGroupName(name);
  const listed = districtGroupMatcher(groups)(name);
  for (const [label, group] of resolved) {
    if (group.kind !== 'group') continue;
    const matches = normalizeGroupName(label) === wanted || normalizeGroupName(group.name) === wanted || group.key === name || (listed.kind !== 'unknown' && listed.group.key === group.key);
    if (matches) return { key: group.key, name: group.name };
  }
  return null;
}
