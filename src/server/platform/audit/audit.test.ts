import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let districtId: string;
let admin: Awaited<ReturnType<TestApp['factories']['user']>>;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization()).id;
  admin = await t.factories.user({ organizationId: districtId, role: 'administrator', email: 'auditor@example.org' });
  for (const name of ['North Elementary', 'South Elementary', 'East Middle']) {
    await t.app.inject({ method: 'POST', url: `/api/organizations/${districtId}/schools`, headers: admin.auth, payload: { name } });
  }
  await t.app.inject({ method: 'POST', url: `/api/organizations/${districtId}/invitations`, headers: admin.auth, payload: { email: 'x@example.org', role: 'viewer' } });
});
afterAll(() => t.close());

const auditUrl = (query = '') => `/api/organizations/${districtId}/audit${query}`;

describe('audit log', () => {
  it('lists events newest first with actor and values', async () => {
    const { events } = json(await t.app.inject({ method: 'GET', url: auditUrl(), headers: admin.auth }));
    expect(events[0]).toMatchObject({ action: 'invitation.created', actor: 'auditor@example.org (API token)', after: { email: 'x@example.org', role: 'viewer' } });
    expect(events.filter((e: { action: string }) => e.action === 'school.created')).toHaveLength(3);
  });

  it('filters by action, entity type, actor and date', async () => {
    const byAction = json(await t.app.inject({ method: 'GET', url: auditUrl('?action=school.'), headers: admin.auth }));
    expect(byAction.events.map((e: { action: string }) => e.action)).toEqual(['school.created', 'school.created', 'school.created']);
    const byEntity = json(await t.app.inject({ method: 'GET', url: auditUrl('?entityType=invitation'), headers: admin.auth }));
    expect(byEntity.events).toHaveLength(1);
    const byActor = json(await t.app.inject({ method: 'GET', url: auditUrl('?actor=nobody'), headers: admin.auth }));
    expect(byActor.events).toHaveLength(0);
    const future = json(await t.app.inject({ method: 'GET', url: auditUrl('?from=2999-01-01'), headers: admin.auth }));
    expect(future.events).toHaveLength(0);
    const bad = await t.app.inject({ method: 'GET', url: auditUrl('?from=yesterday&limit=0'), headers: admin.auth });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.details.map((d: { path: string }) => d.path).sort()).toEqual(['query/from', 'query/limit']);
  });

  it('pages with nextBefore', async () => {
    const first = json(await t.app.inject({ method: 'GET', url: auditUrl('?limit=2'), headers: admin.auth }));
    expect(first.events).toHaveLength(2);
    const second = json(await t.app.inject({ method: 'GET', url: auditUrl(`?limit=2&before=${first.nextBefore}`), headers: admin.auth }));
    expect(second.events[0].id).not.toBe(first.events[1].id);
    expect(Number(second.events[0].id)).toBeLessThan(Number(first.events[1].id));
  });

  it('keeps a failed write out of the log', async () => {
    const before = json(await t.app.inject({ method: 'GET', url: auditUrl(), headers: admin.auth })).events.length;
    const res = await t.app.inject({ method: 'PATCH', url: `/api/organizations/${districtId}/members/${admin.id}`, headers: admin.auth, payload: { role: 'viewer', version: 1 } });
    expect(res.statusCode).toBe(409);
    expect(json(await t.app.inject({ method: 'GET', url: auditUrl(), headers: admin.auth })).events.length).toBe(before);
  });

  it('shows operators the whole instance, account-level events included', async () => {
    const operator = await t.factories.user({ isOperator: true });
    await t.app.inject({ method: 'POST', url: '/api/account/tokens', headers: admin.auth, payload: { name: 'script' } });
    const all = json(await t.app.inject({ method: 'GET', url: '/api/audit?action=api_token', headers: operator.auth }));
    expect(all.events[0]).toMatchObject({ action: 'api_token.created', after: { name: 'script' } });
    expect((await t.app.inject({ method: 'GET', url: '/api/audit', headers: admin.auth })).statusCode).toBe(403);
  });
});
