import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let districtId: string;
let admin: Awaited<ReturnType<TestApp['factories']['user']>>;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization()).id;
  admin = await t.factories.user({ organizationId: districtId, role: 'administrator' });
});
afterAll(() => t.close());

const membersUrl = () => `/api/organizations/${districtId}/members`;
async function memberOf(userId: string) {
  const list = json(await t.app.inject({ method: 'GET', url: membersUrl(), headers: admin.auth }));
  return list.members.find((m: { userId: string }) => m.userId === userId);
}
const auditCount = async () => (await t.ctx.db.selectFrom('audit_events').select('id').where('organization_id', '=', districtId).execute()).length;

describe('people and roles', () => {
  it('changes a role, recording who did it with the values before and after', async () => {
    const person = await t.factories.user({ organizationId: districtId, role: 'viewer' });
    const current = await memberOf(person.id);
    const res = await t.app.inject({ method: 'PATCH', url: `${membersUrl()}/${person.id}`, headers: admin.auth, payload: { role: 'planner', version: current.version } });
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({ role: 'planner', version: current.version + 1 });
    const event = await t.ctx.db.selectFrom('audit_events').selectAll().where('entity_id', '=', person.id).where('action', '=', 'member.changed').executeTakeFirstOrThrow();
    expect(event.before).toEqual({ role: 'viewer', isActive: true });
    expect(event.after).toEqual({ role: 'planner', isActive: true });
    expect(event.actor_label).toBe(`${admin.email} (API token)`);
  });

  it('refuses a stale write with 409 and the current record, changing nothing', async () => {
    const person = await t.factories.user({ organizationId: districtId, role: 'viewer' });
    const { version } = await memberOf(person.id);
    await t.app.inject({ method: 'PATCH', url: `${membersUrl()}/${person.id}`, headers: admin.auth, payload: { role: 'contributor', version } });
    const before = await auditCount();
    const stale = await t.app.inject({ method: 'PATCH', url: `${membersUrl()}/${person.id}`, headers: admin.auth, payload: { role: 'planner', version } });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error).toMatchObject({ code: 'conflict', current: { role: 'contributor' } });
    expect((await memberOf(person.id)).role).toBe('contributor');
    expect(await auditCount()).toBe(before);
  });

  it('never removes, demotes or deactivates the last active administrator', async () => {
    const lone = await t.factories.organization();
    const onlyAdmin = await t.factories.user({ organizationId: lone.id, role: 'administrator' });
    const url = `/api/organizations/${lone.id}/members/${onlyAdmin.id}`;
    const demote = await t.app.inject({ method: 'PATCH', url, headers: onlyAdmin.auth, payload: { role: 'viewer', version: 1 } });
    const deactivate = await t.app.inject({ method: 'PATCH', url, headers: onlyAdmin.auth, payload: { isActive: false, version: 1 } });
    const remove = await t.app.inject({ method: 'DELETE', url, headers: onlyAdmin.auth });
    for (const res of [demote, deactivate, remove]) {
      expect(res.statusCode).toBe(409);
      expect(json(res).error.code).toBe('last_administrator');
    }
    const second = await t.factories.user({ organizationId: lone.id, role: 'administrator' });
    expect((await t.app.inject({ method: 'PATCH', url, headers: second.auth, payload: { role: 'viewer', version: 1 } })).statusCode).toBe(200);
  });

  it('deactivating someone closes the organization to them at once', async () => {
    const person = await t.factories.user({ organizationId: districtId, role: 'planner' });
    expect((await t.app.inject({ method: 'GET', url: membersUrl(), headers: person.auth })).statusCode).toBe(200);
    const { version } = await memberOf(person.id);
    const res = await t.app.inject({ method: 'PATCH', url: `${membersUrl()}/${person.id}`, headers: admin.auth, payload: { isActive: false, version } });
    expect(json(res).isActive).toBe(false);
    expect((await t.app.inject({ method: 'GET', url: membersUrl(), headers: person.auth })).statusCode).toBe(404);
    const back = await t.app.inject({ method: 'PATCH', url: `${membersUrl()}/${person.id}`, headers: admin.auth, payload: { isActive: true, version: version + 1 } });
    expect(back.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: membersUrl(), headers: person.auth })).statusCode).toBe(200);
  });

  it('refuses a network role in a district, naming the field', async () => {
    const person = await t.factories.user({ organizationId: districtId, role: 'viewer' });
    const res = await t.app.inject({ method: 'PATCH', url: `${membersUrl()}/${person.id}`, headers: admin.auth, payload: { role: 'coach', version: 1 } });
    expect(res.statusCode).toBe(400);
    expect(json(res).error.details).toEqual([{ path: '/role', message: 'is not a district role', code: 'invalid_choice' }]);
  });
});

describe('networks: districts, administrators and coaches', () => {
  it('lets a network administrator add districts and read them, but not manage their people', async () => {
    const network = await t.factories.organization({ kind: 'network' });
    const networkAdmin = await t.factories.user({ organizationId: network.id, role: 'network_admin' });
    const created = await t.app.inject({ method: 'POST', url: `/api/organizations/${network.id}/districts`, headers: networkAdmin.auth, payload: { name: 'Cohort District One' } });
    expect(created.statusCode).toBe(201);
    const district = json(created);
    expect(district).toMatchObject({ kind: 'district', networkId: network.id, slug: 'cohort-district-one' });
    const visible = json(await t.app.inject({ method: 'GET', url: '/api/districts', headers: networkAdmin.auth }));
    expect(visible.districts).toEqual([expect.objectContaining({ id: district.id, source: 'network', role: 'network_admin' })]);
    expect((await t.app.inject({ method: 'GET', url: `/api/organizations/${district.id}/members`, headers: networkAdmin.auth })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/organizations/${district.id}/invitations`, headers: networkAdmin.auth })).statusCode).toBe(403);
  });

  it('gives a coach exactly the districts assigned', async () => {
    const network = await t.factories.organization({ kind: 'network' });
    const networkAdmin = await t.factories.user({ organizationId: network.id, role: 'network_admin' });
    const coach = await t.factories.user({ organizationId: network.id, role: 'coach' });
    const assigned = await t.factories.organization({ networkId: network.id });
    const notAssigned = await t.factories.organization({ networkId: network.id });
    const elsewhere = await t.factories.organization();
    const url = `/api/organizations/${network.id}/members/${coach.id}/districts`;
    const bad = await t.app.inject({ method: 'PUT', url, headers: networkAdmin.auth, payload: { districtIds: [assigned.id, elsewhere.id] } });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.details).toEqual([{ path: '/districtIds/1', message: 'is not a district of this network', code: 'not_in_this_network' }]);
    const ok = await t.app.inject({ method: 'PUT', url, headers: networkAdmin.auth, payload: { districtIds: [assigned.id] } });
    expect(json(ok).districtIds).toEqual([assigned.id]);
    expect((await t.app.inject({ method: 'GET', url: `/api/organizations/${assigned.id}`, headers: coach.auth })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/organizations/${notAssigned.id}`, headers: coach.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/organizations/${elsewhere.id}`, headers: coach.auth })).statusCode).toBe(404);
  });
});
