import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('organizations', () => {
  it('lists only the districts the caller belongs to, with ids and slugs', async () => {
    const mine = await t.factories.organization({ name: 'Oak Hill Schools' });
    await t.factories.organization({ name: 'Not Mine' });
    const user = await t.factories.user({ organizationId: mine.id, role: 'viewer' });
    const { districts } = json(await t.app.inject({ method: 'GET', url: '/api/districts', headers: user.auth }));
    expect(districts).toEqual([{ id: mine.id, name: 'Oak Hill Schools', slug: 'oak-hill-schools', networkId: null, role: 'viewer', source: 'member' }]);
  });

  it('gives each organization a unique slug', async () => {
    const a = await t.factories.organization({ name: 'Pine Ridge' });
    const b = await t.factories.organization({ name: 'Pine Ridge' });
    expect([a.slug, b.slug]).toEqual(['pine-ridge', 'pine-ridge-2']);
  });

  it('renames with optimistic locking', async () => {
    const org = await t.factories.organization({ name: 'Old Name' });
    const admin = await t.factories.user({ organizationId: org.id, role: 'administrator' });
    const url = `/api/organizations/${org.id}`;
    const ok = await t.app.inject({ method: 'PATCH', url, headers: admin.auth, payload: { name: 'New Name', version: 1 } });
    expect(json(ok)).toMatchObject({ name: 'New Name', version: 2 });
    const stale = await t.app.inject({ method: 'PATCH', url, headers: admin.auth, payload: { name: 'Lost Update', version: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.current).toMatchObject({ name: 'New Name', version: 2 });
    expect(json(await t.app.inject({ method: 'GET', url, headers: admin.auth })).name).toBe('New Name');
  });

  it('keeps schools per district', async () => {
    const org = await t.factories.organization();
    const admin = await t.factories.user({ organizationId: org.id, role: 'administrator' });
    const url = `/api/organizations/${org.id}/schools`;
    const created = json(await t.app.inject({ method: 'POST', url, headers: admin.auth, payload: { name: 'Lincoln High', code: 'LHS' } }));
    expect(json(await t.app.inject({ method: 'GET', url, headers: admin.auth })).schools).toEqual([{ id: created.id, name: 'Lincoln High', code: 'LHS' }]);
    const other = await t.factories.organization();
    const otherAdmin = await t.factories.user({ organizationId: other.id, role: 'administrator' });
    // A school id from another district is not found through this district.
    expect((await t.app.inject({ method: 'DELETE', url: `/api/organizations/${other.id}/schools/${created.id}`, headers: otherAdmin.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `${url}/${created.id}`, headers: admin.auth })).statusCode).toBe(204);
  });
});
