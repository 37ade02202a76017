import { describe, expect, it } from 'vitest';
import { countPlan, type PlanCounts } from './plan-counts.js';
import { flattenPlan } from './format/plan-tree.js';
import { everyFieldPlan } from './format/fixtures/every-field-plan.js';
import type { Goal, PlanDocument } from './format/plan-format.schema.js';

const planOf = (goals: Goal[]): PlanDocument => ({ format: 'strategic-plan/v1', organization: { name: 'X', kind: 'district' }, plan: { title: 'T', goals } });

describe('countPlan', () => {
  it('counts every part of the every-field plan', () => {
    expect(countPlan(everyFieldPlan)).toEqual({
      goals: 2,
      interimGoals: 1,
      guardrails: 1,
      measures: 5,
      boardMeasures: 4,
      strategyMeasures: 1,
      strategies: 2,
      actions: 3,
      budgetLines: 2,
      decisionRights: 2,
      targets: 5,
      actuals: 3,
      milestones: 2,
      elements: 14,
    } satisfies PlanCounts);
  });

  it('counts as many elements as the editor has rows', () => {
    expect(countPlan(everyFieldPlan).elements).toBe(flattenPlan(everyFieldPlan).elements.length);
  });

  it.each<[string, Goal[], Partial<PlanCounts>]>([
    ['an empty plan', [], { goals: 0, measures: 0, elements: 0 }],
    ['a goal without a kind counts as a goal', [{ key: 'G1', title: 'a' }], { goals: 1, interimGoals: 0, guardrails: 0 }],
    [
      'kinds counted apart',
      [
        { key: 'G1', kind: 'goal', title: 'a' },
        { key: 'G1.I1', kind: 'interim_goal', parent: 'G1', title: 'b' },
        { key: 'G1.I2', kind: 'interim_goal', parent: 'G1', title: 'c' },
        { key: 'GR1', kind: 'guardrail', title: 'd' },
      ],
      { goals: 1, interimGoals: 2, guardrails: 1, elements: 4 },
    ],
    [
      'measures of guardrails are board measures; of strategies, strategy measures',
      [
        { key: 'GR1', kind: 'guardrail', title: 'd', measures: [{ key: 'GR1.M1', name: 'm' }] },
        { key: 'G1', title: 'a', strategies: [{ key: 'G1.S1', title: 's', measures: [{ key: 'G1.S1.M1', name: 'n' }, { key: 'G1.S1.M2', name: 'o' }] }] },
      ],
      { measures: 3, boardMeasures: 1, strategyMeasures: 2, strategies: 1 },
    ],
    ['empty lists count nothing', [{ key: 'G1', title: 'a', measures: [], strategies: [{ key: 'S', title: 's', actions: [], budget: [] }] }], { measures: 0, actions: 0, budgetLines: 0, strategies: 1 }],
  ])('%s', (_name, goals, expected) => expect(countPlan(planOf(goals))).toMatchObject(expected));
});
