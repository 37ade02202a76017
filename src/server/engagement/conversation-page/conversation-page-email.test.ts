import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailService } from '../../mail/mail-service.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { openConversationFor, sampleConversation, seasonedFormToken } from '../../testing/conversation-test-kit.js';

let t: TestApp;
let code: string;
// A server that sends mail (SMTP_URL set), so a conversation may ask for verified emails.
const sendingMail: MailService = { statusForNewMail: 'pending', dispatch: async () => {} };
beforeAll(async () => {
  t = await createTestApp({ mail: sendingMail });
  const districtId = (await t.factories.organization({ name: 'Río Grande ISD' })).id;
  const planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  ({ code } = await openConversationFor(t, districtId, planner.auth, sampleConversation({ verify_email: true, demographics: [] })));
});
afterAll(() => t.close());

const postForm = (fields: Array<[string, string]>) =>
  t.app.inject({ method: 'POST', url: `/c/${code}?lang=es`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(fields).toString() });
const hiddenValue = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '';
const mailedCode = async (address: string) => {
  const message = await t.ctx.db.selectFrom('outbox_messages').select('body_text').where('to_address', '=', address).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  return /\b(\d{6})\b/.exec(message.body_text)![1]!;
};

describe('the participant page of a conversation asking for a verified email, without a script', () => {
  it('asks for the address first, in Spanish, and says the address is not kept', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/c/${code}?lang=es` });
    expect(res.body).toContain('Confirma una dirección de correo para que cada persona participe una vez. No la guardamos');
    expect(res.body).toContain('<input type="email" id="email" name="email" autocomplete="email"');
    expect(res.body).toContain('>Enviarme un código</button>');
    expect(res.body).toMatch(/<form id="join-form"[^>]* hidden>/);
  });

  it('mails a code, keeps the address and the ticket in the page, and starts with the right code only', async () => {
    const asked = await postForm([['action', 'email-code'], ['form_token', seasonedFormToken(code)], ['email', 'ana@example.org']]);
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.body).toContain('Enviamos un código a ana@example.org.');
    expect(asked.body).not.toMatch(/<form id="join-form"[^>]* hidden>/);
    expect(asked.body).toContain('autocomplete="one-time-code"');
    const ticket = hiddenValue(asked.body, 'email_ticket');
    expect(ticket).toMatch(/^v1\./);
    const formToken = hiddenValue(asked.body, 'form_token');
    const mailed = await mailedCode('ana@example.org');

    const wrong = await postForm([['action', 'join'], ['form_token', formToken], ['email', 'ana@example.org'], ['email_ticket', ticket], ['email_code', mailed === '123456' ? '654321' : '123456']]);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Ese no es el código que enviamos.');
    expect(hiddenValue(wrong.body, 'email_ticket')).toBe(ticket);

    const started = await postForm([['action', 'join'], ['form_token', formToken], ['email', 'ana@example.org'], ['email_ticket', ticket], ['email_code', mailed]]);
    expect(started.statusCode, started.body).toBe(303);
    expect(String(started.headers['set-cookie'])).toContain(`Path=/c/${code}`);
  });

  it('says what is wrong with the address under it', async () => {
    const empty = await postForm([['action', 'email-code'], ['form_token', seasonedFormToken(code)], ['email', '']]);
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Escriba su correo electrónico para recibir un código.');
    const bad = await postForm([['action', 'email-code'], ['form_token', seasonedFormToken(code)], ['email', 'ana@']]);
    expect(bad.body).toContain('Escriba una dirección de correo como nombre@ejemplo.org.');
    const noCode = await postForm([['action', 'join'], ['form_token', seasonedFormToken(code)]]);
    expect(noCode.statusCode).toBe(400);
    expect(noCode.body).toContain('Escriba su correo electrónico para recibir un código.');
  });
});
