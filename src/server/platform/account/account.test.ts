import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, signInAs, type TestApp } from '../../testing/test-app.js';
import { TEST_PASSWORD } from '../../testing/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('account settings', () => {
  it('creates an API token shown once, which then authenticates, and revokes it', async () => {
    const user = await t.factories.user();
    const session = await signInAs(t.app, user.email, TEST_PASSWORD);
    const created = await t.app.inject({ method: 'POST', url: '/api/account/tokens', headers: session.headers, payload: { name: 'Nightly import' } });
    expect(created.statusCode).toBe(201);
    const { id, token } = json(created);
    expect(token).toMatch(/^wmk_/);
    const stored = await t.ctx.db.selectFrom('api_tokens').select('token_hash').where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);

    const listed = json(await t.app.inject({ method: 'GET', url: '/api/account/tokens', headers: { authorization: `Bearer ${token}` } }));
    expect(listed.tokens.map((x: { name: string }) => x.name)).toContain('Nightly import');
    expect(JSON.stringify(listed)).not.toContain(token);

    expect((await t.app.inject({ method: 'DELETE', url: `/api/account/tokens/${id}`, headers: session.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/districts', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
  });

  it("cannot revoke someone else's token", async () => {
    const owner = await t.factories.user();
    const other = await t.factories.user();
    const { id } = json(await t.app.inject({ method: 'POST', url: '/api/account/tokens', headers: owner.auth, payload: { name: 'mine' } }));
    expect((await t.app.inject({ method: 'DELETE', url: `/api/account/tokens/${id}`, headers: other.auth })).statusCode).toBe(404);
  });

  it('changes the language and name', async () => {
    const user = await t.factories.user();
    const res = await t.app.inject({ method: 'PATCH', url: '/api/account', headers: user.auth, payload: { locale: 'es', name: 'María' } });
    expect(json(res)).toMatchObject({ locale: 'es', name: 'María' });
    const bad = await t.app.inject({ method: 'PATCH', url: '/api/account', headers: user.auth, payload: { locale: 'fr' } });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.details[0].path).toBe('/locale');
  });

  it('changes the password only with the current one, ending the other sessions', async () => {
    const user = await t.factories.user();
    const here = await signInAs(t.app, user.email, TEST_PASSWORD);
    const elsewhere = await signInAs(t.app, user.email, TEST_PASSWORD);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/account/password', headers: here.headers, payload: { currentPassword: 'nope nope nope', newPassword: 'brand new password' } });
    expect(wrong.statusCode).toBe(400);
    expect(json(wrong).error.details).toEqual([{ path: '/currentPassword', message: 'is not correct', code: 'incorrect' }]);
    const ok = await t.app.inject({ method: 'POST', url: '/api/account/password', headers: here.headers, payload: { currentPassword: TEST_PASSWORD, newPassword: 'brand new password' } });
    expect(ok.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: here.cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: elsewhere.cookie } })).statusCode).toBe(401);
    await signInAs(t.app, user.email, 'brand new password');
  });
});
