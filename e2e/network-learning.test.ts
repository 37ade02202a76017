import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hashPassword } from '../src/server/auth/secrets.js';
import { inTransaction } from '../src/server/db/transaction.js';
import { cliActor } from '../src/server/platform/audit/actor.js';
import { createOrganization } from '../src/server/platform/organizations/create-organization.js';
import { peopleRepo } from '../src/server/platform/people/people.repo.js';
import { chromiumPath, checkAndShoot, DESKTOP } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/**
 * A cohort's professional development and its professional network: the agency adds a link to the
 * library for a phase and a file as a session's material, and records who came to the session; a
 * district's planner, reading in Spanish, finds the library and asks the cohort a question; the
 * agency's coach answers it, and the planner reads the answer.
 */
if (!chromiumPath) console.warn('Skipping the network learning journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

const password = 'a network password 2026';

describe.skipIf(!chromiumPath)('a cohort learns together in Chromium', () => {
  let run: FirstRun;
  let admin: Page;
  let networkId: string;
  let cohortId: string;
  let sessionId: string;

  const signIn = async (email: string) => {
    const page = await (await run.browser.newContext({ viewport: DESKTOP })).newPage();
    await page.goto(`${run.server.url}/sign-in`);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/o\/[0-9a-f-]{36}/);
    return page;
  };
  const addPerson = async (organizationId: string, email: string, name: string, role: 'network_admin' | 'coach' | 'planner') => {
    const passwordHash = await hashPassword(password);
    await inTransaction(run.server.database.db, async (trx) => {
      const user = await peopleRepo.insertUser(trx, { email, name, passwordHash });
      await peopleRepo.insertMembership(trx, { organizationId, userId: user.id, role });
    });
  };
  const said = (page: Page, text: string | RegExp) => page.locator('.alert-body').getByText(text).waitFor();

  beforeAll(async () => {
    run = await openFirstRun();
    const db = run.server.database.db;
    networkId = await inTransaction(db, async (trx) => {
      const network = await createOrganization({ trx, actor: cliActor, name: 'Louisiana Department of Education', kind: 'network' });
      await trx.updateTable('organizations').set({ network_id: network.id }).where('id', '=', run.organizationId).execute();
      return network.id;
    });
    await addPerson(networkId, 'nadia@ldoe.example', 'Nadia Landry', 'network_admin');
    await addPerson(networkId, 'noah@ldoe.example', 'Noah Coach', 'coach');
    await addPerson(run.organizationId, 'pablo@bayou.example', 'Pablo Planner', 'planner');
    admin = await signIn('nadia@ldoe.example');
    const cohort = await callApi(admin, 'POST', `/api/networks/${networkId}/cohorts`, { name: 'Cohort 4', schoolYear: '2026-27', templateId: 'louisiana-strong-school-systems', startDate: '2026-08-03' });
    expect(cohort.status).toBe(201);
    cohortId = cohort.body.id;
    expect((await callApi(admin, 'POST', `/api/cohorts/${cohortId}/districts`, { districtId: run.organizationId })).status).toBe(201);
    const session = await callApi(admin, 'POST', `/api/cohorts/${cohortId}/events`, {
      kind: 'session',
      title: 'Steering committee PD 1',
      date: '2030-09-10',
      startTime: '09:00',
      location: 'Baton Rouge',
      details: '9:00 Welcome\n9:30 Root-cause analysis\n11:00 Team time',
    });
    expect(session.status).toBe(201);
    sessionId = session.body.id;
  }, 120_000);
  afterAll(async () => {
    await run?.close();
  });

  it('the agency adds a link for a phase and a file as the session’s material', async () => {
    await admin.goto(`${run.server.url}/o/${networkId}/cohorts/${cohortId}?tab=learning`);
    await admin.getByRole('heading', { level: 2, name: 'Sessions' }).waitFor();
    await admin.getByRole('heading', { level: 3, name: 'Steering committee PD 1' }).waitFor();
    await admin.getByText('11:00 Team time', { exact: false }).waitFor();

    await admin.getByRole('button', { name: 'Add a resource to Lay the foundation' }).click();
    await admin.getByLabel('Title').fill('Stakeholder mapping guide');
    await admin.getByLabel('Web address').fill('not a web address');
    await admin.getByRole('button', { name: 'Add', exact: true }).click();
    await admin.getByText('must be a web address', { exact: false }).waitFor();
    await admin.getByLabel('Web address').fill('https://example.org/stakeholder-mapping');
    await admin.getByRole('button', { name: 'Add', exact: true }).click();
    await said(admin, '“Stakeholder mapping guide” was added.');
    await admin.getByRole('region', { name: 'Lay the foundation' }).getByRole('link', { name: 'Open Stakeholder mapping guide' }).waitFor();

    await admin.getByRole('button', { name: 'Add material to Steering committee PD 1' }).click();
    await admin.getByLabel('What is it?').selectOption('file');
    await admin.getByLabel('Title').fill('PD 1 slides');
    await admin.getByLabel('File', { exact: true }).setInputFiles({ name: 'pd1-slides.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 slides') });
    await admin.getByRole('button', { name: 'Add', exact: true }).click();
    await said(admin, '“PD 1 slides” was added.');
    const download = await callApi(admin, 'GET', `/api/cohorts/${cohortId}/resources`);
    expect(download.body.resources.map((r: { title: string; eventId: string | null; phaseKey: string | null }) => [r.title, r.eventId, r.phaseKey])).toEqual([
      ['Stakeholder mapping guide', null, 'lay-the-foundation'],
      ['PD 1 slides', sessionId, null],
    ]);
  });

  it('records who came to the session', async () => {
    await admin.getByRole('button', { name: 'Record attendance' }).click();
    await admin.getByText('No attendance recorded yet.').waitFor();
    for (const [name, role, came] of [
      ['Claire Boudreaux', 'superintendent', true],
      ['Marc Board', 'board_member', false],
    ] as const) {
      await admin.getByRole('button', { name: 'Add a person from Bayou Parish Schools' }).click();
      const index = await admin.getByLabel(/^Name of person \d+ of Bayou Parish Schools$/).count();
      await admin.getByLabel(`Name of person ${index} of Bayou Parish Schools`).fill(name);
      await admin.getByLabel(`Role of ${name}`).selectOption(role);
      if (!came) await admin.getByLabel(`${name} came`).uncheck();
    }
    await admin.getByRole('button', { name: 'Save attendance' }).click();
    await said(admin, 'Attendance saved: 1 of 2 came.');
    await admin.getByText('1 of 2 people came, from 1 district').waitFor();
    await checkAndShoot(admin, 'network-learning-sessions');
  });

  it('a district planner, in Spanish, finds the library and asks the cohort a question', async () => {
    const planner = await signIn('pablo@bayou.example');
    await planner.getByLabel('Language').first().selectOption('es');
    await planner.goto(`${run.server.url}/o/${run.organizationId}/network`);
    await planner.getByRole('heading', { level: 3, name: 'Cohort 4' }).waitFor();
    await planner.getByRole('button', { name: 'Recursos' }).click();
    await planner.getByRole('link', { name: 'Abrir Stakeholder mapping guide' }).waitFor();
    await planner.getByRole('link', { name: 'Descargar PD 1 slides' }).waitFor();
    await planner.getByRole('button', { name: 'Conversación' }).click();
    await planner.getByText('Todavía no hay preguntas').waitFor();
    await planner.getByRole('button', { name: 'Hacer una pregunta' }).click();
    await planner.getByRole('button', { name: 'Publicar la pregunta' }).click();
    await planner.getByRole('textbox', { name: 'Pregunta' }).and(planner.locator('[aria-invalid="true"]')).waitFor();
    await planner.getByRole('textbox', { name: 'Pregunta' }).fill('¿Cuántas personas tiene su comité directivo?');
    await planner.getByRole('textbox', { name: 'Detalles' }).fill('Tenemos 12 voluntarios; ¿son demasiados?');
    await planner.getByRole('button', { name: 'Publicar la pregunta' }).click();
    await said(planner, 'Se publicó su pregunta.');
    await checkAndShoot(planner, 'network-learning-district-es');

    // The network's coach answers from the cohort's page.
    const coach = await signIn('noah@ldoe.example');
    await coach.goto(`${run.server.url}/o/${networkId}/cohorts/${cohortId}?tab=discussion`);
    await coach.getByRole('button', { name: '¿Cuántas personas tiene su comité directivo?' }).click();
    await coach.getByText('Pablo Planner, Bayou Parish Schools', { exact: false }).first().waitFor();
    await coach.getByLabel('Your reply').fill('Doce está bien si cada uno sabe su papel.');
    await coach.getByRole('button', { name: 'Reply', exact: true }).click();
    await said(coach, 'Your reply was posted.');
    await checkAndShoot(coach, 'network-learning-thread');

    await planner.reload();
    await planner.getByRole('button', { name: 'Conversación' }).click();
    const row = planner.getByRole('row', { name: /comité directivo/ });
    expect(await row.innerText()).toContain('1');
    await row.getByRole('button').click();
    await planner.getByText('Doce está bien si cada uno sabe su papel.').waitFor();
    await planner.getByText('Noah Coach, Louisiana Department of Education', { exact: false }).first().waitFor();
    await checkAndShoot(planner, 'network-learning-thread-es');
  });
});
