import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { importAdoptedPlan } from '../../testing/monitoring-test-kit.js';
import { oneYearLater } from './year-end.js';

let t: TestApp;
let districtId: string;
type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let planner: Person;
let viewer: Person;
let otherAdmin: Person;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Cedar Falls Schools' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner', name: 'Pat Planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  const otherDistrict = (await t.factories.organization({ name: 'Elm Ridge' })).id;
  otherAdmin = await t.factories.user({ organizationId: otherDistrict, role: 'administrator' });
});
afterAll(() => t.close());

const preview = (planId: string, year: string, headers = planner.auth) =>
  t.app.inject({ method: 'GET', url: `/api/plans/${planId}/rollover/preview?year=${encodeURIComponent(year)}`, headers });
const close = (planId: string, year: string, headers = planner.auth) => t.app.inject({ method: 'POST', url: `/api/plans/${planId}/rollover`, headers, payload: { year } });
const closures = (planId: string, headers = viewer.auth) => t.app.inject({ method: 'GET', url: `/api/plans/${planId}/rollovers`, headers });

describe('the year-end rollover', () => {
  it('previews, closes the year, carries open actions a year forward and keeps the closure', async () => {
    const planId = await importAdoptedPlan(t, districtId, planner);
    const previewed = await preview(planId, '2020-21');
    expect(previewed.statusCode).toBe(200);
    const carried = [{ key: 'G1.S1.A1', title: 'Hire tutors', status: 'on_track', fromDue: '2021-06-30', toDue: '2022-06-30' }];
    expect(json(previewed)).toEqual({ yearLabel: '2020-21', yearEndsOn: '2021-06-30', carried });

    const closed = await close(planId, '2020-21');
    expect(closed.statusCode).toBe(201);
    const closure = json(closed);
    expect(closure).toMatchObject({ yearLabel: '2020-21', yearEndsOn: '2021-06-30', carried, closedBy: expect.stringContaining(planner.email) });
    expect(closure.summary.goals.map((g: any) => g.key)).toEqual(['G1', 'G2']);
    expect(closure.summary.goals[0]).toMatchObject({ title: 'Every child reads', status: expect.any(String), explanation: expect.any(String) });
    expect(closure.summary.measures.find((m: any) => m.key === 'G1.M1')).toMatchObject({ name: 'Grade 3 reading proficiency', status: 'no_data', actual: null });

    const exported = json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/export`, headers: viewer.auth }));
    const actions = exported.plan.goals[0].strategies[0].actions;
    expect(actions.find((a: any) => a.key === 'G1.S1.A1').due).toBe('2022-06-30');
    expect(actions.find((a: any) => a.key === 'G1.S1.A2').due).toBeUndefined();

    const listed = await closures(planId);
    expect(listed.statusCode).toBe(200);
    expect(json(listed).closures).toEqual([closure]);

    const again = await close(planId, '2020-21');
    expect(again.statusCode).toBe(409);
    expect(json(again).error.code).toBe('conflict');
    // Nothing carried twice: the action is due after 2020-21 now.
    expect(json(await preview(planId, '2020-21')).carried).toEqual([]);

    const audit = await t.ctx.db.selectFrom('audit_events').select(['after']).where('action', '=', 'plan.year_closed').where('entity_id', '=', planId).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ yearLabel: '2020-21', carried });
  });

  it('refuses a year that has not ended or cannot be dated', async () => {
    const planId = await importAdoptedPlan(t, districtId, planner);
    for (const year of ['2098-99', 'someday']) {
      const previewed = await preview(planId, year);
      expect(previewed.statusCode).toBe(400);
      expect(json(previewed).error.details[0].path).toBe('query/year');
      const closed = await close(planId, year);
      expect(closed.statusCode).toBe(400);
      expect(json(closed).error.details[0].path).toBe('/year');
    }
    expect(json(await closures(planId)).closures).toEqual([]);
  });

  it('lets viewers read closures but not close; other districts see nothing', async () => {
    const planId = await importAdoptedPlan(t, districtId, planner);
    expect((await close(planId, '2020-21', viewer.auth)).statusCode).toBe(403);
    expect((await preview(planId, '2020-21', viewer.auth)).statusCode).toBe(403);
    expect((await closures(planId, viewer.auth)).statusCode).toBe(200);
    expect((await close(planId, '2020-21', otherAdmin.auth)).statusCode).toBe(404);
    expect((await preview(planId, '2020-21', otherAdmin.auth)).statusCode).toBe(404);
    expect((await closures(planId, otherAdmin.auth)).statusCode).toBe(404);
  });

  it('moves a due date to the same day a year later, Feb 29 to Feb 28', () => {
    expect(oneYearLater('2021-06-30')).toBe('2022-06-30');
    expect(oneYearLater('2024-02-29')).toBe('2025-02-28');
    expect(oneYearLater('2023-12-31')).toBe('2024-12-31');
  });
});
