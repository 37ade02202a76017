import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailService } from '../../mail/mail-service.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { openConversationFor, sampleConversation, seasonedFormToken } from '../../testing/conversation-test-kit.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
const dispatched: string[] = [];
// A server that sends mail (SMTP_URL set): messages go out as "pending" and are dispatched after the commit.
const sendingMail: MailService = { statusForNewMail: 'pending', dispatch: async (ids) => void dispatched.push(...ids) };

beforeAll(async () => {
  t = await createTestApp({ mail: sendingMail });
  districtId = (await t.factories.organization({ name: 'Lakeside Unified' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
});
afterAll(() => t.close());

const post = (url: string, payload: object, address = '203.0.113.9') => t.app.inject({ method: 'POST', url, payload, remoteAddress: address });
const verifiedConversation = () => openConversationFor(t, districtId, planner.auth, sampleConversation({ verify_email: true }));
/** The code in the latest private message to this address, read straight from the outbox table. */
async function mailedCode(address: string) {
  const message = await t.ctx.db.selectFrom('outbox_messages').selectAll().where('to_address', '=', address).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  return { message, code: /\b(\d{6})\b/.exec(message.body_text)![1]! };
}
const askCode = (code: string, email: string, address?: string) => post(`/api/public/conversations/${code}/email-codes`, { email, form_token: seasonedFormToken(code) }, address);
const join = (code: string, body: object, address?: string) => post(`/api/public/conversations/${code}/participants`, { device_id: `device-${Math.random().toString(36).slice(2)}-0000`, form_token: seasonedFormToken(code), ...body }, address);

describe('a conversation asking for a verified email', () => {
  it('says so to participants, and refuses joining without a confirmed email (400 /email)', async () => {
    const { code } = await verifiedConversation();
    expect(json(await t.app.inject({ method: 'GET', url: `/api/public/conversations/${code}` })).verify_email).toBe(true);
    const refused = await join(code, {});
    expect(refused.statusCode).toBe(400);
    expect(json(refused).error.details[0]).toMatchObject({ path: '/email', code: 'required' });
  });

  it('mails a private code; the right code joins once per email, on any device; only a hash is kept', async () => {
    const { id, code } = await verifiedConversation();
    const asked = await askCode(code, 'Rosa.M@Example.org');
    expect(asked.statusCode, asked.body).toBe(201);
    const { message, code: mailed } = await mailedCode('Rosa.M@Example.org');
    expect(message).toMatchObject({ organization_id: null, is_private: true, status: 'pending' });
    expect(dispatched).toContain(message.id);
    expect(message.body_text).toContain('What should our graduates be able to do?');

    const wrong = await join(code, { email: 'rosa.m@example.org', email_code: mailed === '000000' ? '111111' : '000000', email_ticket: json(asked).ticket });
    expect(wrong.statusCode).toBe(400);
    expect(json(wrong).error.details[0]).toMatchObject({ path: '/email_code', code: 'invalid' });

    const first = await join(code, { email: 'rosa.m@example.org', email_code: mailed, email_ticket: json(asked).ticket });
    expect(first.statusCode, first.body).toBe(201);
    // Another device, the same person: the same participant.
    const again = await join(code, { email: 'ROSA.M@example.org', email_code: mailed, email_ticket: json(asked).ticket });
    expect(again.statusCode).toBe(200);
    expect(json(again).participant).toBe(json(first).participant);

    const rows = await t.ctx.db.selectFrom('conversation_participants').select(['email_hash', 'device_hash']).where('conversation_id', '=', id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.email_hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(rows)).not.toMatch(/rosa|example/i);
  });

  it('lets a device that joined with its email back in without a new code; another email on it is refused', async () => {
    const { code } = await verifiedConversation();
    const deviceId = 'device-of-luis-000000';
    const asked = json(await askCode(code, 'luis@example.org'));
    const { code: mailed } = await mailedCode('luis@example.org');
    const joined = await post(`/api/public/conversations/${code}/participants`, { device_id: deviceId, form_token: seasonedFormToken(code), email: 'luis@example.org', email_code: mailed, email_ticket: asked.ticket });
    expect(joined.statusCode).toBe(201);
    const back = await post(`/api/public/conversations/${code}/participants`, { device_id: deviceId, form_token: seasonedFormToken(code) });
    expect(back.statusCode).toBe(200);
    expect(json(back).participant).toBe(json(joined).participant);

    const other = json(await askCode(code, 'marta@example.org'));
    const { code: otherCode } = await mailedCode('marta@example.org');
    const refused = await post(`/api/public/conversations/${code}/participants`, { device_id: deviceId, form_token: seasonedFormToken(code), email: 'marta@example.org', email_code: otherCode, email_ticket: other.ticket });
    expect(refused.statusCode).toBe(400);
    expect(json(refused).error.details[0]).toMatchObject({ path: '/email', code: 'other_email' });
  });

  it('limits codes to one email (429 past five an hour) and refuses a bad address or a conversation not asking (400 /email)', async () => {
    const { code } = await verifiedConversation();
    for (let i = 0; i < 5; i++) expect((await askCode(code, 'many@example.org', `198.51.100.${i + 1}`)).statusCode).toBe(201);
    expect((await askCode(code, 'many@example.org', '198.51.100.99')).statusCode).toBe(429);
    const bad = await askCode(code, 'not an address');
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.details[0].path).toBe('/email');
    const { code: plain } = await openConversationFor(t, districtId, planner.auth);
    const notAsked = await askCode(plain, 'ana@example.org');
    expect(notAsked.statusCode).toBe(400);
    expect(json(notAsked).error.details[0]).toMatchObject({ path: '/email', code: 'not_asked' });
  });

  it('is a setting of drafts only', async () => {
    const { id } = await verifiedConversation();
    const conversation = json(await t.app.inject({ method: 'GET', url: `/api/conversations/${id}`, headers: planner.auth }));
    expect(conversation.verify_email).toBe(true);
    const changed = await t.app.inject({ method: 'PATCH', url: `/api/conversations/${id}`, headers: planner.auth, payload: { version: conversation.version, verify_email: false } });
    expect(changed.statusCode).toBe(409);
    expect(json(changed).error.details[0].path).toBe('/verify_email');
  });
});

describe('without a mail server', () => {
  let plain: TestApp;
  beforeAll(async () => {
    plain = await createTestApp();
  });
  afterAll(() => plain.close());

  it('refuses to ask for verified emails (400 /verify_email), since no code could reach anyone', async () => {
    const district = (await plain.factories.organization({ name: 'No Mail USD' })).id;
    const person = await plain.factories.user({ organizationId: district, role: 'planner' });
    const res = await plain.app.inject({ method: 'POST', url: `/api/districts/${district}/conversations`, headers: person.auth, payload: sampleConversation({ verify_email: true }) });
    expect(res.statusCode).toBe(400);
    expect(json(res).error.details[0]).toMatchObject({ path: '/verify_email', code: 'mail_not_configured' });
  });
});
