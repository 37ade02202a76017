import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../platform/audit/actor.js';
import { addSchool } from '../../platform/organizations/manage-schools.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { uploadDataset } from '../../testing/evidence-test-kit.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
let viewer: Person;
let agnor: string;

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization()).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  agnor = (await addSchool({ db: t.ctx.db, actor: cliActor, organizationId: districtId, name: 'Agnor-Hurt Elementary School', code: 'AH01' })).id;
  await addSchool({ db: t.ctx.db, actor: cliActor, organizationId: districtId, name: 'Burley Middle School', code: null });
  // Codes first (the file says "ah01"), then names; district rows; the rest unmatched.
  const csv = [
    'code,school,year,group,metric,value,n',
    'ah01,Agnor Hurt,2022-23,All Students,attendance_rate,94,310',
    ',Burley Middle School,2022-23,All Students,attendance_rate,92,500',
    ',Brownsville Elem,2022-23,All Students,attendance_rate,95,400',
    ',Division Total,2022-23,All Students,attendance_rate,93,4000',
  ].join('\n');
  const created = json(await uploadDataset(t, districtId, planner.auth, { name: 'a.csv', content: csv }));
  const mapping = { headerRow: 1, entity: { codeColumn: 'code', nameColumn: 'school', districtValues: ['Division Total'] }, period: { column: 'year' }, group: { column: 'group' }, metric: { column: 'metric' }, valueColumn: 'value', nColumn: 'n', percentScale: '0_100' };
  const res = await t.app.inject({ method: 'POST', url: `/api/datasets/${created.id}/import`, headers: planner.auth, payload: { mapping, version: created.version } });
  expect(res.statusCode, res.body).toBe(202);
});
afterAll(() => t.close());

const url = () => `/api/districts/${districtId}/evidence/entities`;
const read = async () => json(await t.app.inject({ method: 'GET', url: url(), headers: viewer.auth }));
const byName = (body: { entities: Array<{ name: string }> }, name: string) => body.entities.find((entity) => entity.name === name) as Record<string, any>;

describe('the schools the files name', () => {
  it('are matched by code, then by name; district rows are the district; the rest unmatched with suggestions', async () => {
    const body = await read();
    expect(byName(body, 'Agnor Hurt')).toMatchObject({ status: 'school', school_id: agnor, school_name: 'Agnor-Hurt Elementary School', rows: 1 });
    expect(byName(body, 'Burley Middle School')).toMatchObject({ status: 'school' });
    expect(byName(body, 'Division Total')).toMatchObject({ status: 'district', school_id: null });
    expect(byName(body, 'Brownsville Elem')).toMatchObject({ status: 'unmatched', school_id: null, suggestions: [] });
    expect(body.schools).toHaveLength(2);
  });

  it('are resolved on the entities screen: a new school made from the file, ignored, or matched; with an audit row', async () => {
    const brownsville = byName(await read(), 'Brownsville Elem');
    const res = await t.app.inject({ method: 'PUT', url: url(), headers: planner.auth, payload: { entities: [{ key: brownsville.key, status: 'school', add_school: true }] } });
    expect(res.statusCode, res.body).toBe(200);
    const added = byName(json(res), 'Brownsville Elem');
    expect(added).toMatchObject({ status: 'school', school_name: 'Brownsville Elem' });
    expect(json(res).schools).toHaveLength(3);
    const ignored = await t.app.inject({ method: 'PUT', url: url(), headers: planner.auth, payload: { entities: [{ key: brownsville.key, status: 'ignored' }] } });
    expect(byName(json(ignored), 'Brownsville Elem')).toMatchObject({ status: 'ignored', school_id: null });
    const matched = await t.app.inject({ method: 'PUT', url: url(), headers: planner.auth, payload: { entities: [{ key: brownsville.key, status: 'school', school_id: agnor }] } });
    expect(byName(json(matched), 'Brownsville Elem')).toMatchObject({ status: 'school', school_id: agnor });
    const audit = await t.ctx.db.selectFrom('audit_events').select(['action', 'after']).where('organization_id', '=', districtId).where('action', 'in', ['evidence.entities_saved', 'school.created']).execute();
    expect(audit.filter((row) => row.action === 'evidence.entities_saved')).toHaveLength(3);
    expect(audit.filter((row) => row.action === 'school.created').map((row) => (row.after as { name: string }).name)).toContain('Brownsville Elem');
  });

  it('suggests the district schools with the most alike names for an unmatched one', async () => {
    const brownsville = byName(await read(), 'Brownsville Elem');
    await t.app.inject({ method: 'PUT', url: url(), headers: planner.auth, payload: { entities: [{ key: brownsville.key, status: 'unmatched' }] } });
    expect(byName(await read(), 'Brownsville Elem').suggestions[0]).toMatchObject({ name: 'Brownsville Elem', score: 1 });
  });

  it('refuses bad choices with 400 naming the field, and viewers may not change them', async () => {
    const agnorEntity = byName(await read(), 'Agnor Hurt');
    const cases: Array<[object, string]> = [
      [{ key: 'no such school', status: 'ignored' }, '/entities/0/key'],
      [{ key: agnorEntity.key, status: 'school' }, '/entities/0/school_id'],
      [{ key: agnorEntity.key, status: 'school', school_id: '00000000-0000-4000-8000-000000000000' }, '/entities/0/school_id'],
      [{ key: agnorEntity.key, status: 'elsewhere' }, '/entities/0/status'],
    ];
    for (const [entity, path] of cases) {
      const res = await t.app.inject({ method: 'PUT', url: url(), headers: planner.auth, payload: { entities: [entity] } });
      expect(res.statusCode, JSON.stringify(entity)).toBe(400);
      expect(json(res).error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    expect((await t.app.inject({ method: 'PUT', url: url(), headers: viewer.auth, payload: { entities: [] } })).statusCode).toBe(403);
  });
});
