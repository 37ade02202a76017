import type { Kysely } from 'kysely';
import { isAllStudentsLabel } from '../../../core/evidence/indicator-groups.js';
import { districtGroupMatcher, type DistrictStudentGroup } from '../../../core/monitoring/district-student-groups.js';
import type { DB } from '../../db/schema.js';
import { readStudentGroups } from '../../monitoring/student-groups/read-student-groups.js';
import { groupsRepo } from './groups.repo.js';

export type LabelMatch = 'listed' | 'alias' | 'mapped' | 'unknown' | 'not_a_group';

export interface LabelGroup {
  group_key: string | null;
  group_name: string | null;
  match: LabelMatch;
}

/**
 * How the district reads a label of its files: the groups screen's choice first (a group, or "not a
 * group"), then all students, then the district's list by name or another name ("Hispanic",
 * "Hispanic/Latino" and "Latino" are all the list's Hispanic or Latino); else unknown.
 */
export async function readLabelMatcher(db: Kysely<DB>, organizationId: string): Promise<{ groups: DistrictStudentGroup[]; classify: (label: string) => LabelGroup }> {
  const [{ groups }, mapped] = await Promise.all([readStudentGroups(db, organizationId), groupsRepo.mapped(db, organizationId)]);
  const byKey = new Map(groups.map((group) => [group.key, group]));
  const choices = new Map(mapped.map((row) => [row.label, row.group_key]));
  const match = districtGroupMatcher(groups);
  return {
    groups,
    classify(label) {
      if (choices.has(label)) {
        const key = choices.get(label) ?? null;
        if (key === null) return { group_key: null, group_name: null, match: 'not_a_group' };
        const group = byKey.get(key);
        if (group) return { group_key: group.key, group_name: group.name, match: 'mapped' };
      }
      if (isAllStudentsLabel(label)) return { group_key: 'all', group_name: 'All students', match: 'listed' };
      const found = match(label);
      if (found.kind === 'unknown') return { group_key: null, group_name: null, match: 'unknown' };
      return { group_key: found.group.key, group_name: found.group.name, match: found.kind };
    },
  };
}

/** The labels the district's current data writes, each with its group and rows, and the groups a label can be mapped to. */
export async function readGroupLabels(options: { db: Kysely<DB>; organizationId: string }) {
  const { db, organizationId } = options;
  const [labels, matcher] = await Promise.all([groupsRepo.labelsInData(db, organizationId), readLabelMatcher(db, organizationId)]);
  return {
    labels: labels.map((row) => ({ label: row.label, ...matcher.classify(row.label), rows: row.rows })),
    groups: matcher.groups.filter((group) => !group.isRetired).map((group) => ({ key: group.key, name: group.name })),
  };
}
