import { describe, expect, it } from 'vitest';
import { groupInHeader } from './group-words.js';

describe('groupInHeader', () => {
  it.each<[string, { group: string; rest: string } | null]>([
    ['Hispanic % Met', { group: 'Hispanic', rest: '% Met' }],
    ['All Students', { group: 'All Students', rest: '' }],
    ['African American', { group: 'Black', rest: '' }],
    ['% Black', { group: 'Black', rest: '%' }],
    ['Econ Disadv Rate', { group: 'Economically Disadvantaged', rest: 'Rate' }],
    ['EB/EL', { group: 'English Learners', rest: 'EB' }],
    ['SWD_Count', { group: 'Students with Disabilities', rest: 'Count' }],
    ['% Neither Female nor Male', { group: 'Neither Female nor Male', rest: '%' }],
    ['# Female', { group: 'Female', rest: '#' }],
    ['Male', { group: 'Male', rest: '' }],
    ['Two or More Races - Rate', { group: 'Two or More Races', rest: 'Rate' }],
    ['Non-Hispanic', null],
    ['Not Econ Disadv', null],
    ['Campus', null],
    ['2023', null],
  ])('%j', (header, expected) => {
    expect(groupInHeader(header)).toEqual(expected);
  });
});
