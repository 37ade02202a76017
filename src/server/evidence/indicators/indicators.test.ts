import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { addSchools, insertEvidenceDataset, type KitRow } from '../../testing/evidence-rows-kit.js';

let t: TestApp;
let districtId: string;
let otherDistrictId: string;
type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let viewer: Person;
let administrator: Person;
let otherAdmin: Person;
let adams: string;
let baker: string;
let cole: string;

const entities = () => [
  { key: 'ADAMS', name: 'Adams Elementary', status: 'school' as const, schoolId: adams },
  { key: 'BAKER', name: 'Baker Middle', status: 'school' as const, schoolId: baker },
  { key: 'COLE', name: 'Cole Academy', status: 'school' as const, schoolId: cole },
  { key: 'DIST', name: 'Larch Valley', status: 'district' as const },
  { key: 'ELSEWHERE', name: 'Not ours', status: 'unmatched' as const },
];

// ELA: no district row, so the district is its schools together. Cole is small (5 students).
const elaRows: KitRow[] = [
  { entity: 'ADAMS', period: '2021-22', group: 'All Students', value: 50, n: 100 },
  { entity: 'BAKER', period: '2021-22', group: 'All Students', value: 35, n: 300 },
  { entity: 'ADAMS', period: '2022-23', group: 'All Students', value: 60, n: 100 },
  { entity: 'BAKER', period: '2022-23', group: 'All Students', value: 40, n: 300 },
  { entity: 'COLE', period: '2022-23', group: 'All Students', value: 80, n: 5 },
  { entity: 'ELSEWHERE', period: '2022-23', group: 'All Students', value: 1, n: 100_000 },
  // One group written two ways by two schools: they combine.
  { entity: 'ADAMS', period: '2022-23', group: 'Hispanic', value: 50, n: 40 },
  { entity: 'BAKER', period: '2022-23', group: 'Hispanic/Latino', value: 30, n: 60 },
  { entity: 'COLE', period: '2022-23', group: 'Hispanic', value: null, flag: 1 },
  { entity: 'BAKER', period: '2022-23', group: 'White', value: 42.5, n: 240 },
  { entity: 'BAKER', period: '2022-23', group: 'EL', value: 10, n: 4 },
];

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Larch Valley Schools' })).id;
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  administrator = await t.factories.user({ organizationId: districtId, role: 'administrator' });
  otherDistrictId = (await t.factories.organization({ name: 'Other Unified' })).id;
  otherAdmin = await t.factories.user({ organizationId: otherDistrictId, role: 'administrator' });
  [adams, baker, cole] = (await addSchools(t.ctx.db, districtId, [{ name: 'Adams Elementary' }, { name: 'Baker Middle' }, { name: 'Cole Academy' }])) as [string, string, string];
  await insertEvidenceDataset(t.ctx.db, { organizationId: districtId, metric: { key: 'ela_proficiency', label: 'ELA proficiency' }, entities: entities(), rows: elaRows });
  // Attendance: the file has the district's own row, which is the district's value.
  await insertEvidenceDataset(t.ctx.db, {
    organizationId: districtId,
    metric: { key: 'attendance', label: 'Attendance rate' },
    entities: entities(),
    rows: [
      { entity: 'DIST', period: '2022-23', group: 'All Students', value: 91, n: 1000 },
      { entity: 'ADAMS', period: '2022-23', group: 'All Students', value: 95, n: 400 },
      { entity: 'BAKER', period: '2022-23', group: 'All Students', value: 90, n: 600 },
      // Earlier years with a gap and a suppressed year: the change reaches back to the last value.
      { entity: 'ADAMS', period: '2020-21', group: 'All Students', value: 93, n: 400 },
      { entity: 'BAKER', period: '2020-21', group: 'All Students', value: 88, n: 600 },
      { entity: 'BAKER', period: '2021-22', group: 'All Students', value: null, flag: 1 },
      { entity: 'DIST', period: '2019-20', group: 'All Students', value: 80, n: 1000 },
    ],
  });
  // A dataset still importing is never read.
  await insertEvidenceDataset(t.ctx.db, { organizationId: districtId, status: 'importing', metric: { key: 'ela_proficiency', label: 'ELA proficiency' }, entities: entities(), rows: [{ entity: 'ADAMS', period: '2022-23', group: 'All Students', value: 0, n: 100_000 }] });
});
afterAll(() => t.close());

const read = (query: string, who: Person = viewer, metric = 'ela_proficiency', id = districtId) => t.app.inject({ method: 'GET', url: `/api/districts/${id}/indicators/${metric}?${query}`, headers: who.auth });
type Line = Record<string, unknown> & { key: string };
const lineOf = (body: { cells: Line[] }, key: string) => body.cells.find((cell) => cell.key === key)!;

describe('indicator by school', () => {
  it('combines each school n-weighted, the district as its schools together, and hides the small school with one more', async () => {
    const res = await read('by=school&period=2022-23');
    expect(res.statusCode, res.body).toBe(200);
    const body = json(res);
    expect(body).toMatchObject({ metric: { key: 'ela_proficiency', label: 'ELA proficiency', unit: 'percent', higher_is_better: true }, by: 'school', period: '2022-23', group: null, school_id: null, threshold: 10 });
    // (60 x 100 + 40 x 300 + 80 x 5) / 405; the unmatched entity and the importing dataset are not in it.
    expect(body.district).toEqual({ value: expect.closeTo(45.432099, 5), n: 405 });
    expect(body.cells.map((c: Line) => c.label)).toEqual(['Adams Elementary', 'Baker Middle', 'Cole Academy']);
    expect(lineOf(body, cole)).toMatchObject({ suppressed: true, reason: 'small_group', gap_to_district: null, change: null });
    expect(lineOf(body, cole)).not.toHaveProperty('value');
    // Cole's 5 students could be worked out from the district, Adams and Baker: the smaller of them is hidden too.
    expect(lineOf(body, adams)).toMatchObject({ suppressed: true, reason: 'complementary' });
    expect(lineOf(body, baker)).toMatchObject({ value: 40, n: 300, gap_to_district: expect.closeTo(-5.432099, 5), change: 5, previous_period: '2021-22' });
  });

  it('uses the district row of a file that has one, and defaults to the latest period', async () => {
    const body = json(await read('by=school', viewer, 'attendance'));
    expect(body.period).toBe('2022-23');
    expect(body.district).toEqual({ value: 91, n: 1000 });
    expect(lineOf(body, adams)).toMatchObject({ value: 95, n: 400, gap_to_district: 4, change: 2, previous_period: '2020-21' });
    expect(lineOf(body, baker)).toMatchObject({ value: 90, n: 600, change: 2, previous_period: '2020-21' });
  });

  it('shows a cell the file suppressed as suppressed in_file', async () => {
    const body = json(await read('by=school&period=2022-23&group=Hispanic'));
    expect(body.group).toBe('Hispanic or Latino');
    expect(lineOf(body, cole)).toMatchObject({ suppressed: true, reason: 'in_file' });
    expect(lineOf(body, baker)).toMatchObject({ value: 30, n: 60 });
    expect(body.district).toEqual({ value: 38, n: 100 });
  });

  it('follows the district threshold of the monitoring settings', async () => {
    const settings = json(await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/monitoring/settings`, headers: administrator.auth }));
    const saved = await t.app.inject({ method: 'PUT', url: `/api/districts/${districtId}/monitoring/settings`, headers: administrator.auth, payload: { ...settings, suppressionThreshold: 3 } });
    expect(saved.statusCode, saved.body).toBe(200);
    try {
      const body = json(await read('by=school&period=2022-23'));
      expect(body.threshold).toBe(3);
      expect(lineOf(body, cole)).toMatchObject({ value: 80, n: 5 });
    } finally {
      const current = json(await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/monitoring/settings`, headers: administrator.auth }));
      await t.app.inject({ method: 'PUT', url: `/api/districts/${districtId}/monitoring/settings`, headers: administrator.auth, payload: { ...current, suppressionThreshold: 10 } });
    }
  });
});

describe('indicator by group and by period', () => {
  it("combines one group's spellings, gives gaps to all students and to a comparison group", async () => {
    const res = await read('by=group&period=2022-23&compare=White');
    expect(res.statusCode, res.body).toBe(200);
    const body = json(res);
    expect(body.compare).toBe('White');
    expect(body.cells.map((c: Line) => c.key)).toEqual(['all', 'hispanic', 'white', 'english_learner']);
    expect(lineOf(body, 'hispanic')).toMatchObject({ label: 'Hispanic or Latino', value: 38, n: 100, gap_to_comparison: -4.5 });
    expect(lineOf(body, 'white')).toMatchObject({ value: 42.5, n: 240, gap_to_comparison: null });
    expect(lineOf(body, 'english_learner')).toMatchObject({ suppressed: true, reason: 'small_group' });
    expect(body.comparison).toEqual({ value: 42.5, n: 240 });
  });

  it("reads one school's groups against the district", async () => {
    const body = json(await read(`by=group&period=2022-23&school=${baker}`));
    expect(body.school_id).toBe(baker);
    expect(lineOf(body, 'all')).toMatchObject({ value: 40, n: 300, gap_to_district: expect.closeTo(-5.432099, 5) });
    expect(lineOf(body, 'hispanic')).toMatchObject({ value: 30, n: 60 });
    expect(lineOf(body, 'english_learner')).toMatchObject({ suppressed: true, reason: 'small_group' });
  });

  it('gives the series over time with the change from the period before', async () => {
    const body = json(await read(`by=period&school=${baker}`));
    expect(body.cells).toEqual([
      expect.objectContaining({ key: '2021-22', value: 35, n: 300, change: null, previous_period: null, gap_to_district: expect.any(Number) }),
      expect.objectContaining({ key: '2022-23', value: 40, n: 300, change: 5, previous_period: '2021-22' }),
    ]);
  });
});

describe('indicator errors and isolation', () => {
  it.each([
    ['by=district', 'query/by'],
    ['period=1999-00', '/period'],
    ['group=Martians', '/group'],
    ['compare=Martians', '/compare'],
    ['school=7b1f0f7e-55a4-4c35-9f0e-3f3b3a1f0c11', '/school'],
    ['school=nope', 'query/school'],
  ])('%s is 400 naming %s', async (query, path) => {
    const res = await read(query);
    expect(res.statusCode, res.body).toBe(400);
    expect(json(res).error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('is 404 for a metric the district has no data for, and for another district', async () => {
    expect((await read('by=school', viewer, 'no_such_metric')).statusCode).toBe(404);
    expect((await read('by=school', otherAdmin)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/evidence/metrics`, headers: otherAdmin.auth })).statusCode).toBe(404);
    expect(json(await read('by=school', otherAdmin, 'ela_proficiency', otherDistrictId)).error.code).toBe('not_found');
  });
});

describe('the metrics list', () => {
  it("lists the district's metrics with their periods, groups and schools", async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/evidence/metrics`, headers: viewer.auth });
    expect(res.statusCode, res.body).toBe(200);
    const ela = json(res).metrics.find((m: { key: string }) => m.key === 'ela_proficiency');
    expect(ela).toEqual({ key: 'ela_proficiency', label: 'ELA proficiency', unit: 'percent', higher_is_better: true, periods: ['2021-22', '2022-23'], groups: ['English learners', 'Hispanic or Latino', 'White'], schools: 3 });
  });
});
