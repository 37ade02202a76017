import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hashPassword } from '../src/server/auth/secrets.js';
import { inTransaction } from '../src/server/db/transaction.js';
import { cliActor } from '../src/server/platform/audit/actor.js';
import { createOrganization } from '../src/server/platform/organizations/create-organization.js';
import { peopleRepo } from '../src/server/platform/people/people.repo.js';
import { chromiumPath, checkAndShoot, DESKTOP } from './support/browser.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/**
 * A consultancy runs its client: its lead records the scope of work month by month and the hours
 * bought, a coach logs hours, and the client district sees what was agreed and what remains.
 */
if (!chromiumPath) console.warn('Skipping the consultancy clients journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

const password = 'a consulting password 2026';

describe.skipIf(!chromiumPath)('a consultancy keeps its scope of work and bank of hours in Chromium', () => {
  let run: FirstRun;
  let lead: Page;
  let coach: Page;
  let consultancyId: string;

  const signIn = async (email: string) => {
    const page = await (await run.browser.newContext({ viewport: DESKTOP })).newPage();
    await page.goto(`${run.server.url}/sign-in`);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/o\/[0-9a-f-]{36}/);
    return page;
  };

  beforeAll(async () => {
    // Bayou Parish Schools, made by the first-run screen, is the consultancy's client.
    run = await openFirstRun();
    const passwordHash = await hashPassword(password);
    consultancyId = await inTransaction(run.server.database.db, async (trx) => {
      const consultancy = await createOrganization({ trx, actor: cliActor, name: 'Koru Consulting', kind: 'network' });
      await trx.updateTable('organizations').set({ network_id: consultancy.id }).where('id', '=', run.organizationId).execute();
      for (const [email, name, role] of [
        ['kim@koru.example', 'Kim Lead', 'network_admin'],
        ['ana@koru.example', 'Ana Coach', 'coach'],
      ] as const) {
        const user = await peopleRepo.insertUser(trx, { email, name, passwordHash });
        await peopleRepo.insertMembership(trx, { organizationId: consultancy.id, userId: user.id, role });
      }
      return consultancy.id;
    });
    lead = await signIn('kim@koru.example');
    coach = await signIn('ana@koru.example');
  }, 120_000);
  afterAll(async () => {
    await run?.close();
  });

  it('records the client’s scope of work and hours bought', async () => {
    await lead.goto(`${run.server.url}/o/${consultancyId}`);
    await lead.getByRole('link', { name: 'Clients and hours' }).first().click();
    await lead.getByRole('heading', { level: 1, name: 'Clients and hours' }).waitFor();
    await lead.getByText('No client engagements yet.').waitFor();
    await lead.getByRole('button', { name: 'New client engagement' }).click();
    const dialog = lead.getByRole('dialog', { name: 'New client engagement' });
    await dialog.getByLabel('Client district').selectOption({ label: 'Bayou Parish Schools' });
    await dialog.getByLabel('Engagement').fill('Strategic plan 2026-27');
    await dialog.getByLabel('Starts').fill('2026-09-01');
    await dialog.getByLabel('Ends').fill('2026-08-01');
    await dialog.getByLabel('Hours bought').fill('10');
    await dialog.getByLabel('Month').first().fill('2026-09');
    await dialog.getByLabel('Services').first().fill('Launch the steering committee');
    await dialog.getByLabel('Outcomes').first().fill('Committee named');
    await dialog.getByRole('button', { name: 'Save engagement' }).click();
    // An end before the start is refused beside the field.
    await dialog.getByText('must not be before the start').waitFor();
    await dialog.getByLabel('Ends').fill('2027-06-30');
    await dialog.getByRole('button', { name: 'Save engagement' }).click();
    await lead.getByRole('heading', { level: 2, name: 'Bayou Parish Schools: Strategic plan 2026-27' }).waitFor();
    await lead.getByText('0 of 10 hours used, 10 remaining').waitFor();
    await checkAndShoot(lead, 'network-clients');
  });

  it('lets a coach log hours, and shows an overrun', async () => {
    await coach.goto(`${run.server.url}/o/${consultancyId}/clients`);
    await coach.getByRole('heading', { level: 2, name: 'Bayou Parish Schools: Strategic plan 2026-27' }).waitFor();
    await coach.getByLabel('Date').fill('2026-09-03');
    await coach.getByLabel('Hours', { exact: true }).fill('7.5');
    await coach.getByLabel('Activity').fill('Steering committee launch');
    await coach.getByRole('button', { name: 'Log hours' }).click();
    await coach.getByText('7.5 of 10 hours used, 2.5 remaining').waitFor();
    await coach.getByLabel('Hours', { exact: true }).fill('3');
    await coach.getByLabel('Activity').fill('Survey design');
    await coach.getByRole('button', { name: 'Log hours' }).click();
    await coach.getByText('0.5 hours past the hours bought').waitFor();
    expect(await coach.getByRole('row', { name: /Survey design/ }).innerText()).toContain('Ana Coach');
    await checkAndShoot(coach, 'network-clients-hours');
  });

  it('shows the client district what was agreed and what remains, in Spanish too', async () => {
    const district = run.page;
    await district.goto(`${run.server.url}/o/${run.organizationId}/network`);
    await district.getByRole('heading', { level: 2, name: 'Consultancy support' }).waitFor();
    await district.getByText('10.5 of 10 hours used, 0 remaining').waitFor();
    await district.getByText('Launch the steering committee').waitFor();
    expect(await district.getByRole('button', { name: 'Log hours' }).count()).toBe(0);
    await district.getByLabel('Language').first().selectOption('es');
    await district.getByRole('heading', { level: 2, name: 'Apoyo de consultoría' }).waitFor();
    await district.getByText('10,5 de 10 horas usadas, quedan 0').waitFor();
    await checkAndShoot(district, 'network-clients-district-es');
    await district.getByLabel('Idioma').first().selectOption('en');
  });
});
