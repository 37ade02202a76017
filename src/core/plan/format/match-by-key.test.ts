import { describe, expect, it } from 'vitest';
import { flattenPlan } from './plan-tree.js';
import { matchByKey, sameJson } from './match-by-key.js';
import { everyFieldPlan } from './fixtures/every-field-plan.js';

describe('matchByKey', () => {
  it('finds nothing between a plan and itself', () => {
    const flat = flattenPlan(everyFieldPlan);
    expect(matchByKey(flat, flat)).toEqual({ added: [], removed: [], changed: [], header: [] });
  });

  it('reports added, removed and changed elements and plan-level fields', () => {
    const edited = structuredClone(everyFieldPlan);
    edited.plan.mission = 'New mission';
    edited.plan.goals[0]!.title = 'Early literacy for all';
    edited.plan.goals[0]!.strategies![0]!.actions!.splice(2, 1);
    edited.plan.goals.push({ key: 'P3', title: 'Talent' });
    const result = matchByKey(flattenPlan(everyFieldPlan), flattenPlan(edited));
    expect(result.added).toEqual([{ key: 'P3', kind: 'goal', title: 'Talent' }]);
    expect(result.removed).toEqual([{ key: 'P1.I1.T3', kind: 'action', title: 'Canceled pilot' }]);
    expect(result.changed).toEqual([{ key: 'P1', kind: 'goal', title: 'Early literacy for all', changes: ['title'] }]);
    expect(result.header).toEqual(['mission']);
  });

  it('notices an element moved to another parent', () => {
    const edited = structuredClone(everyFieldPlan);
    const moved = edited.plan.goals[0]!.measures!.pop()!;
    edited.plan.goals[3]!.measures = [moved];
    const result = matchByKey(flattenPlan(everyFieldPlan), flattenPlan(edited));
    expect(result.changed.find((c) => c.key === moved.key)?.changes).toEqual(['parent', 'position']);
  });
});

describe('sameJson', () => {
  it.each([
    [{ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, true],
    [[1, 2], [2, 1], false],
    [{ a: null }, {}, false],
    [1, '1', false],
  ])('%j vs %j -> %s', (a, b, expected) => expect(sameJson(a, b)).toBe(expected));
});
