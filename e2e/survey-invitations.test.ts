import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumPath, expectNoAxeViolations, screenshot } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/**
 * A survey mailed as personal links: a planner invites a stakeholder group and pasted contacts
 * from "Open and share", an invited parent answers on a phone with their link (told it is theirs,
 * one response), a second response on it is refused in plain words, a parent stops the district's
 * survey invitations on the opt-out page, with and without its script, and another answers with
 * their link on a phone without JavaScript.
 */
if (!chromiumPath) console.warn('Skipping the survey invitations journey: no Chromium found.');

const PHONE_360 = { width: 360, height: 740 };
const FORM_MINIMUM_MS = 3100;
const readingTime = () => new Promise((resolve) => setTimeout(resolve, FORM_MINIMUM_MS));

const survey = {
  format: 'survey/v1',
  title: { en: 'Family check-in', es: 'Consulta a las familias' },
  mode: 'confidential',
  languages: ['en', 'es'],
  questions: [
    {
      key: 'role',
      type: 'single',
      required: true,
      text: { en: 'Which best describes you?', es: '¿Qué le describe mejor?' },
      options: [
        { key: 'parent', text: { en: 'Parent', es: 'Madre o padre' } },
        { key: 'staff', text: { en: 'Staff', es: 'Personal' } },
      ],
    },
  ],
};

describe.skipIf(!chromiumPath)('a survey mailed as personal links', () => {
  let run: FirstRun;
  let browser: Browser;
  let surveyId: string;
  let code: string;

  const tokenFor = async (email: string) => {
    const outbox = await callApi(run.page, 'GET', `/api/organizations/${run.organizationId}/outbox?limit=100`);
    const mail = outbox.body.messages.find((message: { to: string; body: string }) => message.to === email && message.body.includes(`/s/${code}?i=`));
    return new RegExp(`/s/${code}\\?i=([A-Za-z0-9_-]+)`).exec(mail.body)![1]!;
  };
  const phone = (javaScriptEnabled = true) => browser.newContext({ viewport: PHONE_360, locale: 'es-MX', javaScriptEnabled });

  beforeAll(async () => {
    run = await openFirstRun({ name: 'Distrito Escolar Río Claro', adminName: 'Marta Solís', email: 'marta@rioclaro.example' });
    browser = run.browser;
    const cycle = await callApi(run.page, 'POST', `/api/districts/${run.organizationId}/cycles`, { templateId: 'louisiana-strong-school-systems', name: 'Plan 2026', startDate: '2026-01-05' });
    expect(cycle.status, JSON.stringify(cycle.body)).toBe(201);
    const group = await callApi(run.page, 'POST', `/api/cycles/${cycle.body.id}/stakeholder-groups`, {
      name: 'Families of Lincoln Elementary',
      constituency: 'families',
      contacts: [
        { name: 'Ana Ruiz', email: 'ana@rioclaro.example' },
        { name: 'Bo Chen', email: 'bo@rioclaro.example' },
      ],
    });
    expect(group.status, JSON.stringify(group.body)).toBe(201);
    const created = await callApi(run.page, 'POST', `/api/districts/${run.organizationId}/surveys`, survey);
    surveyId = created.body.id;
    code = (await callApi(run.page, 'POST', `/api/surveys/${surveyId}/open`, {})).body.public_code;
    const { version } = (await callApi(run.page, 'GET', `/api/surveys/${surveyId}`)).body;
    expect((await callApi(run.page, 'PATCH', `/api/surveys/${surveyId}/settings`, { version, cycle_id: cycle.body.id })).status).toBe(200);
  });
  afterAll(async () => {
    await run?.close();
  });

  it('invites a group and pasted contacts from "Open and share", naming a bad line', async () => {
    const page = run.page;
    await page.goto(`${run.server.url}/o/${run.organizationId}/engagement/surveys/${surveyId}/share`);
    const section = page.getByRole('region', { name: 'Invite by email' });
    await section.getByRole('checkbox', { name: 'Families of Lincoln Elementary (2 contacts)' }).check();
    const paste = section.getByLabel('Paste contacts');
    await paste.fill('Cy Diaz <cy@rioclaro.example>\nJust a name');
    await section.getByRole('button', { name: 'Send invitations' }).click();
    await expect.poll(() => section.getByText('Line 2 has no email address: Just a name').count()).toBe(1);
    await paste.fill('Cy Diaz <cy@rioclaro.example>\nDee, dee@rioclaro.example');
    await section.getByLabel('Language of the mail and the survey').selectOption('es');
    await section.getByRole('button', { name: 'Preview the mail' }).click();
    await expect.poll(() => section.getByText('Subject: Distrito Escolar Río Claro: Consulta a las familias').count()).toBe(1);
    await section.getByRole('button', { name: 'Send invitations' }).click();
    await expect.poll(() => section.getByText('Invitations sent to 4 people.').count()).toBe(1);
    await expect.poll(() => section.getByRole('button', { name: 'Send reminder to 0 who have not answered' }).count()).toBe(1);
    await screenshot(page, 'survey-invitations-share-tab');
    await expectNoAxeViolations(page, 'the "Open and share" tab with its invitations');
  });

  // Links mailed before carry the token in the fragment (#i=): they still work with the page's script.
  it('takes one response per personal link, on a phone, and says so before starting', async () => {
    const token = await tokenFor('ana@rioclaro.example');
    const context = await phone();
    const page = await context.newPage();
    await page.goto(`${run.server.url}/s/${code}#i=${token}`);
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    await expect.poll(() => page.getByText('Este enlace es suyo: una respuesta por invitación.').count()).toBe(1);
    // The token is out of the address bar: a copied address is the public link.
    expect(page.url()).toBe(`${run.server.url}/s/${code}`);
    await screenshot(page, 'survey-invitations-personal-link-es-360');
    await expectNoAxeViolations(page, 'the survey opened from a personal link');
    await page.getByRole('button', { name: 'Comenzar' }).click();
    await page.getByRole('radio', { name: 'Madre o padre' }).check();
    await readingTime();
    await page.getByRole('button', { name: 'Enviar mis respuestas' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Gracias' }).count()).toBe(1);
    const invitations = (await callApi(run.page, 'GET', `/api/surveys/${surveyId}/invitations`)).body;
    expect(invitations.counts).toMatchObject({ invited: 4, answered: 1 });
    expect(invitations.invitations.find((row: { email: string }) => row.email === 'ana@rioclaro.example').status).toBe('answered');

    // The same link again (from the mail, so a new page), a second response: refused in words a person understands.
    await page.goto('about:blank');
    await page.goto(`${run.server.url}/s/${code}#i=${token}`);
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    await page.getByRole('button', { name: 'Comenzar' }).click();
    await page.getByRole('radio', { name: 'Personal' }).check();
    await readingTime();
    await page.getByRole('button', { name: 'Enviar mis respuestas' }).click();
    await expect.poll(() => page.getByText(/Esta invitación ya se usó para responder la encuesta/).count()).toBe(1);
    await context.close();
  });

  it('stops the district’s survey invitations from the opt-out page, with and without its script', async () => {
    const withScript = await phone();
    const page = await withScript.newPage();
    await page.goto(`${run.server.url}/s/opt-out?lang=es#i=${await tokenFor('bo@rioclaro.example')}`);
    await expect.poll(() => page.getByLabel('Código de invitación').isVisible()).toBe(false);
    await expectNoAxeViolations(page, 'the opt-out page in Spanish');
    await screenshot(page, 'survey-invitations-opt-out-es-360');
    await page.getByRole('button', { name: 'No quiero más invitaciones' }).click();
    await expect.poll(() => page.getByText('Distrito Escolar Río Claro no volverá a enviar invitaciones ni recordatorios de encuestas a bo@rioclaro.example.').count()).toBe(1);
    await expectNoAxeViolations(page, 'the opt-out confirmation in Spanish');
    await withScript.close();

    const noScript = await phone(false);
    const plain = await noScript.newPage();
    await plain.goto(`${run.server.url}/s/opt-out?lang=en`);
    await plain.getByLabel('Invitation code').fill(await tokenFor('cy@rioclaro.example'));
    await plain.getByRole('button', { name: 'Stop survey invitations' }).click();
    await expect.poll(() => plain.getByText('will not send a survey invitation or reminder to cy@rioclaro.example again').count()).toBe(1);
    await noScript.close();
    const counts = (await callApi(run.page, 'GET', `/api/surveys/${surveyId}/invitations`)).body.counts;
    expect(counts).toMatchObject({ invited: 4, answered: 1, opted_out: 2, not_answered: 1 });
  });

  it('answers with a mailed link (?i=) on a phone without JavaScript, and a used link says so', async () => {
    const token = await tokenFor('dee@rioclaro.example');
    const context = await phone(false);
    const page = await context.newPage();
    await page.goto(`${run.server.url}/s/${code}?i=${token}`);
    await expect.poll(() => page.getByText('Este enlace es suyo: una respuesta por invitación.').count()).toBe(1);
    await page.getByRole('radio', { name: 'Madre o padre' }).check();
    await page.getByRole('button', { name: 'Enviar mis respuestas' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Gracias' }).count()).toBe(1);
    expect(page.url()).not.toContain(token);
    const invitations = (await callApi(run.page, 'GET', `/api/surveys/${surveyId}/invitations`)).body;
    expect(invitations.invitations.find((row: { email: string }) => row.email === 'dee@rioclaro.example').status).toBe('answered');

    await page.goto(`${run.server.url}/s/${code}?i=${token}`);
    await expect.poll(() => page.getByRole('heading', { name: 'Ya respondió' }).count()).toBe(1);
    await context.close();
    // The page has no script of its own; axe needs one in the browser to run.
    const withScript = await phone();
    const used = await withScript.newPage();
    await used.goto(`${run.server.url}/s/${code}?i=${token}`);
    await expect.poll(() => used.getByText('cada invitación admite una sola respuesta', { exact: false }).count()).toBe(1);
    await expectNoAxeViolations(used, 'a used personal link');
    await screenshot(used, 'survey-invitations-used-link-es-360');
    await withScript.close();
  });
});
