import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSignInLimits, type SignInLimits } from '../../context.js';
import { createTestApp, json, signInAs, testConfig, type TestApp } from '../../testing/test-app.js';
import { TEST_PASSWORD } from '../../testing/factories.js';
import { solveSignInChallenge } from '../../../core/platform/sign-in-challenge.js';

/**
 * Brute force without lock-outs (issue 12): failures are counted per account, per address and per
 * both, by the address the deployment can trust; past a limit a challenge is asked, never a wait,
 * and with it the right password always signs in.
 */
const limits: SignInLimits = { ...defaultSignInLimits, perEmail: 4, perAddress: 6, perPair: 3, challengeBits: { min: 4, max: 8 } };
const https = { ...testConfig, publicUrl: 'https://plans.example.org' };

let t: TestApp;
let behindProxy: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: https, limits });
  behindProxy = await createTestApp({ config: { ...https, trustProxy: ['10.0.0.1'] }, limits });
});
afterAll(async () => {
  await t.close();
  await behindProxy.close();
});

type Body = { email: string; password: string; challenge?: { token: string; solution: string } };
const attempt = (app: TestApp, payload: Body, remoteAddress = '203.0.113.1', headers: Record<string, string> = {}) =>
  app.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload, remoteAddress, headers });
const wrong = (email: string) => ({ email, password: 'not the password' });

/** Signs in the way the web app does: on a 429 with a challenge, solve it and send it back. */
async function signInSolving(app: TestApp, email: string, remoteAddress: string) {
  const first = await attempt(app, { email, password: TEST_PASSWORD }, remoteAddress);
  if (first.statusCode !== 429) return first;
  const challenge = json(first).error.challenge;
  expect(challenge).toMatchObject({ token: expect.any(String), bits: expect.any(Number) });
  return attempt(app, { email, password: TEST_PASSWORD, challenge: { token: challenge.token, solution: await solveSignInChallenge(challenge) } }, remoteAddress);
}

describe('sign-in limits keyed on what the deployment trusts', () => {
  it('ignores X-Forwarded-For by default, even with an https PUBLIC_URL: rotating it does not reset the count', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await attempt(t, wrong(`rotating-${i}@example.org`), '198.51.100.7', { 'x-forwarded-for': `192.0.2.${i + 1}` });
      statuses.push(res.statusCode);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(4);
  });

  it('lets nobody spend another address’s allowance by naming it in X-Forwarded-For', async () => {
    const victim = await t.factories.user();
    for (let i = 0; i < 10; i++) await attempt(t, wrong(`spoof-${i}@example.org`), '198.51.100.8', { 'x-forwarded-for': '198.51.100.9' });
    const res = await attempt(t, { email: victim.email, password: TEST_PASSWORD }, '198.51.100.9');
    expect(res.statusCode).toBe(200);
  });

  it('believes X-Forwarded-For from a proxy named in TRUST_PROXY, and only from it', async () => {
    for (let i = 0; i < 10; i++) {
      const res = await attempt(behindProxy, wrong(`proxied-${i}@example.org`), '10.0.0.1', { 'x-forwarded-for': `192.0.2.${i + 1}` });
      expect(res.statusCode).toBe(401);
    }
    const untrusted: number[] = [];
    for (let i = 0; i < 10; i++) {
      untrusted.push((await attempt(behindProxy, wrong(`direct-${i}@example.org`), '198.51.100.20', { 'x-forwarded-for': `192.0.2.${i + 1}` })).statusCode);
    }
    expect(untrusted).toContain(429);
  });
});

describe('no lock-outs', () => {
  it('lets the owner in with the right password after someone else guessed at the account', async () => {
    const owner = await t.factories.user();
    for (let i = 0; i < 12; i++) await attempt(t, wrong(owner.email), `192.0.2.${100 + i}`);
    const res = await signInSolving(t, owner.email, '198.51.100.30');
    expect(res.statusCode).toBe(200);
    expect(json(res).user.email).toBe(owner.email);
  });

  it('lets everyone behind a school’s shared address in after many failures from it', async () => {
    for (let i = 0; i < 20; i++) await attempt(t, wrong(`student-${i}@example.org`), '198.51.100.40');
    const teacher = await t.factories.user();
    const res = await signInSolving(t, teacher.email, '198.51.100.40');
    expect(res.statusCode).toBe(200);
  });

  it('still refuses a wrong password with a solved challenge, and asks more work as failures grow', async () => {
    const user = await t.factories.user();
    const bits: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await attempt(t, wrong(user.email), '198.51.100.50');
      if (res.statusCode === 429) bits.push(json(res).error.challenge.bits);
    }
    expect(bits.length).toBeGreaterThan(0);
    expect(bits.at(-1)).toBeGreaterThan(bits[0]!);
    const challenged = await attempt(t, wrong(user.email), '198.51.100.50');
    const challenge = json(challenged).error.challenge;
    const solved = { token: challenge.token, solution: await solveSignInChallenge(challenge) };
    expect((await attempt(t, { ...wrong(user.email), challenge: solved }, '198.51.100.50')).statusCode).toBe(401);
  });

  it('spends a challenge once and only for the email it was given for', async () => {
    const user = await t.factories.user();
    const other = await t.factories.user();
    for (let i = 0; i < 4; i++) await attempt(t, wrong(user.email), '198.51.100.60');
    const challenge = json(await attempt(t, wrong(user.email), '198.51.100.60')).error.challenge;
    const solved = { token: challenge.token, solution: await solveSignInChallenge(challenge) };
    for (let i = 0; i < 4; i++) await attempt(t, wrong(other.email), '198.51.100.61');
    expect((await attempt(t, { email: other.email, password: TEST_PASSWORD, challenge: solved }, '198.51.100.61')).statusCode).toBe(429);
    expect((await attempt(t, { email: user.email, password: TEST_PASSWORD, challenge: solved }, '198.51.100.60')).statusCode).toBe(200);
    expect((await attempt(t, { email: user.email, password: 'wrong again', challenge: solved }, '198.51.100.60')).statusCode).not.toBe(200);
  });

  it('answers a malformed challenge with 400 naming the field', async () => {
    const res = await attempt(t, { email: 'someone@example.org', password: 'x', challenge: { token: 'abc', solution: 'not a number' } });
    expect(res.statusCode).toBe(400);
    expect(json(res).error.details.map((d: { path: string }) => d.path)).toContain('/challenge/solution');
  });
});

describe('sign-out', () => {
  it('needs the CSRF token, so another site cannot sign a person out', async () => {
    const user = await t.factories.user();
    const session = await signInAs(t.app, user.email, TEST_PASSWORD);
    const forged = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie: session.cookie } });
    expect(forged.statusCode).toBe(403);
    expect(json(forged).error.code).toBe('csrf_failed');
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: session.cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: session.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: session.cookie } })).statusCode).toBe(401);
  });
});
