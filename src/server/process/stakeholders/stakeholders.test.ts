import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
let viewer: Person;
let otherAdmin: Person;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Prairie View' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner', name: 'Pat Planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  const otherDistrict = (await t.factories.organization({ name: 'Elsewhere' })).id;
  otherAdmin = await t.factories.user({ organizationId: otherDistrict, role: 'administrator' });
});
afterAll(() => t.close());

async function startCycle(headers = planner.auth, district = districtId) {
  const res = await t.app.inject({ method: 'POST', url: `/api/districts/${district}/cycles`, headers, payload: { templateId: 'thru-community-planning', name: 'Prairie View 2030', startDate: '2026-09-01' } });
  expect(res.statusCode).toBe(201);
  return json(res) as { id: string; phases: Array<{ id: string }> };
}
const post = (url: string, payload: object, headers = planner.auth) => t.app.inject({ method: 'POST', url, headers, payload });
const patch = (url: string, payload: object, headers = planner.auth) => t.app.inject({ method: 'PATCH', url, headers, payload });
const read = async (cycleId: string, headers = viewer.auth) => json(await t.app.inject({ method: 'GET', url: `/api/cycles/${cycleId}/engagement`, headers }));

describe('stakeholder groups', () => {
  it('adds a group with its contacts, edits it with optimistic locking, and removes it', async () => {
    const cycle = await startCycle();
    const created = await post(`/api/cycles/${cycle.id}/stakeholder-groups`, {
      name: 'Families of English learners',
      constituency: 'families',
      estimatedSize: 420,
      contacts: [{ name: 'Ana Ruiz', email: 'Ana@Example.org' }, { email: 'ben@example.org' }],
    });
    expect(created.statusCode).toBe(201);
    const group = json(created);
    expect(group).toMatchObject({ name: 'Families of English learners', constituency: 'families', estimatedSize: 420, description: '', notes: '', version: 1 });
    expect(group.contacts).toEqual([{ name: 'Ana Ruiz', email: 'ana@example.org' }, { name: '', email: 'ben@example.org' }]);
    expect((await read(cycle.id)).groups.map((g: { name: string }) => g.name)).toEqual(['Families of English learners']);

    const url = `/api/cycles/${cycle.id}/stakeholder-groups/${group.id}`;
    const changed = json(await patch(url, { version: 1, notes: 'Reach through the parent liaisons', contacts: [{ name: 'Cai', email: 'cai@example.org' }] }));
    expect(changed).toMatchObject({ version: 2, notes: 'Reach through the parent liaisons', name: 'Families of English learners', contacts: [{ name: 'Cai', email: 'cai@example.org' }] });
    const stale = await patch(url, { version: 1, name: 'Lost' });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.current.version).toBe(2);
    expect((await t.app.inject({ method: 'DELETE', url, headers: planner.auth })).statusCode).toBe(204);
    expect((await read(cycle.id)).groups).toEqual([]);
    const actions = await t.ctx.db.selectFrom('audit_events').select('action').where('entity_id', '=', group.id).orderBy('created_at').execute();
    expect(actions.map((a) => a.action)).toEqual(['stakeholders.group_added', 'stakeholders.group_changed', 'stakeholders.group_removed']);
  });

  it('names bad fields: a constituency outside the list, a bad address, an address listed twice', async () => {
    const cycle = await startCycle();
    const bad = await post(`/api/cycles/${cycle.id}/stakeholder-groups`, { name: ' ', constituency: 'aliens', contacts: [{ name: 'X', email: 'nope' }] });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.details.map((d: { path: string }) => d.path).sort()).toEqual(['/constituency', '/contacts/0/email', '/name']);
    const twice = await post(`/api/cycles/${cycle.id}/stakeholder-groups`, { name: 'Staff', constituency: 'teachers', contacts: [{ email: 'a@example.org' }, { email: 'A@example.org' }] });
    expect(json(twice).error.details).toEqual([{ path: '/contacts/1/email', message: 'lists a@example.org twice', code: 'duplicate' }]);
  });
});

describe('engagement plan', () => {
  it('plans a group in a phase with a lead, shows the lead by name to readers, and tracks status', async () => {
    const cycle = await startCycle();
    const group = json(await post(`/api/cycles/${cycle.id}/stakeholder-groups`, { name: 'Students', constituency: 'students' }));
    const phaseId = cycle.phases[0]!.id;
    const created = await post(`/api/cycles/${cycle.id}/engagements`, { stakeholderGroupId: group.id, phaseId, method: 'focus_group', startDate: '2026-09-14', endDate: '2026-09-18', leadUserId: planner.id });
    expect(created.statusCode).toBe(201);
    const entry = json(created);
    expect(entry).toMatchObject({ stakeholderGroupId: group.id, phaseId, method: 'focus_group', status: 'planned', leadName: 'Pat Planner', startDate: '2026-09-14', endDate: '2026-09-18' });
    const url = `/api/cycles/${cycle.id}/engagements/${entry.id}`;
    expect(json(await patch(url, { version: 1, status: 'done' }))).toMatchObject({ status: 'done', version: 2, leadName: 'Pat Planner' });
    expect((await patch(url, { version: 1, status: 'cancelled' })).statusCode).toBe(409);
    const { engagements } = await read(cycle.id);
    expect(engagements).toEqual([expect.objectContaining({ id: entry.id, status: 'done', leadName: 'Pat Planner' })]);
    // Removing the group takes its engagements with it.
    await t.app.inject({ method: 'DELETE', url: `/api/cycles/${cycle.id}/stakeholder-groups/${group.id}`, headers: planner.auth });
    expect((await read(cycle.id)).engagements).toEqual([]);
  });

  it('refuses a phase of another cycle, a lead from another district and a window that ends first, by field', async () => {
    const cycle = await startCycle();
    const other = await startCycle();
    const group = json(await post(`/api/cycles/${cycle.id}/stakeholder-groups`, { name: 'Board', constituency: 'board' }));
    const base = { stakeholderGroupId: group.id, phaseId: cycle.phases[0]!.id, method: 'town_hall' };
    const foreignPhase = await post(`/api/cycles/${cycle.id}/engagements`, { ...base, phaseId: other.phases[0]!.id });
    expect(json(foreignPhase).error.details).toEqual([{ path: '/phaseId', message: 'is not a phase of this cycle', code: 'not_in_this_cycle' }]);
    const foreignLead = await post(`/api/cycles/${cycle.id}/engagements`, { ...base, leadUserId: otherAdmin.id });
    expect(json(foreignLead).error.details).toEqual([{ path: '/leadUserId', message: 'is not a member of this district', code: 'not_a_member' }]);
    const backwards = await post(`/api/cycles/${cycle.id}/engagements`, { ...base, startDate: '2026-10-02', endDate: '2026-10-01' });
    expect(json(backwards).error.details).toEqual([{ path: '/endDate', message: 'must be on or after the start date', code: 'end_before_start' }]);
    const badMethod = await post(`/api/cycles/${cycle.id}/engagements`, { ...base, method: 'carrier_pigeon' });
    expect(json(badMethod).error.details.map((d: { path: string }) => d.path)).toEqual(['/method']);
    const foreignGroup = json(await post(`/api/cycles/${other.id}/stakeholder-groups`, { name: 'Other', constituency: 'community' }));
    const wrongGroup = await post(`/api/cycles/${cycle.id}/engagements`, { ...base, stakeholderGroupId: foreignGroup.id });
    expect(json(wrongGroup).error.details).toEqual([{ path: '/stakeholderGroupId', message: 'is not a stakeholder group of this cycle', code: 'not_in_this_cycle' }]);
  });

  it('lets viewers read only, and hides the cycle from another district', async () => {
    const cycle = await startCycle();
    expect((await post(`/api/cycles/${cycle.id}/stakeholder-groups`, { name: 'x', constituency: 'community' }, viewer.auth)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/cycles/${cycle.id}/engagement`, headers: viewer.auth })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/cycles/${cycle.id}/engagement`, headers: otherAdmin.auth })).statusCode).toBe(404);
    expect((await post(`/api/cycles/${cycle.id}/stakeholder-groups`, { name: 'x', constituency: 'community' }, otherAdmin.auth)).statusCode).toBe(404);
  });
});
