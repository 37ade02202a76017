import { builtInStudentGroups, normalizeGroupName, type StudentGroupCatalog } from './student-groups.js';

/**
 * A district's list of student groups: what planners and owners pick from, what imports are
 * matched against, and what the privacy rule reads to know which groups add up to all students.
 * Plans keep a group's name (the strategic-plan/v1 format has no keys), so a renamed group keeps
 * its old name as an alias and what was written before still finds it.
 */

/** The reporting categories districts report by; a district may add its own. */
export const studentGroupCategories = [
  'sex',
  'race_ethnicity',
  'english_learner_status',
  'disability_status',
  'economic_status',
  'migrant_status',
  'housing_status',
  'foster_care_status',
  'military_status',
] as const;

export interface DistrictStudentGroup {
  key: string;
  category: string;
  /** How the group is shown and written into plans and results. */
  name: string;
  /** Other names that mean this group ("Hispanic/Latino"), matched ignoring case and punctuation. */
  aliases: readonly string[];
  /** Retired groups are no longer offered, but still match what was written with them. */
  isRetired: boolean;
}

/** The list every district starts with: the built-in catalogue, its first name shown, the others aliases. */
export function defaultDistrictGroups(): DistrictStudentGroup[] {
  return builtInStudentGroups.groups.map((group) => {
    const [name, ...aliases] = group.names;
    return { key: group.key, category: group.category, name: name!, aliases: uniqueNames(aliases, name!), isRetired: false };
  });
}

/** The catalogue protectResults reads: every group, retired ones too, since old results name them. */
export function catalogOfDistrict(groups: readonly DistrictStudentGroup[]): StudentGroupCatalog {
  return { groups: groups.map((group) => ({ key: group.key, category: group.category, names: [group.name, ...group.aliases] })) };
}

/** How a written name stands against the list. */
export type GroupNameMatch =
  | { kind: 'listed'; group: DistrictStudentGroup }
  /** Another name of a group, or its name written differently ("english learners"): map it to the group's name. */
  | { kind: 'alias'; group: DistrictStudentGroup }
  /** On no list: someone must say which group it means (or add it). */
  | { kind: 'unknown' };

/** Matches names against a list; build once per list, since imports match many cells. */
export function districtGroupMatcher(groups: readonly DistrictStudentGroup[]): (name: string) => GroupNameMatch {
  const byName = new Map<string, DistrictStudentGroup>();
  // Names before aliases, and active groups before retired ones, so a name reused later wins.
  const ordered = [...groups.filter((g) => !g.isRetired), ...groups.filter((g) => g.isRetired)];
  for (const group of ordered) if (!byName.has(normalizeGroupName(group.name))) byName.set(normalizeGroupName(group.name), group);
  for (const group of ordered) for (const alias of group.aliases) if (!byName.has(normalizeGroupName(alias))) byName.set(normalizeGroupName(alias), group);
  return (name) => {
    const group = byName.get(normalizeGroupName(name));
    if (!group) return { kind: 'unknown' };
    return group.name === name.trim() ? { kind: 'listed', group } : { kind: 'alias', group };
  };
}

/** One name on a list that is already another group's name or alias, for a clear field error. */
export interface NameClash {
  name: string;
  /** The group that already holds it. */
  holder: DistrictStudentGroup;
}

/**
 * The first name of `candidate` (its name, then its aliases) that another group of the list
 * already uses, ignoring case and punctuation; null when every name is free. Two groups with one
 * name would make every match a guess.
 */
export function findNameClash(groups: readonly DistrictStudentGroup[], candidate: Pick<DistrictStudentGroup, 'key' | 'name' | 'aliases'>): NameClash | null {
  const taken = new Map<string, DistrictStudentGroup>();
  for (const group of groups) {
    if (group.key === candidate.key) continue;
    for (const name of [group.name, ...group.aliases]) taken.set(normalizeGroupName(name), group);
  }
  for (const name of [candidate.name, ...candidate.aliases]) {
    const holder = taken.get(normalizeGroupName(name));
    if (holder) return { name, holder };
  }
  return null;
}

/** A stable key for a new group, from its name, unique in the list: "Newcomers" -> "newcomers", then "newcomers_2". */
export function keyForNewGroup(groups: readonly Pick<DistrictStudentGroup, 'key'>[], name: string): string {
  const base = normalizeGroupName(name).replace(/ /g, '_').slice(0, 40) || 'group';
  const keys = new Set(groups.map((g) => g.key));
  if (!keys.has(base)) return base;
  let n = 2;
  while (keys.has(`${base}_${n}`)) n++;
  return `${base}_${n}`;
}

/** Aliases without blanks, repeats or the name itself (compared as matching compares them). */
export function uniqueNames(aliases: readonly string[], name: string): string[] {
  const seen = new Set([normalizeGroupName(name)]);
  const kept: string[] = [];
  for (const alias of aliases) {
    const trimmed = alias.trim();
    const normalized = normalizeGroupName(trimmed);
    if (!normalized || seen.has(normalized)) continue;
    seen.add(normalized);
    kept.push(trimmed);
  }
  return kept;
}

/** Every group name a measure already writes: its population, baseline, targets and actuals, and what was posted since. */
export function groupNamesOfMeasure(measure: { subgroup?: string; baseline?: { subgroup?: string }; targets?: readonly { subgroup?: string }[]; actuals?: readonly { subgroup?: string }[] }, posted: Iterable<string>): Set<string> {
  const names = new Set<string>();
  if (measure.subgroup) names.add(measure.subgroup);
  for (const value of [...(measure.baseline ? [measure.baseline] : []), ...(measure.targets ?? []), ...(measure.actuals ?? [])]) if (value.subgroup) names.add(value.subgroup);
  for (const name of posted) if (name) names.add(name);
  return names;
}

/**
 * The name a result for a group is stored under: as written when the measure already writes it;
 * another name of a listed group becomes the name the measure uses for that group (else the
 * list's), so results line up with targets; undefined when the name is on no list (a typo would
 * split the data).
 */
export function resultGroupName(name: string, used: ReadonlySet<string>, match: (name: string) => GroupNameMatch): string | undefined {
  if (used.has(name)) return name;
  const found = match(name);
  if (found.kind === 'unknown') return undefined;
  for (const written of used) {
    const other = match(written);
    if (other.kind !== 'unknown' && other.group.key === found.group.key) return written;
  }
  return found.group.name;
}
