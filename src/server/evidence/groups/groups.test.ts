import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { longCsv, uploadDataset } from '../../testing/evidence-test-kit.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
let viewer: Person;

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization()).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  const csv = longCsv([
    ['Agnor', '2022-23', 'All Students', 'attendance_rate', '94', '310'],
    ['Agnor', '2022-23', 'Hispanic', 'attendance_rate', '91', '40'],
    ['Burley', '2022-23', 'Hispanic/Latino', 'attendance_rate', '90', '30'],
    ['Cale', '2022-23', 'Latino', 'attendance_rate', '89', '20'],
    ['Cale', '2022-23', 'Latino', 'chronic_absence', '9', '20'],
    ['Cale', '2022-23', 'Robotics Club', 'attendance_rate', '97', '12'],
  ]);
  const created = json(await uploadDataset(t, districtId, planner.auth, { name: 'g.csv', content: csv }));
  const mapping = { headerRow: 1, entity: { nameColumn: 'school' }, period: { column: 'year' }, group: { column: 'group' }, metric: { column: 'metric' }, valueColumn: 'value', nColumn: 'n', percentScale: '0_100' };
  expect((await t.app.inject({ method: 'POST', url: `/api/datasets/${created.id}/import`, headers: planner.auth, payload: { mapping, version: created.version } })).statusCode).toBe(202);
});
afterAll(() => t.close());

const url = () => `/api/districts/${districtId}/evidence/groups`;
const labelOf = (body: { labels: Array<{ label: string; group_key?: string | null }> }, label: string) => body.labels.find((row) => row.label === label);

describe('the student group labels of the files', () => {
  it('"Hispanic", "Hispanic/Latino" and "Latino" are one group of the district list, with their rows', async () => {
    const body = json(await t.app.inject({ method: 'GET', url: url(), headers: viewer.auth }));
    const keys = ['Hispanic', 'Hispanic/Latino', 'Latino'].map((label) => labelOf(body, label)?.group_key);
    expect(new Set(keys)).toEqual(new Set(['hispanic']));
    expect(labelOf(body, 'Latino')).toMatchObject({ match: 'alias', group_name: 'Hispanic or Latino', rows: 2 });
    expect(labelOf(body, 'All Students')).toMatchObject({ match: 'listed', group_key: 'all' });
    expect(labelOf(body, 'Robotics Club')).toMatchObject({ match: 'unknown', group_key: null, rows: 1 });
    expect(body.groups).toContainEqual({ key: 'hispanic', name: 'Hispanic or Latino' });
  });

  it('are mapped on the groups screen (or set aside as not a group), with an audit row; a key not on the list is 400', async () => {
    const res = await t.app.inject({ method: 'PUT', url: url(), headers: planner.auth, payload: { labels: [{ label: 'Robotics Club', group_key: null }, { label: 'Latino', group_key: 'white' }] } });
    expect(res.statusCode, res.body).toBe(200);
    expect(labelOf(json(res), 'Robotics Club')).toMatchObject({ match: 'not_a_group', group_key: null });
    expect(labelOf(json(res), 'Latino')).toMatchObject({ match: 'mapped', group_key: 'white' });
    const audit = await t.ctx.db.selectFrom('audit_events').select('action').where('organization_id', '=', districtId).where('action', '=', 'evidence.group_labels_saved').execute();
    expect(audit).toHaveLength(1);
    const bad = await t.app.inject({ method: 'PUT', url: url(), headers: planner.auth, payload: { labels: [{ label: 'Latino', group_key: 'martians' }] } });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.details[0].path).toBe('/labels/0/group_key');
    expect((await t.app.inject({ method: 'PUT', url: url(), headers: viewer.auth, payload: { labels: [] } })).statusCode).toBe(403);
  });
});
