import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { everyFieldPlan } from '../../../core/plan/format/fixtures/every-field-plan.js';
import { importAdoptedPlan } from '../../testing/monitoring-test-kit.js';

let t: TestApp;
let districtId: string;
type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let planner: Person;
let viewer: Person;
let contributor: Person;
let otherAdmin: Person;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Cedar Falls Schools' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner', name: 'Pat Planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  contributor = await t.factories.user({ organizationId: districtId, role: 'contributor', name: 'Casey Contributor' });
  const otherDistrict = (await t.factories.organization({ name: 'Elm Ridge' })).id;
  otherAdmin = await t.factories.user({ organizationId: otherDistrict, role: 'administrator' });
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = viewer.auth) => t.app.inject({ method: 'GET', url, headers });
const scorecardOf = async (planId: string) => json(await get(`/api/plans/${planId}/scorecard`));
const postActuals = (planId: string, rows: unknown, headers = planner.auth) => t.app.inject({ method: 'POST', url: `/api/plans/${planId}/actuals`, headers, payload: rows as object });
const measure = (scorecard: any, key: string) => scorecard.goals.flatMap((g: any) => [...g.measures, ...g.strategies.flatMap((s: any) => s.measures)]).find((m: any) => m.key === key);

describe('the scorecard', () => {
  it('computes status from posted actuals, and the goal roll-up explains the change', async () => {
    const planId = await importAdoptedPlan(t, districtId, planner);
    const before = await scorecardOf(planId);
    expect(before).toMatchObject({ planId, title: 'Cedar Falls 2020-2024', lifecycle: 'adopted', rules: { atRiskProgress: 0.5 }, levelNames: { goal: 'Goal', measure: 'Measure' } });
    expect(before.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(measure(before, 'G1.M1')).toMatchObject({ status: { status: 'no_data', actual: null }, baseline: { period: { label: '2019-20' }, value: 40 }, owner: null, latestNarrative: null });
    expect(before.goals.map((g: any) => g.kind)).toEqual(['goal', 'guardrail']);
    const strategy = before.goals[0].strategies[0];
    expect(strategy.actions).toEqual([
      // Reported on track, but past its due date: off track, the one status every view shows.
      { key: 'G1.S1.A1', title: 'Hire tutors', owner: null, due: '2021-06-30', status: 'off_track', reportedStatus: 'on_track', percentComplete: null, isOverdue: true, latestNarrative: null },
      { key: 'G1.S1.A2', title: 'Train tutors', owner: null, status: 'complete', reportedStatus: 'complete', percentComplete: null, isOverdue: false, latestNarrative: null },
    ]);

    // 43 by 2020-21 is 3 of the 5 points expected on the way from 40 (2019-20) to 50 (2021-22): at risk.
    const posted = await postActuals(planId, [
      { measure_key: 'G1.M1', period: '2020-21', value: 43, n: 800 },
      { measure_key: 'G1.M1', period: '2020-21', subgroup: 'English learners', value: 30, n: 120 },
    ]);
    expect(posted.statusCode).toBe(200);
    expect(json(posted)).toEqual({ applied: 2, measures: 1 });

    const after = await scorecardOf(planId);
    const m1 = measure(after, 'G1.M1');
    expect(m1.status).toMatchObject({ status: 'at_risk', actual: 43, expected: 45, period: { label: '2020-21' } });
    const latest = [
      { period: { label: '2020-21', ends_on: '2021-06-30' }, value: 43, n: 800 },
      { period: { label: '2020-21', ends_on: '2021-06-30' }, value: 30, subgroup: 'English learners', n: 120 },
    ];
    expect(m1).not.toHaveProperty('actuals');
    const series = json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/measures/G1.M1/series`, headers: viewer.auth }));
    expect(series).toMatchObject({ key: 'G1.M1', baseline: { value: 40 }, actuals: latest });
    expect(series.targets).toHaveLength(3);
    expect((await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/measures/G9.M9/series`, headers: viewer.auth })).statusCode).toBe(404);
    expect(m1.groups).toEqual([{ subgroup: 'English learners', status: expect.objectContaining({ actual: 30 }) }]);
    expect(after.goals[0].rollUp.explanation).not.toBe(before.goals[0].rollUp.explanation);
    expect(after.goals[0].rollUp.counts.atRisk).toBeGreaterThan(before.goals[0].rollUp.counts.atRisk);

    // Reaching the expected value puts it on track.
    await postActuals(planId, [{ measure_key: 'G1.M1', period: '2020-21', value: 46 }]);
    expect(measure(await scorecardOf(planId), 'G1.M1').status.status).toBe('on_track');
  });

  it('judges a goal by its outcome measures, and reports its strategies\' implementation beside it, never mixed in', async () => {
    const planId = await importAdoptedPlan(t, districtId, planner);
    const before = (await scorecardOf(planId)).goals[0];
    // Hiring tutors is past its due date (off track), training them is complete: the strategy is half there.
    expect(before.implementation).toMatchObject({ status: 'at_risk', explanation: '0 of 1 strategy on track (1 at risk)' });
    expect(before.rollUp).toMatchObject({ status: 'no_data', explanation: '0 of 2 measures on track (2 no data)' });

    // Both outcomes off track: busy work does not make the goal look on track.
    await postActuals(planId, [
      { measure_key: 'G1.M1', period: '2020-21', value: 39 },
      { measure_key: 'G1.M2', period: '2020-21', value: 88 },
    ]);
    const after = (await scorecardOf(planId)).goals[0];
    expect(after.rollUp).toMatchObject({ status: 'off_track', explanation: '0 of 2 measures on track (2 off track)' });
    expect(after.implementation.status).toBe('at_risk');
  });

  it('shows owners, the latest narrative and the status an owner reported', async () => {
    const planId = await importAdoptedPlan(t, districtId, planner);
    await t.ctx.db.insertInto('element_owners').values({ plan_id: planId, organization_id: districtId, element_key: 'G1.S1.A1', user_id: contributor.id, created_at: new Date() }).execute();
    await t.ctx.db
      .insertInto('element_updates')
      .values({
        plan_id: planId,
        organization_id: districtId,
        element_key: 'G1.S1.A1',
        element_kind: 'action',
        period_label: '2021-05',
        revision: 1,
        posted_values: '[]',
        happened: 'Twelve tutors hired',
        why: null,
        next_steps: 'Train them',
        action_status: 'complete',
        percent_complete: 100,
        source: 'app',
        author_id: contributor.id,
        author_label: contributor.email,
      })
      .execute();
    const action = (await scorecardOf(planId)).goals[0].strategies[0].actions[0];
    expect(action).toMatchObject({
      owner: { userId: contributor.id, name: 'Casey Contributor' },
      status: 'complete',
      percentComplete: 100,
      isOverdue: false,
      latestNarrative: { periodLabel: '2021-05', happened: 'Twelve tutors hired', why: null, nextSteps: 'Train them', author: 'Casey Contributor' },
    });
  });

  it('reads a plan that uses every field of the format', async () => {
    const document = structuredClone(everyFieldPlan);
    document.plan.status = 'draft';
    delete document.plan.adopted;
    const planId = await importAdoptedPlan(t, districtId, planner, document);
    const scorecard = await scorecardOf(planId);
    expect(scorecard.levelNames).toEqual({ goal: 'Priority', measure: 'Vital sign', strategy: 'Initiative', action: 'Task' });
    expect(scorecard.goals.map((g: any) => g.key)).toEqual(['P1', 'P1.IG1', 'GR-1', 'P2']);
    expect(measure(scorecard, 'P1.V1').groups.map((g: any) => g.subgroup)).toEqual(['English learners', 'Native American', 'Students with disabilities']);
  });
});

describe("the plan's monitoring rules", () => {
  it('starts from the defaults, saves with a version, refuses a stale save and changes the status', async () => {
    const planId = await importAdoptedPlan(t, districtId, planner);
    const url = `/api/plans/${planId}/monitoring`;
    expect(json(await get(url))).toEqual({ atRiskProgress: 0.5, weights: {}, version: 0 });
    await postActuals(planId, [{ measure_key: 'G1.M1', period: '2020-21', value: 43 }]);
    expect(measure(await scorecardOf(planId), 'G1.M1').status.status).toBe('at_risk');

    const saved = await t.app.inject({ method: 'PUT', url, headers: planner.auth, payload: { atRiskProgress: 0.7, weights: { 'G1.M1': 2, 'G1.S1': 0.5 }, version: 0 } });
    expect(saved.statusCode).toBe(200);
    expect(json(saved)).toEqual({ atRiskProgress: 0.7, weights: { 'G1.M1': 2, 'G1.S1': 0.5 }, version: 1 });
    const scorecard = await scorecardOf(planId);
    expect(scorecard.rules.atRiskProgress).toBe(0.7);
    expect(measure(scorecard, 'G1.M1').status.status).toBe('off_track');

    const stale = await t.app.inject({ method: 'PUT', url, headers: planner.auth, payload: { atRiskProgress: 0.4, weights: {}, version: 0 } });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error).toMatchObject({ code: 'conflict', current: { atRiskProgress: 0.7, version: 1 } });

    const unknown = await t.app.inject({ method: 'PUT', url, headers: planner.auth, payload: { atRiskProgress: 0.4, weights: { G1: 3, nope: 1 }, version: 1 } });
    expect(unknown.statusCode).toBe(400);
    expect(json(unknown).error.details.map((d: any) => d.path)).toEqual(['/weights/G1', '/weights/nope']);
    const outOfRange = await t.app.inject({ method: 'PUT', url, headers: planner.auth, payload: { atRiskProgress: 0, weights: {}, version: 1 } });
    expect(json(outOfRange).error.details[0].path).toBe('/atRiskProgress');

    const audit = await t.ctx.db.selectFrom('audit_events').select(['action', 'after']).where('entity_id', '=', planId).where('action', '=', 'plan.monitoring_rules_changed').execute();
    expect(audit).toHaveLength(1);
  });
});

describe('coverage', () => {
  it('lists unowned, never updated and overdue measures and actions, by owner and by goal', async () => {
    const planId = await importAdoptedPlan(t, districtId, planner);
    const own = (key: string, userId: string) => t.ctx.db.insertInto('element_owners').values({ plan_id: planId, organization_id: districtId, element_key: key, user_id: userId, created_at: new Date() }).execute();
    await own('G1.M1', contributor.id);
    await own('G1.M2', contributor.id);
    await own('G1.S1.A2', planner.id);
    await postActuals(planId, [{ measure_key: 'G1.M1', period: '2023-24', value: 61 }]);

    const coverage = json(await get(`/api/plans/${planId}/coverage`));
    expect(coverage.unowned.map((i: any) => i.key)).toEqual(['G2.M1', 'G1.S1.A1']);
    // G1.M1's last period has its update; G1.M2 never had one; a completed action owes nothing.
    expect(coverage.neverUpdated.map((i: any) => i.key).sort()).toEqual(['G1.M2', 'G1.S1.A1', 'G2.M1']);
    // G1.M2 never reported: its whole chain of years is overdue, oldest (longest overdue) first.
    expect(coverage.overdue.filter((i: any) => i.key === 'G1.M2').map((i: any) => i.periodLabel)).toEqual(['2020-21', '2021-22', '2022-23', '2023-24']);
    expect(coverage.overdue.find((i: any) => i.key === 'G1.M2' && i.periodLabel === '2023-24')).toMatchObject({
      kind: 'measure',
      name: 'Attendance rate',
      owner: { userId: contributor.id, name: 'Casey Contributor' },
      periodLabel: '2023-24',
      dueOn: '2024-07-14',
      daysOverdue: expect.any(Number),
    });
    expect(coverage.overdue.map((i: any) => i.key)).not.toContain('G1.M1');
    expect(coverage.overdue.map((i: any) => i.key)).not.toContain('G1.S1.A2');
    expect(coverage.byOwner).toEqual([
      { userId: contributor.id, name: 'Casey Contributor', owned: 2, overdue: 1, neverUpdated: 1 },
      { userId: planner.id, name: 'Pat Planner', owned: 1, overdue: 0, neverUpdated: 0 },
    ]);
    expect(coverage.byGoal).toEqual([
      { goalKey: 'G1', title: 'Every child reads', owned: 3, unowned: 1, overdue: 2, neverUpdated: 2 },
      { goalKey: 'G2', title: 'Budget stays balanced', owned: 0, unowned: 1, overdue: 1, neverUpdated: 1 },
    ]);
  });
});

describe('who may read and write', () => {
  it('lets a viewer read everything but post nothing', async () => {
    const planId = await importAdoptedPlan(t, districtId, planner);
    for (const path of ['scorecard', 'monitoring', 'coverage', 'actuals.csv', 'actuals.xlsx']) {
      expect((await get(`/api/plans/${planId}/${path}`)).statusCode, path).toBe(200);
    }
    expect((await postActuals(planId, [{ measure_key: 'G1.M1', period: '2020-21', value: 43 }], viewer.auth)).statusCode).toBe(403);
    expect((await postActuals(planId, [{ measure_key: 'G1.M1', period: '2020-21', value: 43 }], contributor.auth)).statusCode).toBe(403);
    const put = await t.app.inject({ method: 'PUT', url: `/api/plans/${planId}/monitoring`, headers: viewer.auth, payload: { atRiskProgress: 0.6, weights: {}, version: 0 } });
    expect(put.statusCode).toBe(403);
    expect(await t.ctx.db.selectFrom('measure_actuals').select('plan_id').where('plan_id', '=', planId).execute()).toEqual([]);
  });

  it("answers 404 for another district's plan", async () => {
    const planId = await importAdoptedPlan(t, districtId, planner);
    for (const path of ['scorecard', 'monitoring', 'coverage', 'actuals.csv']) {
      const res = await get(`/api/plans/${planId}/${path}`, otherAdmin.auth);
      expect(res.statusCode, path).toBe(404);
      expect(res.body).not.toContain('Cedar');
    }
    expect((await postActuals(planId, [{ measure_key: 'G1.M1', period: '2020-21', value: 43 }], otherAdmin.auth)).statusCode).toBe(404);
  });
});
