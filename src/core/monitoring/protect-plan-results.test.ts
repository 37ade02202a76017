import { describe, expect, it } from 'vitest';
import type { Measure, PlanDocument } from '../plan/format/plan-format.schema.js';
import { printoutWords } from '../plan/documents/printout-words.js';
import { catalogOfDistrict, defaultDistrictGroups } from './district-student-groups.js';
import { protectPlanResults } from './protect-plan-results.js';

const rule = { threshold: 10, groups: catalogOfDistrict(defaultDistrictGroups()) };
const planWith = (measure: Measure): PlanDocument => ({
  format: 'strategic-plan/v1',
  organization: { name: 'Test', kind: 'district' },
  plan: { title: 'Plan', goals: [{ key: 'G1', title: 'Goal', measures: [measure], strategies: [{ key: 'G1.S1', title: 'S', measures: [{ ...measure, key: 'G1.S1.M1' }] }] }] },
});
const measureOf = (doc: PlanDocument, strategy = false) => (strategy ? doc.plan.goals[0]!.strategies![0]!.measures![0]! : doc.plan.goals[0]!.measures![0]!);

describe('protectPlanResults', () => {
  const measure: Measure = {
    key: 'G1.M1',
    name: 'Reading',
    unit: 'percent',
    baseline: { period: { label: '2021-22' }, value: 97.5, n: 120, subgroup: 'Female' },
    targets: [{ period: { label: '2024-25' }, value: 60, subgroup: 'ELL' }],
    actuals: [
      { period: { label: '2022-23' }, value: 50, n: 200 },
      { period: { label: '2022-23' }, value: 31, n: 4, subgroup: 'ELL' },
      { period: { label: '2022-23' }, value: 51, n: 196, subgroup: 'Not English learners' },
    ],
  };

  it('hides a small group and its complement in goals and strategies alike, in the reader language', () => {
    const protectedPlan = protectPlanResults(planWith(measure), rule, printoutWords.es);
    for (const m of [measureOf(protectedPlan), measureOf(protectedPlan, true)]) {
      expect(m.actuals![0]).toEqual({ period: { label: '2022-23' }, value: 50 });
      expect(m.actuals![1]).toMatchObject({ value: null, raw: 'Oculto para proteger la privacidad de los estudiantes', subgroup: 'ELL' });
      expect(m.actuals![1]).not.toHaveProperty('n');
      expect(m.actuals![2]).toMatchObject({ value: null, raw: 'Oculto para proteger la privacidad de los estudiantes' });
    }
  });

  it('codes a small group near 100% as a range, and leaves targets alone', () => {
    const m = measureOf(protectPlanResults(planWith(measure), rule, printoutWords.en));
    expect(m.baseline).toMatchObject({ value: null, raw: '95% or more' });
    expect(m.targets).toEqual(measure.targets);
  });

  it('leaves a plan with no results about small groups as it was, less the n', () => {
    const large: Measure = { key: 'G1.M1', name: 'Reading', unit: 'percent', actuals: [{ period: { label: '2022-23' }, value: 50, n: 500 }] };
    expect(measureOf(protectPlanResults(planWith(large), rule, printoutWords.en)).actuals).toEqual([{ period: { label: '2022-23' }, value: 50 }]);
  });
});
