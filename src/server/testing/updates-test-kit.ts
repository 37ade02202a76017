import type { TestApp } from './test-app.js';
import { importAdoptedPlan } from './adopted-plan.js';
import type { PlanDocument } from '../../core/plan/format/plan-format.schema.js';

/**
 * A small plan with dated periods, so reporting periods are easy to reason about in tests:
 * quarterly G1.M1 from July 2025 (2025-26 Q1 ends 2025-09-30, due 14 days later), annual G1.M2,
 * and an action due at the end of June 2026 (quarterly, due 7 days after each quarter).
 */
export function monitoredPlanDocument(title = 'Cedar Falls 2028'): PlanDocument {
  return {
    format: 'strategic-plan/v1',
    organization: { name: 'Cedar Falls Schools', kind: 'district' },
    plan: {
      title,
      status: 'draft',
      period: { start: { label: '2025-26', ends_on: '2026-06-30' }, end: { label: '2027-28', ends_on: '2028-06-30' } },
      goals: [
        {
          key: 'G1',
          title: 'Every child reads',
          measures: [
            {
              key: 'G1.M1',
              name: 'Grade 3 reading proficiency',
              unit: 'percent',
              unit_label: '% proficient',
              direction: 'increase',
              cadence: 'quarterly',
              baseline: { period: { label: '2024-25', ends_on: '2025-06-30' }, value: 40 },
              targets: [
                { period: { label: '2027-28', ends_on: '2028-06-30' }, value: 60 },
                { period: { label: '2027-28', ends_on: '2028-06-30' }, value: 50, subgroup: 'English learners' },
              ],
            },
            { key: 'G1.M2', name: 'Attendance rate', unit: 'percent', direction: 'increase' },
          ],
          strategies: [{ key: 'G1.S1', title: 'Tutoring', actions: [{ key: 'G1.S1.A1', title: 'Hire tutors', start: '2025-07-01', due: '2026-06-30' }] }],
        },
      ],
    },
  };
}

/** Imports the plan through the API as a draft and, unless asked not to, adopts it through the lifecycle route. */
export function importMonitoredPlan(t: TestApp, options: { districtId: string; headers: Record<string, string>; adopt?: boolean; title?: string }) {
  return importAdoptedPlan(t, { ...options, document: monitoredPlanDocument(options.title), adoptedOn: '2025-06-15' });
}
