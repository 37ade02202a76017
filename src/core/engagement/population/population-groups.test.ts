import { describe, expect, it } from 'vitest';
import { matchPopulationGroup, populationKeyOf, suggestedPopulationGroups, type PopulationGroup } from './population-groups.js';

const races: PopulationGroup[] = [
  { key: 'hispanic', label: 'Hispanic or Latino', count: 4200 },
  { key: 'white', label: 'White', count: 3100 },
  { key: 'black', label: 'Black or African American', count: 900 },
];
const roles: PopulationGroup[] = [
  { key: 'families', label: 'Parents and families', count: 9000 },
  { key: 'staff', label: 'Staff', count: 1100 },
];

describe('matching a survey option to a population group', () => {
  it.each([
    ['the same key', 'role', { key: 'families', labels: ['Parent or guardian'] }, roles, 'families'],
    ['the same label, other key', 'role', { key: 'opt_3', labels: ['Staff', 'Personal'] }, roles, 'staff'],
    ['a label written differently', 'role', { key: 'x', labels: ['parents & families'] }, roles, 'families'],
    ['a key that spells the label', 'role', { key: 'parents_and_families', labels: [] }, roles, 'families'],
    ['another name the student-group list knows', 'race_ethnicity', { key: 'latino', labels: ['Latino/a', 'Latino/a'] }, races, 'hispanic'],
    ['a Spanish option label matched by key', 'race_ethnicity', { key: 'black', labels: ['Negro o afroamericano'] }, races, 'black'],
  ] as const)('by %s', (_, dimension, option, groups, expected) => {
    expect(matchPopulationGroup(dimension, option, groups)?.key).toBe(expected);
  });

  it.each([
    ['an option of no group', 'role', { key: 'community', labels: ['Community member'] }, roles],
    ['a known race the district did not enter', 'race_ethnicity', { key: 'asian', labels: ['Asian'] }, races],
    ['an alias outside race and ethnicity', 'home_language', { key: 'latino', labels: ['Latino'] }, races],
  ] as const)('finds nothing for %s', (_, dimension, option, groups) => {
    expect(matchPopulationGroup(dimension, option, groups)).toBeNull();
  });
});

describe('population keys and suggestions', () => {
  it.each([
    ['Parents & families', 'parents_and_families'],
    ['  Élémentaire (K-5) ', 'elementaire_k_5'],
    ['!!!', 'group'],
  ])('%s -> %s', (label, key) => expect(populationKeyOf(label)).toBe(key));

  it('suggests every dimension, race and ethnicity from the student-group list', () => {
    expect(suggestedPopulationGroups.race_ethnicity.map((g) => g.key)).toContain('hispanic');
    expect(suggestedPopulationGroups.role.map((g) => g.key)).toContain('families');
    for (const groups of Object.values(suggestedPopulationGroups)) expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
  });
});
