import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let districtId: string;
let planner: Awaited<ReturnType<TestApp['factories']['user']>>;
let viewer: Awaited<ReturnType<TestApp['factories']['user']>>;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Prairie View' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
});
afterAll(() => t.close());

async function startCycle(templateId: string) {
  const res = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/cycles`, headers: planner.auth, payload: { templateId, name: 'Prairie View 2030', startDate: '2026-09-01' } });
  expect(res.statusCode).toBe(201);
  return json(res).id as string;
}
const seat = (cycleId: string, body: object, headers = planner.auth) =>
  t.app.inject({ method: 'POST', url: `/api/cycles/${cycleId}/committee`, headers, payload: { committeeRole: 'member', ...body } });
const roster = async (cycleId: string, headers = viewer.auth) => json(await t.app.inject({ method: 'GET', url: `/api/cycles/${cycleId}/committee`, headers }));

describe('steering committee and representation', () => {
  it('flags a CEC roster without a union leader, and clears once one joins', async () => {
    const cycleId = await startCycle('cec-strategic-planning');
    await seat(cycleId, { name: 'Board president', constituency: 'board', committeeRole: 'sponsor' });
    await seat(cycleId, { name: 'Superintendent', constituency: 'district_leadership', committeeRole: 'chair' });
    await seat(cycleId, { name: 'Grade 4 teacher', constituency: 'teachers' });
    const before = await roster(cycleId);
    expect(before.members.map((m: { name: string }) => m.name)).toEqual(['Board president', 'Superintendent', 'Grade 4 teacher']);
    expect(before.representation.required).toEqual(expect.arrayContaining(['board', 'union_or_association', 'district_leadership']));
    expect(before.representation.gaps).toEqual([{ constituency: 'union_or_association', needed: 1, actual: 0, source: 'template' }]);
    const union = await seat(cycleId, { name: "Teachers' association president", constituency: 'union_or_association', email: 'union@example.org' });
    expect(union.statusCode).toBe(201);
    expect((await roster(cycleId)).representation.gaps).toEqual([]);
  });

  it("holds the district's own targets beside the framework's", async () => {
    const cycleId = await startCycle('custom');
    const set = await t.app.inject({ method: 'PUT', url: `/api/cycles/${cycleId}/representation-targets`, headers: planner.auth, payload: { targets: [{ constituency: 'families', minimum: 2 }, { constituency: 'students', minimum: 1 }] } });
    expect(set.statusCode).toBe(204);
    await seat(cycleId, { name: 'PTA chair', constituency: 'families' });
    const { representation } = await roster(cycleId);
    expect(representation.gaps).toEqual([
      { constituency: 'families', needed: 2, actual: 1, source: 'district' },
      { constituency: 'students', needed: 1, actual: 0, source: 'district' },
    ]);
    const twice = await t.app.inject({ method: 'PUT', url: `/api/cycles/${cycleId}/representation-targets`, headers: planner.auth, payload: { targets: [{ constituency: 'families', minimum: 2 }, { constituency: 'families', minimum: 3 }] } });
    expect(json(twice).error.details).toEqual([{ path: '/targets/1/constituency', message: 'is listed twice', code: 'duplicate' }]);
  });

  it('edits with optimistic locking, and removes', async () => {
    const cycleId = await startCycle('custom');
    const member = json(await seat(cycleId, { name: 'Chair', constituency: 'community' }));
    const url = `/api/cycles/${cycleId}/committee/${member.id}`;
    const changed = await t.app.inject({ method: 'PATCH', url, headers: planner.auth, payload: { version: member.version, committeeRole: 'chair', isActive: false } });
    expect(json(changed)).toMatchObject({ committeeRole: 'chair', isActive: false, name: 'Chair', constituency: 'community' });
    const stale = await t.app.inject({ method: 'PATCH', url, headers: planner.auth, payload: { version: member.version, name: 'Lost' } });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.current.committeeRole).toBe('chair');
    expect((await t.app.inject({ method: 'DELETE', url, headers: planner.auth })).statusCode).toBe(204);
    expect((await roster(cycleId)).members).toEqual([]);
  });

  it('names bad fields, keeps accounts to the district, and lets viewers only read', async () => {
    const cycleId = await startCycle('custom');
    const bad = await seat(cycleId, { name: '', constituency: 'aliens', email: 'nope' });
    expect(json(bad).error.details.map((d: { path: string }) => d.path).sort()).toEqual(['/constituency', '/email', '/name']);
    const stranger = await t.factories.user();
    const foreign = await seat(cycleId, { name: 'Stranger', constituency: 'community', userId: stranger.id });
    expect(json(foreign).error.details).toEqual([{ path: '/userId', message: 'is not a member of this district', code: 'not_a_member' }]);
    expect((await seat(cycleId, { name: 'x', constituency: 'community' }, viewer.auth)).statusCode).toBe(403);
    const audit = await t.ctx.db.selectFrom('audit_events').select('action').where('organization_id', '=', districtId).where('action', 'like', 'committee.%').execute();
    expect(audit.length).toBeGreaterThan(0);
  });
});
