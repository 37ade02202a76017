import { describe, expect, it } from 'vitest';
import { createEntityResolver, createGroupResolver, type GroupRules } from './row-reader-parts.js';

describe('createGroupResolver', () => {
  const grades: GroupRules['subgroup'] = { allValues: ['All Grades'], prefix: 'Grade ' };
  it.each<[string, GroupRules, string, string, string]>([
    ['NYC: all grades', { grouped: false, fixedGroup: 'All Students', subgroup: grades }, '', 'All Grades', 'All Students'],
    ['NYC: grade 3', { grouped: false, fixedGroup: 'All Students', subgroup: grades }, '', '3', 'Grade 3'],
    ['a grade already written "Grade 5"', { grouped: false, fixedGroup: 'All Students', subgroup: grades }, '', 'Grade 5', 'Grade 5'],
    ['"all grades" in other case', { grouped: false, fixedGroup: 'All Students', subgroup: grades }, '', ' ALL GRADES ', 'All Students'],
    ['a group and a grade', { grouped: true, fixedGroup: 'All Students', subgroup: grades }, 'Hispanic', '4', 'Hispanic, Grade 4'],
    ['All Students and a grade', { grouped: true, fixedGroup: 'All Students', subgroup: grades }, 'all students', '4', 'Grade 4'],
    ['a blank grade', { grouped: true, fixedGroup: 'All Students', subgroup: grades }, 'Black', '', 'Black'],
    ['a blank group', { grouped: true, fixedGroup: 'All Students', subgroup: null }, '  ', '', 'All Students'],
    ['a group with odd spacing', { grouped: true, fixedGroup: 'All Students', subgroup: null }, ' Students  with Disabilities ', '', 'Students with Disabilities'],
    ['a fixed group', { grouped: false, fixedGroup: 'English Learners', subgroup: null }, 'ignored', '', 'English Learners'],
    ['no prefix', { grouped: false, fixedGroup: 'All Students', subgroup: { allValues: [], prefix: '' } }, '', 'Grade 8', 'Grade 8'],
  ])('%s', (_case, rules, group, subgroup, expected) => {
    const resolve = createGroupResolver(rules);
    expect(resolve(group, subgroup)).toBe(expected);
    expect(resolve(group, subgroup)).toBe(expected); // from the cache
  });
});

describe('createEntityResolver', () => {
  const resolve = createEntityResolver(['All Schools', 'District Total']);
  it.each<[string, string, ReturnType<typeof resolve>]>([
    ['01M015', 'P.S. 015', { key: '01M015', name: 'P.S. 015', code: '01M015', isDistrict: false }],
    [' 01m015', 'P.S.  015 ', { key: '01M015', name: 'P.S. 015', code: '01m015', isDistrict: false }],
    ['', 'Agnor-Hurt Elementary', { key: 'agnor-hurt elementary', name: 'Agnor-Hurt Elementary', code: null, isDistrict: false }],
    ['X1', '', { key: 'X1', name: 'X1', code: 'X1', isDistrict: false }],
    ['APPLING – ALL SCHOOLS', 'All Schools', { key: 'APPLING – ALL SCHOOLS', name: 'All Schools', code: 'APPLING – ALL SCHOOLS', isDistrict: true }],
    ['', 'district total', { key: 'district total', name: 'district total', code: null, isDistrict: true }],
    ['', '  ', null],
  ])('%j %j', (code, name, expected) => {
    expect(resolve(code, name)).toEqual(expected);
    expect(resolve(code, name)).toEqual(expected);
  });
});
