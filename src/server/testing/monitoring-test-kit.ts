import type { TestApp } from './test-app.js';
import { importAdoptedPlan as importPlanAndAdopt } from './adopted-plan.js';
import type { PlanDocument } from '../../core/plan/format/plan-format.schema.js';

/**
 * For monitoring's API tests (scorecard, actuals, rollover, progress report, public site). A small adopted plan whose periods all ended years ago, so statuses and overdue updates do not
 * depend on the day the tests run. The district's default calendar: school years from July.
 */
export const cedarPlan: PlanDocument = {
  format: 'strategic-plan/v1',
  organization: { name: 'Cedar Falls Schools', kind: 'district' },
  plan: {
    title: 'Cedar Falls 2020-2024',
    period: { start: { label: '2020-21' }, end: { label: '2023-24' } },
    status: 'draft',
    goals: [
      {
        key: 'G1',
        title: 'Every child reads',
        measures: [
          {
            key: 'G1.M1',
            name: 'Grade 3 reading proficiency',
            unit: 'percent',
            direction: 'increase',
            cadence: 'annual',
            baseline: { period: { label: '2019-20' }, value: 40 },
            targets: [
              { period: { label: '2021-22' }, value: 50 },
              { period: { label: '2023-24' }, value: 60 },
              { period: { label: '2023-24' }, value: 45, subgroup: 'English learners' },
            ],
          },
          { key: 'G1.M2', name: 'Attendance rate', unit: 'percent', direction: 'increase', cadence: 'annual', baseline: { period: { label: '2019-20' }, value: 90 }, targets: [{ period: { label: '2023-24' }, value: 95 }] },
        ],
        strategies: [
          {
            key: 'G1.S1',
            title: 'High-dosage tutoring',
            actions: [
              { key: 'G1.S1.A1', title: 'Hire tutors', start: '2020-08-01', due: '2021-06-30', status: 'on_track' },
              { key: 'G1.S1.A2', title: 'Train tutors', status: 'complete' },
            ],
          },
        ],
      },
      { key: 'G2', kind: 'guardrail', title: 'Budget stays balanced', measures: [{ key: 'G2.M1', name: 'Reserve months', unit: 'count', direction: 'at_least', targets: [{ period: { label: '2023-24' }, value: 2 }] }] },
    ],
  },
};

/** Imports the plan as a planner and adopts it through the lifecycle route. */
export function importAdoptedPlan(t: TestApp, districtId: string, planner: { auth: Record<string, string> }, document: PlanDocument = cedarPlan): Promise<string> {
  return importPlanAndAdopt(t, { districtId, headers: planner.auth, document });
}
