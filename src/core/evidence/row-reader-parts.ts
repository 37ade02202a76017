import { entityKeyOf } from './entity-key.js';

/**
 * The per-line lookups of createRowReader, each cached by the cells as written: a file repeats its
 * schools and groups on every line, so the trimming, case folding and key building happen once per
 * distinct cell, and a line costs a Map lookup or two (no string is built to key them).
 */
export const ALL_STUDENTS = 'All Students';

/** Distinct cells a cache keeps before starting again (a file of unique ids must not grow it without end). */
export const CACHE_LIMIT = 200_000;

export interface Entity {
  key: string;
  name: string;
  code: string | null;
  isDistrict: boolean;
}

export function foldText(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The entity a line's code and name cells name; null when both are blank. */
export function createEntityResolver(districtValueList: string[]): (codeCell: string, nameCell: string) => Entity | null {
  const districtValues = new Set(districtValueList.map(foldText));
  // Code cell -> name cell -> the entity.
  const cache = new Map<string, Map<string, Entity | null>>();
  let size = 0;
  // Files are mostly sorted by school: the line before's entity is checked first.
  let lastCodeCell = '\u0000';
  let lastNameCell = '\u0000';
  let lastEntity: Entity | null = null;

  const build = (codeCell: string, nameCell: string): Entity | null => {
    const code = codeCell.trim();
    const name = nameCell.trim().replace(/\s+/g, ' ');
    if (code === '' && name === '') return null;
    return {
      key: entityKeyOf(code === '' ? null : code, name),
      name: name === '' ? code : name,
      code: code === '' ? null : code,
      isDistrict: districtValues.size > 0 && (districtValues.has(foldText(code)) || districtValues.has(foldText(name))),
    };
  };

  return (codeCell, nameCell) => {
    if (codeCell === lastCodeCell && nameCell === lastNameCell) return lastEntity;
    let byName = cache.get(codeCell);
    let entity = byName?.get(nameCell);
    if (entity === undefined) {
      if (size > CACHE_LIMIT) {
        cache.clear();
        size = 0;
        byName = undefined;
      }
      if (byName === undefined) {
        byName = new Map();
        cache.set(codeCell, byName);
      }
      entity = build(codeCell, nameCell);
      byName.set(nameCell, entity);
      size++;
    }
    lastCodeCell = codeCell;
    lastNameCell = nameCell;
    lastEntity = entity;
    return entity;
  };
}

export interface GroupRules {
  /** Whether the file has a group column; without one every line is `fixedGroup`. */
  grouped: boolean;
  fixedGroup: string;
  /** A column joined to the group ("Grade 3"); its "all" values leave the group as it is. */
  subgroup: { allValues: string[]; prefix: string } | null;
}

/**
 * The student group of a line: the group cell (blank is All Students), joined with the subgroup:
 * All Students + grade 3 is "Grade 3", Hispanic + grade 3 is "Hispanic, Grade 3", and the subgroup's
 * "all" value ("All Grades") leaves the group alone.
 */
export function createGroupResolver(rules: GroupRules): (groupCell: string, subgroupCell: string) => string {
  const allValues = new Set((rules.subgroup?.allValues ?? []).map(foldText));
  const prefix = rules.subgroup?.prefix ?? '';
  const foldedPrefix = foldText(prefix);
  const allStudents = foldText(ALL_STUDENTS);
  const cache = new Map<string, Map<string, string>>();

  const build = (groupCell: string, subgroupCell: string): string => {
    const group = rules.grouped ? groupCell.trim().replace(/\s+/g, ' ') || ALL_STUDENTS : rules.fixedGroup;
    if (rules.subgroup === null) return group;
    const sub = subgroupCell.trim().replace(/\s+/g, ' ');
    if (sub === '' || allValues.has(foldText(sub))) return group;
    const label = prefix !== '' && !foldText(sub).startsWith(foldedPrefix) ? `${prefix}${sub}` : sub;
    return foldText(group) === allStudents ? label : `${group}, ${label}`;
  };

  return (groupCell, subgroupCell) => {
    let bySubgroup = cache.get(groupCell);
    const known = bySubgroup?.get(subgroupCell);
    if (known !== undefined) return known;
    if (cache.size > CACHE_LIMIT) {
      cache.clear();
      bySubgroup = undefined;
    }
    if (bySubgroup === undefined) {
      bySubgroup = new Map();
      cache.set(groupCell, bySubgroup);
    }
    const group = build(groupCell, subgroupCell);
    bySubgroup.set(subgroupCell, group);
    return group;
  };
}
