import { describe, expect, it } from 'vitest';
import { defaultDistrictGroups } from '../monitoring/district-student-groups.js';
import { findIndicatorGroup, isAllStudentsLabel, resolveGroupLabels } from './indicator-groups.js';

const groups = defaultDistrictGroups();

describe('resolveGroupLabels', () => {
  it.each([
    ['All Students', [], { kind: 'all' }],
    ['Total', [], { kind: 'all' }],
    ['Hispanic', [], { kind: 'group', key: 'hispanic', name: 'Hispanic or Latino', isListed: true }],
    ['Hispanic/Latino', [], { kind: 'group', key: 'hispanic', name: 'Hispanic or Latino', isListed: true }],
    ['EL', [], { kind: 'group', key: 'english_learner', name: 'English learners', isListed: true }],
    ['Grade 3', [], { kind: 'group', key: 'label:grade 3', name: 'Grade 3', isListed: false }],
    ['Latinx students', [{ label: 'Latinx students', group_key: 'hispanic' }], { kind: 'group', key: 'hispanic', name: 'Hispanic or Latino', isListed: true }],
    ['Gifted', [{ label: 'Gifted', group_key: null }], { kind: 'not_a_group' }],
    ['Asian', [{ label: 'Asian', group_key: 'gone' }], { kind: 'group', key: 'asian', name: 'Asian', isListed: true }],
  ])('%s with mappings %j', (label, mapped, expected) => {
    expect(resolveGroupLabels([label], { mapped, groups }).get(label)).toEqual(expected);
  });

  it('combines two spellings of one group under one key', () => {
    const resolved = resolveGroupLabels(['Hispanic', 'Hispanic/Latino', 'White'], { mapped: [], groups });
    expect(new Set([...resolved.values()].map((g) => (g.kind === 'group' ? g.key : g.kind)))).toEqual(new Set(['hispanic', 'white']));
  });
});

describe('findIndicatorGroup', () => {
  const resolved = resolveGroupLabels(['All Students', 'Hispanic/Latino', 'Grade 3'], { mapped: [], groups });
  it.each([
    [undefined, { key: 'all', name: 'All students' }],
    ['all students', { key: 'all', name: 'All students' }],
    ['Hispanic', { key: 'hispanic', name: 'Hispanic or Latino' }],
    ['hispanic or latino', { key: 'hispanic', name: 'Hispanic or Latino' }],
    ['grade 3', { key: 'label:grade 3', name: 'Grade 3' }],
    ['Asian', null],
    ['Martians', null],
  ])('%s', (name, expected) => {
    expect(findIndicatorGroup(name, resolved, groups)).toEqual(expected);
  });

  it('knows the spellings of all students', () => {
    expect(['All Students', 'TOTAL', 'all'].every(isAllStudentsLabel)).toBe(true);
    expect(isAllStudentsLabel('Allergies')).toBe(false);
  });
});
