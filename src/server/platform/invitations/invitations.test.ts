import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, signInAs, type TestApp } from '../../testing/test-app.js';
import { TEST_PASSWORD } from '../../testing/factories.js';

let t: TestApp;
let districtId: string;
let admin: Awaited<ReturnType<TestApp['factories']['user']>>;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Willow Creek SD' })).id;
  admin = await t.factories.user({ organizationId: districtId, role: 'administrator', name: 'Pat Admin' });
});
afterAll(() => t.close());

async function invite(email: string, role = 'planner') {
  const res = await t.app.inject({ method: 'POST', url: `/api/organizations/${districtId}/invitations`, headers: admin.auth, payload: { email, role } });
  const mail = await t.ctx.db.selectFrom('outbox_messages').selectAll().where('to_address', '=', email.toLowerCase()).orderBy('created_at', 'desc').executeTakeFirst();
  const token = mail && decodeURIComponent(/\/invitations#token=(\S+)/.exec(mail.body_text)![1]!);
  return { res, mail, token };
}

const preview = (token: string) => t.app.inject({ method: 'POST', url: '/api/invitations/preview', payload: { token } });

describe('invitations', () => {
  it('mails a single-use link that a newcomer accepts to join with the role', async () => {
    const { res, mail, token } = await invite('Newcomer@Example.org');
    expect(res.statusCode).toBe(201);
    expect(json(res)).toMatchObject({ email: 'newcomer@example.org', role: 'planner', invitedBy: 'Pat Admin' });
    expect(mail!.subject).toContain('Willow Creek SD');
    expect(mail!.organization_id).toBe(districtId);

    const previewed = await preview(token!);
    expect(json(previewed)).toEqual({ email: 'newcomer@example.org', organizationId: districtId, organizationName: 'Willow Creek SD', organizationKind: 'district', role: 'planner', hasAccount: false });

    const accepted = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, name: 'New Comer', password: 'a good long password' } });
    expect(accepted.statusCode).toBe(200);
    expect(json(accepted).organizations).toEqual([expect.objectContaining({ id: districtId, role: 'planner' })]);
    expect(accepted.cookies.some((c) => c.name === 'waymark_session')).toBe(true);

    const reused = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, name: 'Again', password: 'a good long password' } });
    expect(reused.statusCode).toBe(404);
  });

  it('lets someone with an account join by proving their password', async () => {
    const other = await t.factories.organization();
    const existing = await t.factories.user({ organizationId: other.id, role: 'viewer' });
    const { token } = await invite(existing.email, 'contributor');
    expect(json(await preview(token!)).hasAccount).toBe(true);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password: 'wrong password!!' } });
    expect(wrong.statusCode).toBe(401);
    const right = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password: TEST_PASSWORD } });
    expect(right.statusCode).toBe(200);
    expect(json(right).organizations.map((o: { id: string }) => o.id).sort()).toEqual([districtId, other.id].sort());
  });

  it('names the missing fields of a newcomer and keeps the link usable', async () => {
    const { token } = await invite('second@example.org');
    const res = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password: 'short' } });
    expect(res.statusCode).toBe(400);
    expect(json(res).error.details.map((d: { path: string }) => d.path).sort()).toEqual(['/name', '/password']);
    expect((await preview(token!)).statusCode).toBe(200);
  });

  it('lists pending invitations and revokes one', async () => {
    const { res, token } = await invite('revoke-me@example.org', 'viewer');
    const list = json(await t.app.inject({ method: 'GET', url: `/api/organizations/${districtId}/invitations`, headers: admin.auth }));
    expect(list.invitations.map((i: { email: string }) => i.email)).toContain('revoke-me@example.org');
    const revoked = await t.app.inject({ method: 'DELETE', url: `/api/organizations/${districtId}/invitations/${json(res).id}`, headers: admin.auth });
    expect(revoked.statusCode).toBe(204);
    expect((await preview(token!)).statusCode).toBe(404);
  });

  it('refuses to invite an active member, or into a role the organization does not have', async () => {
    const member = await invite(admin.email, 'viewer');
    expect(member.res.statusCode).toBe(409);
    expect(json(member.res).error.code).toBe('already_exists');
    const wrongRole = await invite('coach@example.org', 'coach');
    expect(wrongRole.res.statusCode).toBe(400);
    expect(json(wrongRole.res).error.details[0].path).toBe('/role');
  });

  it('works from the web session too (cookie and CSRF)', async () => {
    const session = await signInAs(t.app, admin.email, TEST_PASSWORD);
    const res = await t.app.inject({ method: 'POST', url: `/api/organizations/${districtId}/invitations`, headers: session.headers, payload: { email: 'web@example.org', role: 'viewer' } });
    expect(res.statusCode).toBe(201);
  });

  it('does not demote someone who became an administrator before accepting an old invitation', async () => {
    const person = await t.factories.user({ organizationId: districtId, role: 'viewer' });
    const { token } = await (async () => {
      // Invite while deactivated, then reactivate and promote before the link is used.
      const member = json(await t.app.inject({ method: 'GET', url: `/api/organizations/${districtId}/members`, headers: admin.auth })).members.find((m: { userId: string }) => m.userId === person.id);
      await t.app.inject({ method: 'PATCH', url: `/api/organizations/${districtId}/members/${person.id}`, headers: admin.auth, payload: { isActive: false, version: member.version } });
      const sent = await invite(person.email, 'viewer');
      await t.app.inject({ method: 'PATCH', url: `/api/organizations/${districtId}/members/${person.id}`, headers: admin.auth, payload: { isActive: true, role: 'administrator', version: member.version + 1 } });
      return sent;
    })();
    const accepted = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password: TEST_PASSWORD } });
    expect(accepted.statusCode).toBe(200);
    expect(json(accepted).organizations.find((o: { id: string }) => o.id === districtId).role).toBe('administrator');
  });

  it('replaces a pending invitation to the same address, and treats a mangled link as not found', async () => {
    const first = await invite('twice@example.org');
    const second = await invite('twice@example.org', 'contributor');
    expect((await preview(first.token!)).statusCode).toBe(404);
    expect(json(await preview(second.token!)).role).toBe('contributor');
    const pending = json(await t.app.inject({ method: 'GET', url: `/api/organizations/${districtId}/invitations`, headers: admin.auth }));
    expect(pending.invitations.filter((i: { email: string }) => i.email === 'twice@example.org')).toHaveLength(1);
    expect((await preview('abc')).statusCode).toBe(404);
  });
});
