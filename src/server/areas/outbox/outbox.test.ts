import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('outbox', () => {
  it("shows an administrator their district's held mail, and an operator everything", async () => {
    const org = await t.factories.organization();
    const admin = await t.factories.user({ organizationId: org.id, role: 'administrator' });
    const operator = await t.factories.user({ isOperator: true });
    await t.app.inject({ method: 'POST', url: `/api/organizations/${org.id}/invitations`, headers: admin.auth, payload: { email: 'held@example.org', role: 'viewer' } });
    await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: admin.email } });

    const district = json(await t.app.inject({ method: 'GET', url: `/api/organizations/${org.id}/outbox`, headers: admin.auth }));
    expect(district.messages.map((m: { to: string }) => m.to)).toEqual(['held@example.org']);
    expect(district.messages[0]).toMatchObject({ status: 'held', sentAt: null });
    expect(district.messages[0].body).toContain('/invitations/');

    const everything = json(await t.app.inject({ method: 'GET', url: '/api/outbox', headers: operator.auth }));
    expect(everything.messages.map((m: { to: string }) => m.to).sort()).toEqual([admin.email, 'held@example.org'].sort());
    expect((await t.app.inject({ method: 'GET', url: '/api/outbox', headers: admin.auth })).statusCode).toBe(403);
  });
});
