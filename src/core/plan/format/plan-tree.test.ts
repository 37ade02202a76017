import { describe, expect, it } from 'vitest';
import { assemblePlan, flattenPlan } from './plan-tree.js';
import type { PlanDocument } from './plan-format.schema.js';
import { everyFieldPlan } from './fixtures/every-field-plan.js';

describe('flattenPlan and assemblePlan', () => {
  it('are exact inverses on a plan using every field', () => {
    const { header, elements } = flattenPlan(everyFieldPlan);
    expect(assemblePlan(header, [...elements].reverse())).toEqual(everyFieldPlan);
  });

  it('keep empty child lists that the source wrote, and add none it did not', () => {
    const doc: PlanDocument = {
      format: 'strategic-plan/v1',
      organization: { name: 'X', kind: 'district' },
      plan: { title: 'T', goals: [{ key: 'G1', title: 'a', measures: [] }, { key: 'G2', title: 'b' }] },
    };
    const { header, elements } = flattenPlan(doc);
    expect(elements.map((e) => e.childLists)).toEqual([['measures'], []]);
    expect(assemblePlan(header, elements)).toEqual(doc);
  });

  it('gives each element its parent and its place among siblings of its kind', () => {
    const { elements } = flattenPlan(everyFieldPlan);
    const action = elements.find((e) => e.key === 'P1.I1.T2')!;
    expect(action).toMatchObject({ kind: 'action', parentKey: 'P1.I1', position: 1 });
    expect(action.fields).not.toHaveProperty('key');
  });

  it('the fixture is itself a valid document', async () => {
    const { validatePlanDocument } = await import('./validate-plan-document.js');
    expect(validatePlanDocument(everyFieldPlan).ok).toBe(true);
  });
});

describe('the benchmark plan generator', () => {
  it('makes a valid plan of the size the issue benchmarks', async () => {
    const { generateLargePlan } = await import('./fixtures/large-plan.js');
    const { validatePlanDocument } = await import('./validate-plan-document.js');
    const plan = generateLargePlan();
    expect(validatePlanDocument(plan).ok).toBe(true);
    const { elements } = flattenPlan(plan);
    const count = (kind: string) => elements.filter((e) => e.kind === kind).length;
    expect([count('goal'), count('measure'), count('strategy'), count('action')]).toEqual([10, 80, 40, 400]);
    const groupsOfFirst = new Set(plan.plan.goals[0]!.measures![0]!.targets!.map((t) => t.subgroup).filter(Boolean));
    expect(groupsOfFirst.size).toBe(8);
  });
});
