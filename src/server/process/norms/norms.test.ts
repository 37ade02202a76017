import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let districtId: string;
let cycleId: string;
let planner: Awaited<ReturnType<TestApp['factories']['user']>>;
let viewer: Awaited<ReturnType<TestApp['factories']['user']>>;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Cedar Falls' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner', name: 'Pat Planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  const res = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/cycles`, headers: planner.auth, payload: { templateId: 'louisiana-strong-school-systems', name: 'Cedar Falls 2030', startDate: '2026-09-01' } });
  cycleId = json(res).id;
});
afterAll(() => t.close());

const consensus = { method: 'consensus', fallback: 'If we cannot agree after two meetings, a two-thirds majority decides.', quorum: 'Half the members plus one' };
const save = (body: object, headers = planner.auth) => t.app.inject({ method: 'PUT', url: `/api/cycles/${cycleId}/norms`, headers, payload: body });
const read = async (headers = viewer.auth) => json(await t.app.inject({ method: 'GET', url: `/api/cycles/${cycleId}/norms`, headers }));

describe('norms and decision protocol', () => {
  it('starts empty, saves versions, and keeps every one readable', async () => {
    expect(await read()).toEqual({ current: null, versions: [] });
    const first = await save({ basedOn: 0, norms: ['  Start and end on time ', 'Assume good intent'], decision: consensus, changeNote: 'First draft' });
    expect(first.statusCode).toBe(200);
    expect(json(first)).toMatchObject({ number: 1, norms: ['Start and end on time', 'Assume good intent'], author: 'Pat Planner', changeNote: 'First draft', decision: { method: 'consensus', description: null, quorum: 'Half the members plus one' } });
    const second = await save({ basedOn: 1, norms: ['Start and end on time', 'Students first'], notes: 'Agreed at the kickoff', decision: { method: 'fist_to_five', description: 'Three fingers or more from everyone carries a decision' } });
    expect(json(second)).toMatchObject({ number: 2, notes: 'Agreed at the kickoff', changeNote: null, decision: { method: 'fist_to_five', fallback: null } });

    const document = await read();
    expect(document.current.number).toBe(2);
    expect(document.versions.map((v: { number: number; changeNote: string | null }) => [v.number, v.changeNote])).toEqual([[2, null], [1, 'First draft']]);
    const old = json(await t.app.inject({ method: 'GET', url: `/api/cycles/${cycleId}/norms/versions/1`, headers: viewer.auth }));
    expect(old.norms).toEqual(['Start and end on time', 'Assume good intent']);
    expect((await t.app.inject({ method: 'GET', url: `/api/cycles/${cycleId}/norms/versions/9`, headers: viewer.auth })).statusCode).toBe(404);

    const audit = await t.ctx.db.selectFrom('audit_events').select(['action', 'before']).where('organization_id', '=', districtId).where('action', '=', 'norms.saved').orderBy('id').execute();
    expect(audit).toHaveLength(2);
    expect(audit[1]!.before).toMatchObject({ number: 1 });
  });

  it('refuses a save based on an old version with the current one', async () => {
    const { current } = await read();
    const stale = await save({ basedOn: current.number - 1, norms: ['Lost edit'], decision: { method: 'majority' } });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.code).toBe('conflict');
    expect(json(stale).error.current).toMatchObject({ number: current.number, norms: current.norms });
    expect((await read()).versions).toHaveLength(current.number);
  });

  it('lets only one of two saves based on the same version through', async () => {
    const { current } = await read();
    const body = (text: string) => ({ basedOn: current.number, norms: [text], decision: { method: 'majority' } });
    const [a, b] = await Promise.all([save(body('First writer')), save(body('Second writer'))]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const after = await read();
    expect(after.versions).toHaveLength(current.number + 1);
    expect(['First writer', 'Second writer']).toContain(after.current.norms[0]);
  });

  it('names the bad fields', async () => {
    const bad = await save({ basedOn: -1, norms: ['Fine', ''], decision: { method: 'vote by mood' } });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.details.map((d: { path: string }) => d.path).sort()).toEqual(['/basedOn', '/decision/method', '/norms/1']);
    const { current } = await read();
    const empty = await save({ basedOn: current.number, norms: [], decision: { method: 'majority' } });
    expect(json(empty).error.details).toEqual([{ path: '/norms', message: 'must list at least one norm', code: 'too_few', params: { minimum: 1 } }]);
    const other = await save({ basedOn: current.number, norms: ['Fine'], decision: { method: 'other' } });
    expect(json(other).error.details).toEqual([{ path: '/decision/description', message: 'is required when the method is other', code: 'required' }]);
    expect((await read()).versions).toHaveLength(current.number);
  });

  it('lets viewers read but not save, and keeps other districts out', async () => {
    expect((await save({ basedOn: 2, norms: ['Mine'], decision: { method: 'majority' } }, viewer.auth)).statusCode).toBe(403);
    const otherDistrict = await t.factories.organization({ name: 'Elsewhere' });
    const stranger = await t.factories.user({ organizationId: otherDistrict.id, role: 'administrator' });
    expect((await t.app.inject({ method: 'GET', url: `/api/cycles/${cycleId}/norms`, headers: stranger.auth })).statusCode).toBe(404);
    expect((await save({ basedOn: 2, norms: ['Theirs'], decision: { method: 'majority' } }, stranger.auth)).statusCode).toBe(404);
  });
});
