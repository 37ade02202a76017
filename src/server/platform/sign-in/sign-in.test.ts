import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSignInLimits } from '../../context.js';
import { createTestApp, json, signInAs, type TestApp } from '../../testing/test-app.js';
import { TEST_PASSWORD } from '../../testing/factories.js';
import { solveSignInChallenge } from '../../../core/platform/sign-in-challenge.js';

let t: TestApp;
let districtId: string;
beforeAll(async () => {
  t = await createTestApp({ limits: { ...defaultSignInLimits, perEmail: 3, perAddress: 1000, windowMinutes: 15 } });
  districtId = (await t.factories.organization()).id;
});
afterAll(() => t.close());

describe('sign-in and sessions', () => {
  it('signs in with email and password and answers who is signed in', async () => {
    const user = await t.factories.user({ organizationId: districtId, role: 'planner' });
    const session = await signInAs(t.app, user.email.toUpperCase(), TEST_PASSWORD);
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: session.cookie } });
    expect(res.statusCode).toBe(200);
    expect(json(res).user.email).toBe(user.email);
    expect(json(res).organizations[0]).toMatchObject({ id: districtId, role: 'planner' });
    expect(json(res).organizations[0].permissions).toEqual(expect.arrayContaining(['organization.read', 'members.read', 'plans.edit']));
    expect(json(res).organizations[0].permissions).not.toContain('members.manage');
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const user = await t.factories.user();
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: 'not it at all' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'nobody@example.org', password: 'not it at all' } });
    expect(wrong.statusCode).toBe(401);
    expect(json(wrong).error.message).toBe(json(unknown).error.message);
  });

  it('challenges repeated failures for one email with 429, and the solved challenge lets the right password in', async () => {
    const user = await t.factories.user();
    for (let i = 0; i < 3; i++) {
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: 'wrong password' } })).statusCode).toBe(401);
    }
    const limited = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: TEST_PASSWORD } });
    expect(limited.statusCode).toBe(429);
    expect(json(limited).error.code).toBe('rate_limited');
    const { challenge } = json(limited).error;
    const solution = await solveSignInChallenge(challenge);
    const signedIn = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: TEST_PASSWORD, challenge: { token: challenge.token, solution } } });
    expect(signedIn.statusCode).toBe(200);
  });

  it('lets no more than the limit of parallel guesses reach the password check', async () => {
    const user = await t.factories.user();
    const guesses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: `guess number ${i}` } })),
    );
    const statuses = guesses.map((g) => g.statusCode);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(3);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(7);
  });

  it('needs the CSRF token on cookie-authenticated writes, but not with a bearer token', async () => {
    const user = await t.factories.user();
    const session = await signInAs(t.app, user.email, TEST_PASSWORD);
    const without = await t.app.inject({ method: 'PATCH', url: '/api/account', headers: { cookie: session.cookie }, payload: { name: 'Changed' } });
    expect(without.statusCode).toBe(403);
    expect(json(without).error.code).toBe('csrf_failed');
    const wrong = await t.app.inject({ method: 'PATCH', url: '/api/account', headers: { cookie: session.cookie, 'x-csrf-token': 'forged' }, payload: { name: 'Changed' } });
    expect(wrong.statusCode).toBe(403);
    const withToken = await t.app.inject({ method: 'PATCH', url: '/api/account', headers: session.headers, payload: { name: 'Changed' } });
    expect(withToken.statusCode).toBe(200);
    const bearer = await t.app.inject({ method: 'PATCH', url: '/api/account', headers: user.auth, payload: { name: 'By script' } });
    expect(json(bearer).name).toBe('By script');
  });

  it('refuses a bad bearer token with 401 rather than treating the caller as anonymous', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/districts', headers: { authorization: 'Bearer wmk_forged' } });
    expect(res.statusCode).toBe(401);
  });

  it('marks the cookie Secure when PUBLIC_URL is https', async () => {
    const secure = await createTestApp({ config: { ...t.ctx.config, publicUrl: 'https://plans.example.org' } });
    try {
      const user = await secure.factories.user();
      const res = await secure.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: TEST_PASSWORD } });
      expect(res.cookies.find((c) => c.name === 'waymark_session')?.secure).toBe(true);
    } finally {
      await secure.close();
    }
  });

  it('signs out one session, and everywhere', async () => {
    const user = await t.factories.user();
    const first = await signInAs(t.app, user.email, TEST_PASSWORD);
    const second = await signInAs(t.app, user.email, TEST_PASSWORD);
    await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: first.headers });
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: first.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: second.cookie } })).statusCode).toBe(200);
    const third = await signInAs(t.app, user.email, TEST_PASSWORD);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/sign-out-everywhere', headers: third.headers })).statusCode).toBe(204);
    for (const s of [second, third]) {
      expect((await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: s.cookie } })).statusCode).toBe(401);
    }
  });
});

describe('password reset', () => {
  const linkIn = (text: string) => /reset-password#token=([^\s]+)/.exec(text)?.[1];

  it('mails a single-use link that sets a new password and ends old sessions', async () => {
    const user = await t.factories.user();
    const old = await signInAs(t.app, user.email, TEST_PASSWORD);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: user.email } });
    expect(res.statusCode).toBe(202);
    const mail = await t.ctx.db.selectFrom('outbox_messages').selectAll().where('to_address', '=', user.email).executeTakeFirstOrThrow();
    expect(mail.status).toBe('held');
    expect(mail.body_text).toContain('http://waymark.test/reset-password#token=');
    const token = decodeURIComponent(linkIn(mail.body_text)!);

    const done = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/complete', payload: { token, password: 'my new password 42' } });
    expect(done.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: old.cookie } })).statusCode).toBe(401);
    await signInAs(t.app, user.email, 'my new password 42');

    const again = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/complete', payload: { token, password: 'another password 43' } });
    expect(again.statusCode).toBe(404);
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const before = await t.ctx.db.selectFrom('outbox_messages').select('id').execute();
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: 'ghost@example.org' } });
    expect(res.statusCode).toBe(202);
    expect((await t.ctx.db.selectFrom('outbox_messages').select('id').execute()).length).toBe(before.length);
  });

  it('honours only the newest link', async () => {
    const user = await t.factories.user();
    await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: user.email } });
    await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: user.email } });
    const mails = await t.ctx.db.selectFrom('outbox_messages').select('body_text').where('to_address', '=', user.email).orderBy('created_at').execute();
    const [older, newer] = mails.map((m) => decodeURIComponent(linkIn(m.body_text)!));
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/complete', payload: { token: older, password: 'password number one' } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/complete', payload: { token: newer, password: 'password number two' } })).statusCode).toBe(204);
  });
});
