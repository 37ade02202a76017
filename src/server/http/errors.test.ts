import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app.js';
import { organizationAccess } from '../auth/access-rules.js';

let t: TestApp;
let admin: Awaited<ReturnType<TestApp['factories']['user']>>;
let districtId: string;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization()).id;
  admin = await t.factories.user({ organizationId: districtId, role: 'administrator' });
});
afterAll(() => t.close());

describe('the one error shape', () => {
  it('413 for an oversized body', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/organizations/${districtId}/schools`, headers: { ...admin.auth, 'content-type': 'application/json' }, payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }) });
    expect(res.statusCode).toBe(413);
    expect(json(res)).toEqual({ error: { code: 'payload_too_large', message: expect.any(String), details: [] } });
  });

  it('400 for malformed JSON', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/organizations/${districtId}/schools`, headers: { ...admin.auth, 'content-type': 'application/json' }, payload: '{"name": ' });
    expect(res.statusCode).toBe(400);
    expect(json(res).error.code).toBe('invalid_input');
  });

  it('400 naming every bad field', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/organizations/${districtId}/invitations`, headers: admin.auth, payload: { email: 'not-an-email', role: 'king' } });
    expect(res.statusCode).toBe(400);
    expect(json(res).error.details.map((d: { path: string }) => d.path).sort()).toEqual(['/email', '/role']);
  });

  it('gives each bad field a stable code and the numbers its message needs, beside the English message', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/organizations/${districtId}/invitations`, headers: admin.auth, payload: { email: 'not-an-email', role: 'king' } });
    const byPath = Object.fromEntries(json(res).error.details.map((d: { path: string }) => [d.path, d]));
    expect(byPath['/email']).toEqual({ path: '/email', message: expect.any(String), code: 'invalid_email' });
    expect(byPath['/role']).toMatchObject({ code: 'invalid_choice' });
    const tooLong = await t.app.inject({ method: 'POST', url: `/api/organizations/${districtId}/schools`, headers: admin.auth, payload: { name: 'x'.repeat(5000) } });
    expect(json(tooLong).error.details[0]).toMatchObject({ path: '/name', code: 'too_long', params: { maximum: expect.any(Number) } });
    const missing = await t.app.inject({ method: 'POST', url: `/api/organizations/${districtId}/schools`, headers: admin.auth, payload: {} });
    expect(json(missing).error.details[0]).toMatchObject({ path: '/name', code: 'required' });
  });

  it('a write that fails part-way leaves nothing behind', async () => {
    const { inTransaction } = await import('../db/transaction.js');
    await expect(
      inTransaction(t.ctx.db, async (trx) => {
        await trx.insertInto('schools').values({ organization_id: districtId, name: 'Ghost School', code: null }).execute();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await t.ctx.db.selectFrom('schools').select('id').where('name', '=', 'Ghost School').execute()).toHaveLength(0);
  });

  it('a refused invitation queues no mail', async () => {
    const before = await t.ctx.db.selectFrom('outbox_messages').select('id').execute();
    const res = await t.app.inject({ method: 'POST', url: `/api/organizations/${districtId}/invitations`, headers: admin.auth, payload: { email: admin.email, role: 'viewer' } });
    expect(res.statusCode).toBe(409);
    expect(await t.ctx.db.selectFrom('outbox_messages').select('id').execute()).toHaveLength(before.length);
  });
});

describe('internal errors', () => {
  it('answer 500 with the error shape and no stack', async () => {
    const Fastify = (await import('fastify')).default;
    const { installErrorHandler } = await import('./error-handler.js');
    const app = Fastify();
    installErrorHandler(app);
    app.get('/api/explode', { config: { access: organizationAccess('organization.read') } }, async () => {
      throw new Error('secret database detail at /srv/waymark/db.ts:42');
    });
    const res = await app.inject({ method: 'GET', url: '/api/explode' });
    expect(res.statusCode).toBe(500);
    expect(json(res)).toEqual({ error: { code: 'internal', message: expect.any(String), details: [] } });
    expect(res.body).not.toContain('secret');
    expect(res.body).not.toContain('.ts');
  });
});
