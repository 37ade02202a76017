import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let districtId: string;
type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let planner: Person;
let viewer: Person;
let otherDistrictId: string;

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Larch Valley Schools' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  otherDistrictId = (await t.factories.organization({ name: 'Other Unified' })).id;
});
afterAll(() => t.close());

const url = (id = districtId) => `/api/districts/${id}/population`;
const read = (who: Person = viewer) => t.app.inject({ method: 'GET', url: url(), headers: who.auth });
const save = (payload: object, who: Person = planner, id = districtId) => t.app.inject({ method: 'PUT', url: url(id), headers: who.auth, payload });

describe('who the district serves', () => {
  it('is empty at first, with suggestions to start from, and reading writes nothing', async () => {
    const body = json(await read());
    expect(body).toMatchObject({ version: 0, schools: [''], lists: [] });
    expect(body.suggestions.role).toContainEqual({ key: 'families', label: 'Parents and families' });
    expect(await t.ctx.db.selectFrom('populations').selectAll().where('organization_id', '=', districtId).execute()).toEqual([]);
  });

  it('saves a district-wide list and a school list as versions, keys made from labels, with audit rows', async () => {
    const first = await save({ version: 0, dimension: 'role', groups: [{ key: 'families', label: 'Parents and families', count: 9000 }, { label: 'Teachers', count: 600 }] });
    expect(first.statusCode, first.body).toBe(200);
    expect(json(first).lists).toEqual([{ school: '', dimension: 'role', total: 9600, groups: [{ key: 'families', label: 'Parents and families', count: 9000, source: 'entered' }, { key: 'teachers', label: 'Teachers', count: 600, source: 'entered' }] }]);
    const second = await save({ version: 1, school: 'Cedar Elementary', dimension: 'home_language', groups: [{ label: 'English', count: 300 }, { label: 'Spanish', count: 120 }] });
    expect(json(second)).toMatchObject({ version: 2, schools: ['', 'Cedar Elementary'] });
    const audits = await t.ctx.db.selectFrom('audit_events').select('action').where('organization_id', '=', districtId).where('action', '=', 'population.saved').execute();
    expect(audits).toHaveLength(2);
  });

  it('refuses a stale version with 409 and the current population, changing nothing', async () => {
    const res = await save({ version: 1, dimension: 'role', groups: [] });
    expect(res.statusCode).toBe(409);
    expect(json(res).error.current.version).toBe(2);
    expect(json(await read()).lists).toHaveLength(2);
  });

  it('removes a list saved empty', async () => {
    const res = await save({ version: 2, school: 'Cedar Elementary', dimension: 'home_language', groups: [] });
    expect(json(res)).toMatchObject({ version: 3, schools: [''] });
  });

  it.each([
    [{ version: 3, dimension: 'shoe_size', groups: [] }, '/dimension'],
    [{ version: 3, dimension: 'role', groups: [{ label: 'Staff', count: -1 }] }, '/groups/0/count'],
    [{ version: 3, dimension: 'role', groups: [{ label: '', count: 1 }] }, '/groups/0/label'],
    [{ version: 3, dimension: 'role', groups: [{ label: 'Staff', count: 1 }, { label: 'staff!', count: 2 }] }, '/groups/1/label'],
    [{ version: 3, dimension: 'role', groups: [{ key: 'Not A Key', label: 'Staff', count: 1 }] }, '/groups/0/key'],
  ])('refuses %j naming %s, storing nothing', async (payload, path) => {
    const res = await save(payload);
    expect(res.statusCode).toBe(400);
    expect(json(res).error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect(json(await read()).version).toBe(3);
  });

  it('is written by planners only, and never across districts', async () => {
    expect((await save({ version: 3, dimension: 'role', groups: [] }, viewer)).statusCode).toBe(403);
    expect((await save({ version: 0, dimension: 'role', groups: [] }, planner, otherDistrictId)).statusCode).toBe(404);
  });
});
