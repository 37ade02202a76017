import { describe, expect, it } from 'vitest';
import type { FileEntity } from '../api-types';
import { changedDecisions, choiceOf, decisionOf } from './entity-choice';

const entity = (key: string, status: FileEntity['status'], schoolId: string | null = null): FileEntity => ({ key, name: key, code: null, status, school_id: schoolId, school_name: null, rows: 3, suggestions: [] });

describe('entity choices', () => {
  it.each([
    [entity('A', 'school', 's1'), 'school:s1'],
    [entity('B', 'school'), 'unmatched'],
    [entity('C', 'district'), 'district'],
    [entity('D', 'ignored'), 'ignored'],
    [entity('E', 'unmatched'), 'unmatched'],
  ])('%o reads as %s', (given, choice) => expect(choiceOf(given)).toBe(choice));

  it.each([
    ['school:s9', { key: 'K', status: 'school', school_id: 's9' }],
    ['add', { key: 'K', status: 'school', add_school: true }],
    ['district', { key: 'K', status: 'district' }],
    ['ignored', { key: 'K', status: 'ignored' }],
    ['unmatched', { key: 'K', status: 'unmatched' }],
  ] as const)('%s sends %o', (choice, decision) => expect(decisionOf('K', choice)).toEqual(decision));

  it('sends only the entities whose choice changed', () => {
    const entities = [entity('A', 'unmatched'), entity('B', 'school', 's1'), entity('C', 'unmatched')];
    expect(changedDecisions(entities, { A: 'school:s2', B: 'school:s1', C: 'unmatched' })).toEqual([{ key: 'A', status: 'school', school_id: 's2' }]);
  });
});
