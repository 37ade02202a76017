import { builtInStudentGroups, normalizeGroupName } from '../../monitoring/student-groups.js';

/**
 * Who a district serves, by the dimensions survey representation is judged on. A dimension's
 * groups partition the people it counts (every family has one language at home, one role...), and
 * a demographic question of the same kind is matched against them option by option.
 */
export const populationDimensions = ['role', 'race_ethnicity', 'home_language', 'grade_band'] as const;
export type PopulationDimension = (typeof populationDimensions)[number];

export interface PopulationGroup {
  key: string;
  label: string;
  count: number;
}

/** The groups a district starts from when it first enters a dimension; it renames, adds and removes. */
export const suggestedPopulationGroups: Record<PopulationDimension, readonly { key: string; label: string }[]> = {
  role: [
    { key: 'families', label: 'Parents and families' },
    { key: 'students', label: 'Students' },
    { key: 'teachers', label: 'Teachers' },
    { key: 'support_staff', label: 'Support staff' },
    { key: 'principals', label: 'School leaders' },
    { key: 'community', label: 'Community members' },
  ],
  race_ethnicity: builtInStudentGroups.groups.filter((group) => group.category === 'race_ethnicity').map((group) => ({ key: group.key, label: group.names[0]! })),
  home_language: [
    { key: 'english', label: 'English' },
    { key: 'spanish', label: 'Spanish' },
    { key: 'other', label: 'Another language' },
  ],
  grade_band: [
    { key: 'pre_k', label: 'Pre-kindergarten' },
    { key: 'elementary', label: 'Elementary (K-5)' },
    { key: 'middle', label: 'Middle (6-8)' },
    { key: 'high', label: 'High (9-12)' },
  ],
};

/** A group key from a label the district types: "Parents & families" -> "parents_and_families". */
export function populationKeyOf(label: string): string {
  return normalizeGroupName(label).replace(/ /g, '_').slice(0, 64) || 'group';
}

/**
 * Finds the population group a survey option stands for: the same key, else the same label
 * (ignoring case and punctuation), else, for race and ethnicity, a name the student-group list
 * knows for that group ("Latino" is "hispanic"). Null when nothing matches: that option is not
 * compared (and the screen says so).
 */
export function matchPopulationGroup(
  dimension: PopulationDimension,
  option: { key: string; labels: readonly string[] },
  groups: readonly PopulationGroup[],
): PopulationGroup | null {
  const byKey = groups.find((group) => group.key === option.key);
  if (byKey) return byKey;
  const names = new Set([option.key.replace(/_/g, ' '), ...option.labels].map(normalizeGroupName));
  const byLabel = groups.find((group) => names.has(normalizeGroupName(group.label)) || names.has(normalizeGroupName(group.key.replace(/_/g, ' '))));
  if (byLabel) return byLabel;
  if (dimension !== 'race_ethnicity') return null;
  const known = builtInStudentGroups.groups.find((group) => group.category === 'race_ethnicity' && group.names.some((name) => names.has(normalizeGroupName(name))));
  return known ? (groups.find((group) => group.key === known.key || known.names.some((name) => normalizeGroupName(name) === normalizeGroupName(group.label))) ?? null) : null;
}
