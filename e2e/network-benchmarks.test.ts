import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PlanDocument } from '../src/core/plan/format/plan-format.schema.js';
import { hashPassword } from '../src/server/auth/secrets.js';
import { inTransaction } from '../src/server/db/transaction.js';
import { addBenchmark } from '../src/server/network/benchmarks/manage-benchmarks.js';
import { saveDistrictProfile } from '../src/server/network/benchmarks/save-district-profile.js';
import { shareBenchmark } from '../src/server/network/benchmarks/share-benchmark.js';
import { cliActor } from '../src/server/platform/audit/actor.js';
import { createOrganization } from '../src/server/platform/organizations/create-organization.js';
import { peopleRepo } from '../src/server/platform/people/people.repo.js';
import { importPlan } from '../src/server/plan/plans/import-plan.js';
import { chromiumPath, checkAndShoot, DESKTOP } from './support/browser.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/**
 * Benchmarks across a network: seven districts already share their chronic absenteeism (one of them
 * named with its consent); the agency's administrator defines a second benchmark and sees the
 * spread of the first; a district describes itself, shares its own measure, and sees its value
 * beside all sharing districts and districts like it, in English and in Spanish. No unnamed
 * district's name appears anywhere.
 */
if (!chromiumPath) console.warn('Skipping the benchmarks journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

const password = 'a network password 2026';

function planOf(name: string, value: number): PlanDocument {
  return {
    format: 'strategic-plan/v1',
    organization: { name, kind: 'district' },
    plan: {
      title: `${name} Strategic Plan`,
      goals: [
        {
          key: 'G1',
          title: 'Every student in school, every day',
          measures: [{ key: 'G1.M1', name: 'Chronic absenteeism', unit: 'percent', direction: 'decrease', actuals: [{ period: { label: 'SY25-26', ends_on: '2026-06-30' }, value, n: 3200 }] }],
        },
      ],
    },
  };
}

const others = [
  { name: 'Acadia Parish Schools', value: 18.4, rural: true },
  { name: 'Beauregard Parish Schools', value: 22.1, rural: true },
  { name: 'Catahoula Parish Schools', value: 27.9, rural: true },
  { name: 'DeSoto Parish Schools', value: 15.2, rural: true },
  { name: 'Evangeline Parish Schools', value: 31.5, rural: true },
  { name: 'Franklin Parish Schools', value: 24.8, rural: false },
  { name: 'Grant Parish Schools', value: 12.3, rural: false, named: true },
];

describe.skipIf(!chromiumPath)('benchmarks across a network in Chromium', () => {
  let run: FirstRun;
  let networkId: string;
  let districtPage: Page;

  beforeAll(async () => {
    run = await openFirstRun();
    districtPage = run.page;
    const db = run.server.database.db;
    networkId = await inTransaction(db, async (trx) => {
      const network = await createOrganization({ trx, actor: cliActor, name: 'Louisiana Department of Education', kind: 'network' });
      await trx.updateTable('organizations').set({ network_id: network.id }).where('id', '=', run.organizationId).execute();
      return network.id;
    });
    const passwordHash = await hashPassword(password);
    await inTransaction(db, async (trx) => {
      const user = await peopleRepo.insertUser(trx, { email: 'nadia@ldoe.example', name: 'Nadia Landry', passwordHash });
      await peopleRepo.insertMembership(trx, { organizationId: networkId, userId: user.id, role: 'network_admin' });
    });
    const benchmarkId = await addBenchmark({ db, actor: cliActor, networkId, values: { name: 'Chronic absenteeism', unit: '%', direction: 'decrease', description: 'Students missing 10% or more of school days, all students.' } });
    for (const other of others) {
      const district = await inTransaction(db, (trx) => createOrganization({ trx, actor: cliActor, name: other.name, kind: 'district' }));
      await db.updateTable('organizations').set({ network_id: networkId }).where('id', '=', district.id).execute();
      const plan = await importPlan({ db, actor: cliActor, organizationId: district.id, input: planOf(other.name, other.value) });
      await saveDistrictProfile({ db, actor: cliActor, districtId: district.id, profile: other.rural ? { enrolment: 4800, povertyPercent: 66, locale: 'rural' } : { enrolment: 21000, povertyPercent: 40, locale: 'suburb' } });
      await shareBenchmark({ db, actor: cliActor, districtId: district.id, networkId, benchmarkId, planId: plan.id, measureKey: 'G1.M1', namedWithConsent: other.named === true });
    }
    await importPlan({ db, actor: cliActor, organizationId: run.organizationId, input: planOf('Bayou Parish Schools', 20.6) });
  }, 120_000);
  afterAll(async () => {
    await run?.close();
  });

  it('lets the agency define a benchmark and see how the sharing districts spread', async () => {
    const admin = await (await run.browser.newContext({ viewport: DESKTOP })).newPage();
    await admin.goto(`${run.server.url}/sign-in`);
    await admin.getByLabel('Email address').fill('nadia@ldoe.example');
    await admin.getByLabel('Password').fill(password);
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await admin.waitForURL(/\/o\/[0-9a-f-]{36}/);
    await admin.goto(`${run.server.url}/o/${networkId}/benchmarks`);
    await admin.getByRole('heading', { level: 1, name: 'Benchmarks' }).waitFor();

    await admin.getByRole('button', { name: 'Add a benchmark' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Add a benchmark' });
    await dialog.getByRole('button', { name: 'Save benchmark' }).click();
    await dialog.locator('.field-error').first().waitFor();
    await dialog.getByLabel('Name').fill('Grade 3 reading proficiency');
    await dialog.getByLabel('Unit').fill('% proficient');
    await dialog.getByLabel('Which way is better').selectOption('increase');
    await dialog.getByRole('button', { name: 'Save benchmark' }).click();
    const reading = admin.getByRole('article', { name: 'Grade 3 reading proficiency' });
    await reading.getByText('No district shares this yet').waitFor();
    await reading.getByText(/Not enough districts share this yet/).waitFor();

    const absenteeism = admin.getByRole('article', { name: 'Chronic absenteeism' });
    await absenteeism.getByText('7 districts share this').waitFor();
    await absenteeism.getByText('Spread of 7 districts’ values').waitFor();
    expect(await absenteeism.locator('.range-bar-figures').innerText()).toMatch(/Median\s*22\.1 %/);
    await absenteeism.getByText('Grant Parish Schools: 12.3 % (SY25-26)').waitFor();
    const text = await admin.locator('main').innerText();
    for (const other of others.filter((o) => !o.named)) expect(text).not.toContain(other.name);
    await checkAndShoot(admin, 'benchmarks-network');
  });

  it('lets a district describe itself, share its measure and see where it stands', async () => {
    const page = districtPage;
    await page.goto(`${run.server.url}/o/${run.organizationId}/benchmarks`);
    await page.getByRole('heading', { level: 1, name: 'Benchmarks' }).waitFor();
    const card = page.getByRole('article', { name: 'Chronic absenteeism' });
    await card.getByText(/You do not share this benchmark/).waitFor();

    await page.getByLabel('Students enrolled').fill('5200');
    await page.getByLabel('Students in poverty (%)').fill('71');
    await page.getByLabel('Locale').selectOption('rural');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.locator('.alert-body').getByText('Profile saved.').waitFor();

    await card.getByRole('button', { name: 'Share our measure' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share a measure as “Chronic absenteeism”' });
    await dialog.getByLabel('Measure').selectOption('G1.M1');
    expect(await dialog.getByLabel('Name our district beside our value').isChecked()).toBe(false);
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    await card.getByText('Your value: 20.6 % (SY25-26)').waitFor();
    await card.getByText('Spread of 8 districts’ values').waitFor();
    await card.getByText('Spread of 6 similar districts’ values').waitFor();
    await card.getByText(/Your value is better than \d+% of the others/).first().waitFor();
    const text = await page.locator('main').innerText();
    for (const other of others.filter((o) => !o.named)) expect(text).not.toContain(other.name);
    await checkAndShoot(page, 'benchmarks-district');

    await page.getByLabel('Language').first().selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Comparativas' }).waitFor();
    await card.getByText('Distribución de los valores de 8 distritos').waitFor();
    await checkAndShoot(page, 'benchmarks-district-es');
    await page.getByLabel('Idioma').first().selectOption('en');
  });
});
