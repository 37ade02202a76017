import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { importAdoptedPlan } from '../../testing/monitoring-test-kit.js';
import { addSchools, insertEvidenceDataset } from '../../testing/evidence-rows-kit.js';
import { refreshMeasureFeeds } from './refresh-measure-feeds.js';

let t: TestApp;
let districtId: string;
let otherDistrictId: string;
type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let planner: Person;
let viewer: Person;
let otherPlanner: Person;
let planId: string;
let otherPlanId: string;
let baker: string;

const reading = { key: 'reading', label: 'Grade 3 reading' };
const entities = () => [
  { key: 'DIST', name: 'Cedar Falls', status: 'district' as const },
  { key: 'BAKER', name: 'Baker Elementary', status: 'school' as const, schoolId: baker },
];

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Cedar Falls Schools' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  otherDistrictId = (await t.factories.organization({ name: 'Other Unified' })).id;
  otherPlanner = await t.factories.user({ organizationId: otherDistrictId, role: 'planner' });
  planId = await importAdoptedPlan(t, districtId, planner);
  otherPlanId = await importAdoptedPlan(t, otherDistrictId, otherPlanner);
  [baker] = (await addSchools(t.ctx.db, districtId, [{ name: 'Baker Elementary' }])) as [string];
  await insertEvidenceDataset(t.ctx.db, {
    organizationId: districtId,
    metric: reading,
    entities: entities(),
    rows: [
      // Before the plan's baseline: no period of the measure, so never an actual.
      { entity: 'DIST', period: '2015-16', group: 'All Students', value: 30, n: 700 },
      { entity: 'DIST', period: '2020-21', group: 'All Students', value: 43, n: 800 },
    ],
  });
  await insertEvidenceDataset(t.ctx.db, {
    organizationId: districtId,
    metric: { key: 'attendance', label: 'Attendance' },
    entities: entities(),
    rows: [
      { entity: 'BAKER', period: '2022-23', group: 'All Students', value: 90, n: 500 },
      { entity: 'BAKER', period: '2022-23', group: 'EL', value: 88, n: 4 },
    ],
  });
});
afterAll(() => t.close());

const feedUrl = (key: string, plan = planId) => `/api/plans/${plan}/measure-feeds/${key}`;
const putFeed = (key: string, payload: object, who: Person = planner, plan = planId) => t.app.inject({ method: 'PUT', url: feedUrl(key, plan), headers: who.auth, payload });
const listFeeds = (who: Person = viewer, plan = planId) => t.app.inject({ method: 'GET', url: `/api/plans/${plan}/measure-feeds`, headers: who.auth });
const seriesOf = async (key: string) => json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/measures/${key}/series`, headers: viewer.auth }));
const scorecardMeasure = async (key: string) => {
  const scorecard = json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/scorecard`, headers: viewer.auth }));
  return scorecard.goals.flatMap((g: any) => [...g.measures, ...g.strategies.flatMap((s: any) => s.measures)]).find((m: any) => m.key === key);
};
const actualsOf = async (key: string) => (await seriesOf(key)).actuals.filter((a: { subgroup?: string }) => !a.subgroup);

describe('a measure fed by an indicator', () => {
  it("writes the measure's actuals from the data, and its status is computed from them", async () => {
    const res = await putFeed('G1.M1', { metric: 'reading', school_id: null, group_name: null });
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res)).toEqual({ measure_key: 'G1.M1', metric: 'reading', school_id: null, group_name: null, periods_fed: ['2020-21'], version: 1 });
    expect(await actualsOf('G1.M1')).toEqual([{ period: { label: '2020-21', ends_on: '2021-06-30' }, value: 43, n: 800 }]);
    // 43 by 2020-21 is 3 of the 5 points expected on the way from 40 (2019-20) to 50 (2021-22): at risk.
    expect((await scorecardMeasure('G1.M1')).status).toMatchObject({ status: 'at_risk', actual: 43, period: { label: '2020-21' } });
    expect(json(await listFeeds()).feeds).toEqual([{ measure_key: 'G1.M1', metric: 'reading', school_id: null, group_name: null, periods_fed: ['2020-21'], version: 1 }]);
  });

  it('adds the period of a new dataset, keeps a typed actual of another period, and takes over a period the data now covers', async () => {
    const typed = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/actuals`, headers: planner.auth, payload: [{ measure_key: 'G1.M1', period: '2021-22', value: 52 }, { measure_key: 'G1.M1', period: '2023-24', value: 61 }] });
    expect(typed.statusCode, typed.body).toBe(200);
    await insertEvidenceDataset(t.ctx.db, {
      organizationId: districtId,
      metric: reading,
      entities: entities(),
      rows: [
        { entity: 'DIST', period: '2022-23', group: 'All Students', value: 55, n: 810 },
        { entity: 'DIST', period: '2021-22', group: 'All Students', value: 49, n: 790 },
      ],
    });
    const refreshed = await refreshMeasureFeeds({ db: t.ctx.db, organizationId: districtId });
    expect(refreshed).toEqual([{ planId, measureKey: 'G1.M1', periods: ['2020-21', '2021-22', '2022-23'], unmatched: ['2015-16'], written: 2 }]);
    expect((await actualsOf('G1.M1')).map((a: { period: { label: string }; value: number }) => [a.period.label, a.value])).toEqual([
      ['2020-21', 43],
      ['2021-22', 49],
      ['2022-23', 55],
      ['2023-24', 61],
    ]);
    expect(json(await listFeeds()).feeds[0].periods_fed).toEqual(['2020-21', '2021-22', '2022-23']);
    // Nothing changed since: a second refresh writes nothing (no empty revisions).
    expect((await refreshMeasureFeeds({ db: t.ctx.db, organizationId: districtId, planId }))[0]!.written).toBe(0);
  });

  it("writes a hidden small group as an actual with no value, for one school's group", async () => {
    const res = await putFeed('G1.M2', { metric: 'attendance', school_id: baker, group_name: 'English learners' });
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res).periods_fed).toEqual(['2022-23']);
    expect(await actualsOf('G1.M2')).toEqual([{ period: { label: '2022-23', ends_on: '2023-06-30' }, value: null }]);
  });

  it('changes a feed with its version (409 on a stale one) and refuses what the data does not have', async () => {
    expect((await putFeed('G1.M1', { metric: 'reading', school_id: null, group_name: null })).statusCode).toBe(400);
    expect((await putFeed('G1.M1', { metric: 'reading', school_id: null, group_name: null, version: 7 })).statusCode).toBe(409);
    const changed = await putFeed('G1.M1', { metric: 'reading', school_id: null, group_name: null, version: 1 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(json(changed).version).toBe(2);
    const paths = async (payload: object) => json(await putFeed('G1.M1', { version: 2, ...payload })).error.details.map((d: { path: string }) => d.path);
    expect(await paths({ metric: 'nothing', school_id: null, group_name: null })).toEqual(['/metric']);
    expect(await paths({ metric: 'reading', school_id: '7b1f0f7e-55a4-4c35-9f0e-3f3b3a1f0c11', group_name: null })).toEqual(['/school_id']);
    expect(await paths({ metric: 'reading', school_id: null, group_name: 'Martians' })).toEqual(['/group_name']);
    expect((await putFeed('G9.M9', { metric: 'reading', school_id: null, group_name: null })).statusCode).toBe(404);
  });

  it("is 404 for another district's plan, and only planners may feed", async () => {
    expect((await putFeed('G1.M1', { metric: 'reading', school_id: null, group_name: null }, planner, otherPlanId)).statusCode).toBe(404);
    expect((await listFeeds(planner, otherPlanId)).statusCode).toBe(404);
    expect((await listFeeds(otherPlanner)).statusCode).toBe(404);
    expect((await putFeed('G1.M1', { metric: 'reading', school_id: null, group_name: null, version: 2 }, otherPlanner)).statusCode).toBe(404);
    expect((await putFeed('G1.M1', { metric: 'reading', school_id: null, group_name: null, version: 2 }, viewer)).statusCode).toBe(403);
  });

  it('stops feeding on delete and keeps the actuals it wrote', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: feedUrl('G1.M1'), headers: planner.auth });
    expect(res.statusCode, res.body).toBe(204);
    expect(json(await listFeeds()).feeds.map((f: { measure_key: string }) => f.measure_key)).toEqual(['G1.M2']);
    expect((await actualsOf('G1.M1')).length).toBe(4);
    expect((await t.app.inject({ method: 'DELETE', url: feedUrl('G1.M1'), headers: planner.auth })).statusCode).toBe(404);
  });
});
