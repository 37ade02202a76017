import { describe, expect, it } from 'vitest';
import type { PlanDocument } from './format/plan-format.schema.js';
import { listOwnerRoles, normalizeRole, suggestPerson, withOwnerNames, type Person } from './owner-roles.js';

const dana: Person = { userId: 'u1', name: 'Dana Okafor', email: 'dana@cedar.example' };
const dan: Person = { userId: 'u2', name: 'Dan Oak', email: 'dan@cedar.example' };
const lee: Person = { userId: 'u3', name: 'Lee Park', email: 'lee@cedar.example' };
const people = [dana, dan, lee];

describe('normalizeRole', () => {
  it.each([
    ['Director of Curriculum', 'director of curriculum'],
    ['  Director  of curriculum. ', 'director of curriculum'],
    ['lee@cedar.example', 'lee@cedar.example'],
    ['Dirección Académica', 'direccion academica'],
    ['CAO / Deputy', 'cao deputy'],
  ])('%j -> %j', (text, normalized) => expect(normalizeRole(text)).toBe(normalized));
});

describe('suggestPerson', () => {
  it.each<[string, Person | null]>([
    ['Dana Okafor', dana],
    ['Dana Okafor, Director of Curriculum', dana],
    ['dana okafor', dana],
    ['Director of Curriculum', null], // a role alone names nobody
    ['Dan', null], // a first name is not a person
    ['Dana Okafor and Lee Park', null], // two people: the planner chooses
    ['lee@cedar.example', lee],
    ['Dan Oakley', null], // "Dan Oak" is not a word-for-word part of it
  ])('%j -> %j', (role, person) => expect(suggestPerson(role, people)).toEqual(person));
});

describe('listOwnerRoles', () => {
  it('groups elements by role in first-appearance order, and lists the ones without a person', () => {
    const roles = listOwnerRoles(
      [
        { key: 'G1.M1', kind: 'measure', role: 'Director of Curriculum' },
        { key: 'G1.S1', kind: 'strategy', role: 'Dana Okafor' },
        { key: 'G1.S1.A1', kind: 'action', role: 'director of curriculum ' },
        { key: 'G1.S1.A2', kind: 'action', role: null },
        { key: 'G1.S1.A3', kind: 'action', role: '  ' },
      ],
      new Set(['G1.M1']),
      people,
    );
    expect(roles).toEqual([
      { role: 'Director of Curriculum', elementKeys: ['G1.M1', 'G1.S1.A1'], unmatchedKeys: ['G1.S1.A1'], suggestion: null },
      { role: 'Dana Okafor', elementKeys: ['G1.S1'], unmatchedKeys: ['G1.S1'], suggestion: dana },
    ]);
  });
});

describe('withOwnerNames', () => {
  const document: PlanDocument = {
    format: 'strategic-plan/v1',
    organization: { name: 'Cedar Falls', kind: 'district' },
    plan: {
      title: 'Plan',
      goals: [
        {
          key: 'G1',
          title: 'Reading',
          measures: [{ key: 'G1.M1', name: 'Reading', owner: 'Director of Literacy' }, { key: 'G1.M2', name: 'Writing' }],
          strategies: [{ key: 'G1.S1', title: 'Tutoring', actions: [{ key: 'G1.S1.A1', title: 'Hire' }, { key: 'G1.S1.A2', title: 'Train' }] }],
        },
      ],
    },
  };

  it('writes the person as owner where the plan names no role, and keeps the roles it names', () => {
    const out = withOwnerNames(document, new Map([['G1.M1', 'Dana Okafor'], ['G1.M2', 'Lee Park'], ['G1.S1', 'Ana Ruiz'], ['G1.S1.A1', 'Bo Chen']]));
    const goal = out.plan.goals[0]!;
    expect(goal.measures!.map((m) => m.owner)).toEqual(['Director of Literacy', 'Lee Park']);
    expect(goal.strategies![0]!.owner).toBe('Ana Ruiz');
    expect(goal.strategies![0]!.actions!.map((a) => a.owner)).toEqual(['Bo Chen', undefined]);
    // The input is not changed.
    expect(document.plan.goals[0]!.measures![1]).toEqual({ key: 'G1.M2', name: 'Writing' });
  });

  it('names the person with the role in brackets for a printed document', () => {
    const out = withOwnerNames(document, new Map([['G1.M1', 'Dana Okafor'], ['G1.M2', 'Lee Park']]), { withRoles: true });
    expect(out.plan.goals[0]!.measures!.map((m) => m.owner)).toEqual(['Dana Okafor (Director of Literacy)', 'Lee Park']);
  });

  it('returns the document as it is when nobody owns anything', () => expect(withOwnerNames(document, new Map())).toBe(document));
});
