import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { everyFieldPlan } from '../../../core/plan/format/fixtures/every-field-plan.js';
import { summarizeBudget } from '../../../core/plan/budget-summary.js';
import { checkPlan } from '../../../core/plan/plan-checks.js';
import { defaultDistrictGroups, districtGroupMatcher } from '../../../core/monitoring/district-student-groups.js';
import { decisionRightsMatrix } from '../../../core/plan/plan-outline.js';

let t: TestApp;
let planId: string;
let viewer: Awaited<ReturnType<TestApp['factories']['user']>>;
beforeAll(async () => {
  t = await createTestApp();
  const districtId = (await t.factories.organization()).id;
  const planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  planId = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/plans/import`, headers: planner.auth, payload: everyFieldPlan })).id;
});
afterAll(() => t.close());

const get = async (path: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/${path}`, headers: viewer.auth });
  expect(res.statusCode).toBe(200);
  return json(res);
};

describe('plan insights, computed from the working copy for anyone who reads the plan', () => {
  it('checks the plan, judging due dates against today and owners by the people of the district', async () => {
    const { checks } = await get('checks');
    // Nobody of the district owns anything yet: the plan's owner words are roles, not people. Its
    // student groups are judged against the district's list (here the built-in one).
    const match = districtGroupMatcher(defaultDistrictGroups());
    const studentGroups = (name: string) => {
      const found = match(name);
      return found.kind === 'alias' ? { kind: 'alias' as const, name: found.group.name } : { kind: found.kind };
    };
    expect(checks).toEqual(checkPlan(everyFieldPlan, { today: new Date().toISOString(), owners: new Map(), studentGroups }));
    const groupChecks = checks.filter((check: { code: string }) => check.code.startsWith('measure_student_group'));
    expect(groupChecks.map((check: { code: string; message: string }) => [check.code, check.message])).toEqual([
      ['measure_student_group_other_name', 'Vital sign P1.V1 "Grade 3 reading proficiency" writes "Native American" for the student group the district\'s list calls "American Indian or Alaska Native".'],
      ['measure_student_group_not_listed', 'Vital sign P1.V2 "Chronic absenteeism K-3" names the student group "Grades K-3", which is not on the district\'s list: choose the group it means, or add it to the list.'],
    ]);
    expect(checks.length).toBeGreaterThan(0);
    expect(checks[0]).toEqual({ key: expect.anything(), level: expect.any(String), code: expect.any(String), severity: expect.stringMatching(/^(warning|info)$/), message: expect.any(String), ...(checks[0].field ? { field: checks[0].field } : {}) });
  });

  it('sums the budget', async () => {
    const budget = await get('budget');
    expect(budget).toEqual(summarizeBudget(everyFieldPlan));
    expect(budget.strategies.length).toBeGreaterThan(0);
  });

  it('lays out the decision rights', async () => {
    const matrix = await get('decision-rights');
    expect(matrix).toEqual(decisionRightsMatrix(everyFieldPlan));
    expect(matrix.rows.length).toBeGreaterThan(0);
  });
});
