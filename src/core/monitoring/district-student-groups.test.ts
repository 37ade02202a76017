import { describe, expect, it } from 'vitest';
import { catalogOfDistrict, defaultDistrictGroups, districtGroupMatcher, findNameClash, groupNamesOfMeasure, keyForNewGroup, resultGroupName, uniqueNames, type DistrictStudentGroup } from './district-student-groups.js';
import { builtInStudentGroups, matchStudentGroup } from './student-groups.js';

const groups = defaultDistrictGroups();
const match = districtGroupMatcher(groups);

describe('districtGroupMatcher', () => {
  it.each([
    ['Hispanic or Latino', 'listed', 'Hispanic or Latino'],
    ['Hispanic', 'alias', 'Hispanic or Latino'],
    ['Hispanic/Latino', 'alias', 'Hispanic or Latino'],
    ['hispanic  or latino', 'alias', 'Hispanic or Latino'],
    ['ELL', 'alias', 'English learners'],
    ['Pacific Islander', 'alias', 'Native Hawaiian or Other Pacific Islander'],
    ['SWD', 'alias', 'Students with disabilities'],
  ])('%s is %s as %s', (written, kind, name) => expect(match(written)).toMatchObject({ kind, group: { name } }));

  it('flags a typo rather than keeping it as a group of its own', () => {
    expect(match('Hispnic')).toEqual({ kind: 'unknown' });
    expect(match('Englsh learners')).toEqual({ kind: 'unknown' });
  });

  it('prefers an active group to a retired one that once had the same name', () => {
    const own: DistrictStudentGroup[] = [
      { key: 'old_el', category: 'english_learner_status', name: 'Newcomers', aliases: [], isRetired: true },
      { key: 'newcomers', category: 'program', name: 'Newcomers', aliases: [], isRetired: false },
    ];
    expect(districtGroupMatcher(own)('newcomers')).toMatchObject({ group: { key: 'newcomers' } });
  });
});

describe('the default list', () => {
  it('holds every built-in group with every built-in name, so the privacy rule reads the same categories', () => {
    expect(groups).toHaveLength(builtInStudentGroups.groups.length);
    const catalog = catalogOfDistrict(groups);
    for (const group of builtInStudentGroups.groups) for (const name of group.names) expect(matchStudentGroup(name, catalog)).toMatchObject({ key: group.key, category: group.category });
  });
});

describe('findNameClash', () => {
  it('names the group that already holds a name, ignoring the group being edited', () => {
    expect(findNameClash(groups, { key: 'gifted', name: 'Gifted', aliases: ['GT', 'f'] })).toMatchObject({ name: 'f', holder: { key: 'female' } });
    expect(findNameClash(groups, { key: 'female', name: 'Female', aliases: ['Girls'] })).toBeNull();
    expect(findNameClash(groups, { key: 'gifted', name: 'Gifted and talented', aliases: [] })).toBeNull();
  });
});

describe('keyForNewGroup and uniqueNames', () => {
  it('makes a free key from the name', () => {
    expect(keyForNewGroup(groups, 'Gifted & Talented')).toBe('gifted_and_talented');
    expect(keyForNewGroup([...groups, { key: 'female_2' }], 'Female')).toBe('female_3');
    expect(keyForNewGroup(groups, '***')).toBe('group');
  });

  it('drops blank, repeated and same-as-name aliases', () => {
    expect(uniqueNames([' GT ', 'gt', '', 'Gifted'], 'Gifted')).toEqual(['GT']);
  });
});

describe('resultGroupName', () => {
  const match = districtGroupMatcher(defaultDistrictGroups());
  const used = groupNamesOfMeasure({ subgroup: 'Grades K-3', targets: [{ subgroup: 'ELL' }, {}], actuals: [{ subgroup: 'Students with disabilities' }] }, ['Hispanic']);
  it.each<[string, string | undefined]>([
    ['ELL', 'ELL'], // the measure writes it so: kept
    ['English learners', 'ELL'], // another name of a group the measure writes as "ELL"
    ['Latino', 'Hispanic'], // posted before as "Hispanic"
    ['Black', 'Black or African American'], // a listed group the measure does not write yet: the list's name
    ['Grades K-3', 'Grades K-3'], // the measure's own population, even off the list
    ['Englsh learners', undefined], // a typo: refused
  ])('%s -> %s', (name, stored) => expect(resultGroupName(name, used, match)).toBe(stored));

  it('collects the names a measure writes, and what was posted', () => expect([...used].sort()).toEqual(['ELL', 'Grades K-3', 'Hispanic', 'Students with disabilities']));
});
