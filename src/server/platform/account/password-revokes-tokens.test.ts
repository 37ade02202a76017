import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, signInAs, type TestApp } from '../../testing/test-app.js';
import { TEST_PASSWORD } from '../../testing/factories.js';

/** A new password revokes the account's API tokens, says so in the audit log, and mails the person (issue 12). */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const tokenWorks = async (auth: Record<string, string>) => (await t.app.inject({ method: 'GET', url: '/api/account/tokens', headers: auth })).statusCode === 200;

async function expectRevokedAndTold(user: { id: string; email: string }, reason: string) {
  const events = await t.ctx.db.selectFrom('audit_events').selectAll().where('action', '=', 'api_token.revoked').where('actor_user_id', '=', user.id).execute();
  expect(events.length).toBe(1);
  expect(events[0]!.after).toMatchObject({ reason });
  const mail = await t.ctx.db.selectFrom('outbox_messages').selectAll().where('to_address', '=', user.email).where('subject', 'like', '%API tokens were revoked%').executeTakeFirstOrThrow();
  expect(mail.body_text).toContain('- test');
  expect(mail.body_text).toContain('http://waymark.test/account');
}

describe('API tokens after a new password', () => {
  it('are revoked by a password reset, with an audit event and a mail saying so', async () => {
    const user = await t.factories.user();
    expect(await tokenWorks(user.auth)).toBe(true);
    await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: user.email } });
    const resetMail = await t.ctx.db.selectFrom('outbox_messages').select('body_text').where('to_address', '=', user.email).executeTakeFirstOrThrow();
    const token = decodeURIComponent(/reset-password[#?]token=([^\s]+)/.exec(resetMail.body_text)![1]!);
    const done = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/complete', payload: { token, password: 'a brand new password' } });
    expect(done.statusCode).toBe(204);
    expect(await tokenWorks(user.auth)).toBe(false);
    await expectRevokedAndTold(user, 'password_reset');
  });

  it('are revoked by a password change, and the session that changed it goes on', async () => {
    const user = await t.factories.user();
    const session = await signInAs(t.app, user.email, TEST_PASSWORD);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/account/password',
      headers: session.headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'another new password' },
    });
    expect(res.statusCode).toBe(204);
    expect(await tokenWorks(user.auth)).toBe(false);
    expect(await tokenWorks({ cookie: session.cookie })).toBe(true);
    await expectRevokedAndTold(user, 'password_changed');
    const tokens = await t.app.inject({ method: 'GET', url: '/api/account/tokens', headers: { cookie: session.cookie } });
    expect(json(tokens).tokens).toEqual([]);
  });
});
