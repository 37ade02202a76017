import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, expectNoAxeViolations, screenshot } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';
import { startSmtpSink } from './support/smtp-sink.js';

/**
 * A conversation that asks each participant to confirm an email: on a phone in Spanish, with the
 * page's script, the participant asks for a code, the code arrives by real mail (a local SMTP
 * sink), and with it they start and vote. The code's message is not kept in the outbox.
 */
if (!chromiumPath) console.warn('Skipping the verified-email journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

const PHONE_360 = { width: 360, height: 740 };
// The server refuses a form token younger than this (issue-form-token.ts): a person takes longer to read.
const readingTime = () => new Promise((resolve) => setTimeout(resolve, 3100));

describe.skipIf(!chromiumPath)('a participant confirms an email on a phone', () => {
  let run: FirstRun;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let code = '';

  beforeAll(async () => {
    sink = await startSmtpSink();
    run = await openFirstRun(undefined, { serverEnv: { SMTP_URL: sink.url } });
    const created = await callApi(run.page, 'POST', `/api/districts/${run.organizationId}/conversations`, {
      mode: 'vote',
      prompt: { en: 'What should our graduates be able to do?', es: '¿Qué deberían saber hacer nuestros graduados?' },
      languages: ['en', 'es'],
      verify_email: true,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await callApi(run.page, 'POST', `/api/conversations/${created.body.id}/statements`, { text: 'Cada graduado sabe administrar su dinero', language: 'es' })).status).toBe(201);
    const opened = await callApi(run.page, 'POST', `/api/conversations/${created.body.id}/open`, {});
    expect(opened.status).toBe(200);
    code = opened.body.public_code;
  });
  afterAll(async () => {
    await run?.close();
    await sink?.close();
  });

  it('asks for a code, takes it from the mail, starts and votes', async () => {
    const context = await run.browser.newContext({ viewport: PHONE_360, locale: 'es-MX' });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto(`${run.server.url}/c/${code}`);
    await page.getByText('Confirma una dirección de correo para que cada persona participe una vez.').waitFor();
    await expectNoAxeViolations(page, 'the email step in Spanish at 360 px');
    await screenshot(page, 'conversation-email-es-360');
    await readingTime();
    await page.getByLabel('Su correo electrónico').fill('rosa@example.org');
    await page.getByRole('button', { name: 'Enviarme un código' }).click();
    await page.getByText('Enviamos un código a rosa@example.org.', { exact: false }).waitFor();
    await expect.poll(() => sink.messages.length, { timeout: 20_000 }).toBe(1);
    const mailed = /c(?:=C3=B3|ó)digo es (\d{6})/.exec(sink.messages[0]!)?.[1];
    expect(mailed, sink.messages[0]).toMatch(/^\d{6}$/);
    expect(sink.messages[0]).toMatch(/^To: rosa@example\.org$/m);

    await page.getByLabel('El código del correo').fill(mailed!);
    await screenshot(page, 'conversation-email-code-es-360');
    await page.getByRole('button', { name: 'Empezar' }).click();
    await page.getByRole('button', { name: 'De acuerdo', exact: true }).click();
    await expect.poll(() => page.locator('#answered-count').textContent()).toBe('1');
    await context.close();

    // Sent, the message with the address and the code is gone from the outbox.
    const outbox = await run.server.database.db.selectFrom('outbox_messages').select('to_address').execute();
    expect(outbox.map((message) => message.to_address)).not.toContain('rosa@example.org');
  });
});
