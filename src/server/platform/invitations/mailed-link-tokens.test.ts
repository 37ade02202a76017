import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

/**
 * The secrets of mailed links (invitations, password resets) ride in the address's fragment, which
 * a browser never sends: followed as a browser follows them, they reach no request line, so no
 * access log and no Referer header. The pages send them in POST bodies, which are not logged.
 */
let t: TestApp;
let app: FastifyInstance;
const logLines: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  });
  // The same database, with the request log on, as in production.
  app = await buildApp(t.ctx, { logger: { level: 'info', stream } });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

/** The request line a browser sends for a link: everything but the fragment. */
const requestLineOf = (link: string) => {
  const url = new URL(link);
  return url.pathname + url.search;
};
const latestMailTo = (email: string) =>
  t.ctx.db.selectFrom('outbox_messages').select('body_text').where('to_address', '=', email).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
const linkIn = (text: string) => /(https?:\/\/\S+)/.exec(text)![1]!;
/** The link's secret, wherever the link carries it: fragment, query or last path segment. */
const tokenIn = (link: string) => {
  const url = new URL(link);
  return new URLSearchParams(url.hash.slice(1)).get('token') ?? url.searchParams.get('token') ?? decodeURIComponent(url.pathname.split('/').pop()!);
};

describe('the tokens of mailed links', () => {
  it('an invitation: the link, the preview and the acceptance put the token in no request line or log', async () => {
    const district = await t.factories.organization();
    const admin = await t.factories.user({ organizationId: district.id, role: 'administrator' });
    await app.inject({ method: 'POST', url: `/api/organizations/${district.id}/invitations`, headers: admin.auth, payload: { email: 'fragment@example.org', role: 'viewer' } });
    const link = linkIn((await latestMailTo('fragment@example.org')).body_text);
    const token = tokenIn(link);
    expect(token.length).toBeGreaterThan(20);
    expect(requestLineOf(link)).not.toContain(encodeURIComponent(token));
    expect(requestLineOf(link)).toBe('/invitations');

    await app.inject({ method: 'GET', url: requestLineOf(link), headers: { referer: 'https://mail.example/inbox' } });
    const preview = await app.inject({ method: 'POST', url: '/api/invitations/preview', payload: { token } });
    expect(preview.statusCode).toBe(200);
    const accepted = await app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, name: 'Frag Ment', password: 'a good long password' } });
    expect(accepted.statusCode).toBe(200);

    expect(logLines.some((line) => line.includes('/api/invitations/accept'))).toBe(true);
    expect(logLines.filter((line) => line.includes(token))).toEqual([]);
    expect(logLines.filter((line) => line.includes(encodeURIComponent(token)))).toEqual([]);
  });

  it('a password reset: the link and its completion put the token in no request line or log', async () => {
    const user = await t.factories.user();
    await app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: user.email } });
    const link = linkIn((await latestMailTo(user.email)).body_text);
    const token = tokenIn(link);
    expect(token.length).toBeGreaterThan(20);
    expect(requestLineOf(link)).not.toContain(encodeURIComponent(token));
    expect(requestLineOf(link)).toBe('/reset-password');

    await app.inject({ method: 'GET', url: requestLineOf(link) });
    const done = await app.inject({ method: 'POST', url: '/api/auth/password-reset/complete', payload: { token, password: 'my new password 42' } });
    expect(done.statusCode).toBe(204);

    expect(logLines.some((line) => line.includes('/api/auth/password-reset/complete'))).toBe(true);
    expect(logLines.filter((line) => line.includes(token))).toEqual([]);
  });

  it('refuses the old address forms without a 500: ?token= on the reset page, a token in the invitation path', async () => {
    expect((await app.inject({ method: 'GET', url: '/reset-password?token=old' })).statusCode).toBeLessThan(500);
    expect((await app.inject({ method: 'GET', url: '/api/invitations/old-token' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: '/api/invitations/old-token/accept', payload: { password: 'x' } })).statusCode).toBe(404);
  });
});
