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
 * A state agency runs a cohort: its administrator starts "Cohort 4" from the Louisiana template,
 * invites three districts (two of its own, one new by its administrator's email), adds two vetted
 * providers and matches them; a provider's lead says what its coach does; a district's administrator
 * signs the notice of intent, uploads the letter of commitment and enrolls; the cohort shows the
 * district enrolled with its provider and coach, and the district sees its provider and coach. Then
 * the acceptance goes on: the provider's coach reviews and approves the district's deliverable
 * F and the dashboard follows; the agency puts a tier-2 strategy in its bank and the district adopts it
 * into its plan.
 */
if (!chromiumPath) console.warn('Skipping the network cohort journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

const password = 'a network password 2026';

/** A calendar day some days from today, as a date field takes it. */
function dayFromToday(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

describe.skipIf(!chromiumPath)('a state agency runs a cohort of districts in Chromium', () => {
  let run: FirstRun;
  let admin: Page;
  let networkId: string;
  let cohortUrl: string;

  const signIn = async (email: string) => {
    const page = await (await run.browser.newContext({ viewport: DESKTOP })).newPage();
    await page.goto(`${run.server.url}/sign-in`);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/o\/[0-9a-f-]{36}/);
    return page;
  };
  const addPerson = async (organizationId: string, email: string, name: string, role: 'network_admin' | 'coach') => {
    const passwordHash = await hashPassword(password);
    await inTransaction(run.server.database.db, async (trx) => {
      const user = await peopleRepo.insertUser(trx, { email, name, passwordHash });
      await peopleRepo.insertMembership(trx, { organizationId, userId: user.id, role });
    });
  };
  /** A confirmation as the alert on screen shows it (the live region says it a second time, unseen). */
  const said = (page: Page, text: string | RegExp) => page.locator('.alert-body').getByText(text).waitFor();
  const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Parts of the cohort' }).getByRole('link', { name });

  beforeAll(async () => {
    // Bayou Parish Schools, made by the first-run screen, and Acadia Parish are the agency's districts.
    run = await openFirstRun();
    const db = run.server.database.db;
    networkId = await inTransaction(db, async (trx) => {
      const network = await createOrganization({ trx, actor: cliActor, name: 'Louisiana Department of Education', kind: 'network' });
      const acadia = await createOrganization({ trx, actor: cliActor, name: 'Acadia Parish Schools', kind: 'district' });
      await trx.updateTable('organizations').set({ network_id: network.id }).where('id', 'in', [run.organizationId, acadia.id]).execute();
      return network.id;
    });
    await addPerson(networkId, 'nadia@ldoe.example', 'Nadia Landry', 'network_admin');
    admin = await signIn('nadia@ldoe.example');
  }, 120_000);
  afterAll(async () => {
    await run?.close();
  });

  it('starts Cohort 4 from the Louisiana template', async () => {
    await admin.goto(`${run.server.url}/o/${networkId}/cohorts`);
    await admin.getByRole('heading', { level: 1, name: 'Cohorts' }).waitFor();
    await admin.getByText('No cohorts yet').waitFor();
    await admin.getByRole('button', { name: 'Start a cohort' }).click();
    await admin.getByLabel('Name of the cohort').fill('Cohort 4');
    await admin.getByLabel('School year').fill('2026-27');
    await admin.getByLabel('Process template').selectOption({ label: 'Strong School Systems strategic planning (Louisiana)' });
    // The shared timeline starts today by default.
    await admin.getByRole('button', { name: 'Start the cohort' }).click();
    await admin.waitForURL(/\/cohorts\/[0-9a-f-]{36}$/);
    cohortUrl = admin.url();
    await admin.getByRole('heading', { level: 1, name: 'Cohort 4' }).waitFor();
    expect(await admin.locator('.page-description').innerText()).toContain('2026-27 · Strong School Systems strategic planning (Louisiana)');

    // The cohort is described afterwards; its template stays.
    await admin.getByRole('button', { name: 'Edit the cohort' }).click();
    const edit = admin.getByRole('dialog', { name: 'Edit the cohort' });
    await edit.getByText('It stays: the districts run their cycles from it.').waitFor();
    await edit.getByLabel('Description').fill('The fourth Strong School Systems cohort.');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await admin.locator('.page-description').getByText('The fourth Strong School Systems cohort.').waitFor();
  });

  it('invites three districts: two of the network, one new by its administrator’s email', async () => {
    await tab(admin, 'Districts').click();
    await admin.getByText('No districts invited yet').waitFor();
    for (const name of ['Bayou Parish Schools', 'Acadia Parish Schools']) {
      await admin.getByRole('button', { name: 'Invite a district' }).click();
      await admin.getByLabel('District', { exact: true }).selectOption({ label: name });
      await admin.getByRole('button', { name: 'Send the invitation' }).click();
      await said(admin, `${name} is invited. Its administrator enrolls it.`);
    }
    await admin.getByRole('button', { name: 'Invite a district' }).click();
    await admin.getByLabel('A new district').check();
    await admin.getByLabel('Name of the district').fill('Caddo Parish Schools');
    await admin.getByLabel(/Administrator.s email/).fill('not an email');
    await admin.getByRole('button', { name: 'Send the invitation' }).click();
    await admin.getByText('Enter an email address like name@district.org.').waitFor();
    await admin.getByLabel(/Administrator.s email/).fill('super@caddo.example');
    await admin.getByRole('button', { name: 'Send the invitation' }).click();
    await said(admin, 'Caddo Parish Schools is invited. Its administrator enrolls it.');

    const rows = admin.getByRole('table', { name: 'Districts of the cohort' }).getByRole('row');
    await rows.nth(3).waitFor();
    expect(await rows.count()).toBe(4);
    for (const index of [1, 2, 3]) expect(await rows.nth(index).innerText()).toContain('Invited');
    const invitation = await run.server.database.db.selectFrom('one_time_tokens').select(['email', 'role']).where('email', '=', 'super@caddo.example').executeTakeFirstOrThrow();
    expect(invitation.role).toBe('administrator');
  });

  it('adds two vetted providers, each with its lead invited', async () => {
    await admin.goto(`${run.server.url}/o/${networkId}/providers`);
    await admin.getByRole('heading', { level: 1, name: 'Providers' }).waitFor();
    await admin.getByText('No providers yet').waitFor();
    for (const [name, services, email] of [
      ['Bayou Planning Partners', 'Facilitation and data', 'paula@bayoupartners.example'],
      ['Delta Coaching Collaborative', 'Community engagement', 'lead@deltacoaching.example'],
    ] as const) {
      await admin.getByRole('button', { name: 'Add a provider' }).click();
      await admin.getByText('The lead gets an invitation by email').waitFor();
      await admin.getByLabel('Name of the provider').fill(name);
      await admin.getByLabel('Services').fill(services);
      await admin.getByLabel(/Lead.s email/).fill(email);
      await admin.getByRole('button', { name: 'Add the provider' }).click();
      await said(admin, `${name} was added. An invitation went to ${email}.`);
    }
    const rows = admin.getByRole('table', { name: 'Vetted providers' }).getByRole('row');
    expect(await rows.count()).toBe(3);
    await checkAndShoot(admin, 'network-providers');
  });

  it('matches the providers to two districts', async () => {
    await admin.goto(`${cohortUrl}?tab=districts`);
    await admin.getByLabel('Provider for Bayou Parish Schools').selectOption({ label: 'Bayou Planning Partners' });
    await said(admin, 'Bayou Planning Partners now supports Bayou Parish Schools.');
    await admin.getByLabel('Provider for Acadia Parish Schools').selectOption({ label: 'Delta Coaching Collaborative' });
    await said(admin, 'Delta Coaching Collaborative now supports Acadia Parish Schools.');
    const matched = await callApi(admin, 'GET', `/api/networks/${networkId}/providers`);
    expect(matched.body.providers.map((p: { name: string; districtCount: number }) => [p.name, p.districtCount]).sort()).toEqual([
      ['Bayou Planning Partners', 1],
      ['Delta Coaching Collaborative', 1],
    ]);
  });

  it('keeps the shared calendar: a session with its time and place', async () => {
    await tab(admin, 'Calendar').click();
    await admin.getByText('Nothing on the calendar yet').waitFor();
    await admin.getByRole('button', { name: 'Add to the calendar' }).click();
    await admin.getByLabel('Title').fill('Steering committee PD 1');
    await admin.getByLabel('Date', { exact: true }).fill(dayFromToday(10));
    await admin.getByLabel('Start time').fill('09:00');
    await admin.getByLabel('Place').fill('Baton Rouge');
    await admin.getByRole('button', { name: 'Add it' }).click();
    await said(admin, 'Steering committee PD 1 was added to the calendar.');
    const row = admin.getByRole('table', { name: 'Shared calendar' }).getByRole('row').nth(1);
    expect(await row.innerText()).toMatch(/at 09:00[\s\S]*Steering committee PD 1[\s\S]*Session[\s\S]*Baton Rouge/);
    await admin.getByRole('button', { name: 'Change Steering committee PD 1' }).click();
    await admin.getByLabel('Place').fill('Baton Rouge, Claiborne Building');
    await admin.getByRole('button', { name: 'Save changes' }).click();
    await said(admin, 'Steering committee PD 1 was saved.');
    expect(await row.innerText()).toContain('Baton Rouge, Claiborne Building');
    await checkAndShoot(admin, 'network-cohort-calendar');
  });

  it('lets the provider’s lead say what its coach does for the district matched to it', async () => {
    const provider = await run.server.database.db.selectFrom('organizations').select('id').where('name', '=', 'Bayou Planning Partners').executeTakeFirstOrThrow();
    await addPerson(provider.id, 'paula@bayoupartners.example', 'Paula Provider', 'network_admin');
    await addPerson(provider.id, 'pedro@bayoupartners.example', 'Pedro Coach', 'coach');
    const lead = await signIn('paula@bayoupartners.example');
    await lead.goto(`${run.server.url}/o/${provider.id}/people`);
    await lead.getByRole('button', { name: 'Assign districts to Pedro Coach' }).click();
    // The provider offers the districts matched to it, and only those.
    const dialog = lead.getByRole('dialog', { name: 'Districts for Pedro Coach' });
    expect(await dialog.getByRole('checkbox').count()).toBe(1);
    await dialog.getByLabel('Bayou Parish Schools').check();
    await dialog.getByLabel('What this coach does').fill('Lead coach: runs the steering committee sessions');
    await checkAndShoot(lead, 'network-provider-coach-dialog');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await said(lead, 'The districts of Pedro Coach were saved.');
    expect(await lead.getByRole('row', { name: /Pedro Coach/ }).innerText()).toContain('Lead coach: runs the steering committee sessions');
    await lead.context().close();
  });

  it('lets the district’s administrator give both documents and enroll', async () => {
    const district = run.page;
    await district.goto(`${run.server.url}/o/${run.organizationId}`);
    await district.getByRole('link', { name: 'Network and coaches' }).first().click();
    await district.getByRole('heading', { level: 1, name: 'Network and coaches' }).waitFor();
    await district.getByRole('heading', { level: 3, name: 'Cohort 4' }).waitFor();
    const enrol = district.getByRole('button', { name: 'Enroll', exact: true });
    expect(await enrol.isDisabled()).toBe(true);
    await district.getByText('Still to give before enrolling: Notice of intent, Letter of commitment.').waitFor();
    await checkAndShoot(district, 'network-district-invited');

    await district.getByRole('button', { name: /^Sign here\W+Notice of intent$/ }).click();
    const sign = district.getByRole('dialog', { name: 'Sign: Notice of intent' });
    expect(await sign.getByLabel('Your name').inputValue()).toBe('Claire Boudreaux');
    expect(await sign.getByLabel('Statement').inputValue()).toContain('Bayou Parish Schools intends to join Cohort 4 of Louisiana Department of Education');
    await sign.getByLabel('Your title').fill('Superintendent');
    await sign.getByRole('button', { name: 'Sign', exact: true }).click();
    // Nobody signs for the district without saying they may.
    await sign.getByText('Confirm that you may sign for the district.').waitFor();
    await sign.getByLabel('I am authorized to sign for Bayou Parish Schools.').check();
    await checkAndShoot(district, 'network-district-sign');
    await sign.getByRole('button', { name: 'Sign', exact: true }).click();
    await district.getByText(/Signed by Claire Boudreaux, Superintendent, on/).waitFor();

    await district.getByRole('button', { name: /^Upload a file\W+Letter of commitment$/ }).click();
    await district.getByLabel('Signed file').setInputFiles({ name: 'Letter of commitment - Bayou.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 signed letter of commitment') });
    await district.getByRole('button', { name: 'Upload', exact: true }).click();
    await district.getByText(/Letter of commitment - Bayou\.pdf, added/).waitFor();
    const download = await district.evaluate(async (href) => (await fetch(href)).text(), (await district.getByRole('link', { name: /Download/ }).getAttribute('href'))!);
    expect(download).toBe('%PDF-1.4 signed letter of commitment');

    await enrol.click();
    await district.getByRole('dialog', { name: 'Enroll in Cohort 4' }).getByRole('button', { name: 'Enroll the district' }).click();
    await said(district, 'Your district is enrolled in Cohort 4. Its planning cycle is ready.');
    const cycleLink = district.getByRole('link', { name: 'Open your planning cycle' });
    expect(await cycleLink.getAttribute('href')).toMatch(new RegExp(`/o/${run.organizationId}/process/[0-9a-f-]{36}$`));
  });

  it('shows the district its provider, its coach’s responsibility and the cohort’s calendar', async () => {
    const district = run.page;
    await district.reload();
    await district.getByRole('heading', { level: 1, name: 'Network and coaches' }).waitFor();
    await district.getByText('Bayou Planning Partners, for Louisiana Department of Education').waitFor();
    const coach = district.getByRole('table', { name: 'Coaches' }).getByRole('row', { name: /Pedro Coach/ });
    expect(await coach.innerText()).toMatch(/Bayou Planning Partners[\s\S]*Lead coach: runs the steering committee sessions[\s\S]*pedro@bayoupartners\.example/);
    await district.getByText('Steering committee PD 1').waitFor();
    await district.getByText('Enrolled', { exact: true }).first().waitFor();
    await checkAndShoot(district, 'network-district-enrolled');

    await district.getByRole('link', { name: 'Open your planning cycle' }).click();
    await district.waitForURL(/\/process\/[0-9a-f-]{36}$/);
    await district.getByRole('heading', { level: 1 }).waitFor();

    // The district's people do not reach the network's own cohort page.
    await district.goto(cohortUrl);
    await district.getByRole('heading', { level: 1 }).waitFor();
    expect(await district.getByRole('heading', { level: 1 }).innerText()).not.toBe('Cohort 4');
  });

  it('shows the network the district enrolled with its provider, coach and documents, and the dashboard', async () => {
    await admin.goto(`${cohortUrl}?tab=districts`);
    const bayou = admin.getByRole('table', { name: 'Districts of the cohort' }).getByRole('row', { name: /Bayou Parish Schools/ });
    await bayou.getByText('Enrolled', { exact: true }).waitFor();
    expect(await admin.getByLabel('Provider for Bayou Parish Schools').inputValue()).not.toBe('');
    expect(await bayou.innerText()).toMatch(/Pedro Coach[\s\S]*Lead coach: runs the steering committee sessions/);
    expect(await bayou.innerText()).toMatch(/Notice of intent[\s\S]*Signed by Claire Boudreaux, Superintendent[\s\S]*Letter of commitment/);
    const signed = await admin.evaluate(async (href) => (await fetch(href)).text(), (await bayou.getByRole('link', { name: 'Notice of intent' }).getAttribute('href'))!);
    expect(signed).toContain('Signed in Waymark by Claire Boudreaux, Superintendent');
    await checkAndShoot(admin, 'network-cohort-districts');

    await tab(admin, 'Dashboard').click();
    await admin.getByRole('heading', { level: 2, name: 'Shared timeline' }).waitFor();
    await checkAndShoot(admin, 'network-cohort-dashboard');

    await admin.goto(`${run.server.url}/o/${networkId}/cohorts`);
    const row = admin.getByRole('table', { name: 'Your cohorts' }).getByRole('row', { name: /Cohort 4/ });
    expect(await row.innerText()).toMatch(/2026-27[\s\S]*Louisiana[\s\S]*3/);
    await checkAndShoot(admin, 'network-cohorts');
  });

  it('lets the provider’s coach review and approve the district’s deliverable F, and the dashboard follows', async () => {
    // Bayou sends its organizational diagnostic report (F) for review.
    const network = await callApi(run.page, 'GET', `/api/districts/${run.organizationId}/network`);
    const cycleId = network.body.cohorts[0].cycleId as string;
    const cycle = await callApi(run.page, 'GET', `/api/cycles/${cycleId}`);
    const f = cycle.body.deliverables.find((d: { letter: string }) => d.letter === 'F') as { id: string; version: number };
    const written = await callApi(run.page, 'PATCH', `/api/cycles/${cycleId}/deliverables/${f.id}`, { version: f.version, changes: { documentText: 'Chronic absence drives the reading gap in grades 3-5.' } });
    expect((await callApi(run.page, 'POST', `/api/cycles/${cycleId}/deliverables/${f.id}/status`, { version: written.body.version, status: 'in_review' })).status).toBe(200);

    const fTile = () => admin.getByRole('table', { name: /Districts/ }).getByRole('row', { name: /Bayou Parish Schools/ }).getByText(/^F Organizational diagnostic report:/);
    await admin.goto(`${cohortUrl}?tab=dashboard`);
    await admin.getByRole('heading', { level: 2, name: 'Shared timeline' }).waitFor();
    expect(await fTile().textContent()).toBe('F Organizational diagnostic report: in review');
    await admin.getByRole('list', { name: 'At a glance' }).getByText('1 waiting for review').waitFor();

    // The provider's coach, assigned to Bayou, finds F first in the provider's queue and approves it.
    const provider = await run.server.database.db.selectFrom('organizations').select('id').where('name', '=', 'Bayou Planning Partners').executeTakeFirstOrThrow();
    const coach = await signIn('pedro@bayoupartners.example');
    await coach.goto(`${run.server.url}/o/${provider.id}/review`);
    await coach.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
    await coach.getByRole('link', { name: 'Review next' }).click();
    await coach.getByRole('heading', { level: 1, name: 'F. Organizational diagnostic report' }).waitFor();
    await coach.getByText('Chronic absence drives the reading gap').waitFor();
    await coach.getByLabel('Comment for the district').fill('Clear and grounded in the data. Approved.');
    await coach.getByRole('button', { name: 'Approve' }).click();
    await coach.getByText('Nothing else waits for your review.').waitFor();
    await coach.context().close();

    // The dashboard shows F approved and nothing waiting.
    await admin.reload();
    await admin.getByRole('heading', { level: 2, name: 'Shared timeline' }).waitFor();
    expect(await fTile().textContent()).toBe('F Organizational diagnostic report: in review, approved');
    await admin.getByRole('list', { name: 'At a glance' }).getByText('0 waiting for review').waitFor();
    const history = await callApi(run.page, 'GET', `/api/cycles/${cycleId}/deliverables/${f.id}/history`);
    expect(history.body.events.at(-1)).toMatchObject({ kind: 'approved', comment: 'Clear and grounded in the data. Approved.' });
  });

  it('lets the agency put a tier-2 strategy in its bank and the district adopt it into its plan', async () => {
    await admin.goto(`${run.server.url}/o/${networkId}/strategies`);
    await admin.getByRole('heading', { level: 1, name: 'Strategy bank' }).waitFor();
    await admin.getByText('No strategies in the bank yet.').waitFor();
    await admin.getByRole('button', { name: 'Add a strategy' }).click();
    const form = admin.getByRole('dialog', { name: 'Add a strategy' });
    await form.getByLabel('Strategy', { exact: true }).fill('Check & Connect mentoring');
    await form.getByLabel('ESSA evidence tier').selectOption({ label: 'Tier 2: moderate evidence' });
    await form.getByLabel('The study behind the tier').fill('Guryan et al. (2021), The Effect of Mentoring on School Attendance, NBER w28531.');
    await form.getByLabel(/Problems it addresses/).fill('Chronic absenteeism');
    await form.getByLabel(/What it costs/).fill('About $1,700 per student a year');
    await form.getByLabel(/Measures districts used/).fill('Students chronically absent');
    await form.getByLabel(/Action steps copied with it/).fill('Hire and train mentors\nWeekly attendance check');
    await form.getByRole('button', { name: 'Save strategy' }).click();
    await admin.getByRole('heading', { level: 2, name: 'Check & Connect mentoring' }).waitFor();
    await checkAndShoot(admin, 'network-strategy-bank');

    // Bayou has a draft plan with a goal; its administrator adopts the strategy under that goal.
    const { everyFieldPlan } = await import('../src/core/plan/format/fixtures/every-field-plan.js');
    const imported = await callApi(run.page, 'POST', `/api/districts/${run.organizationId}/plans/import`, { ...everyFieldPlan, plan: { ...everyFieldPlan.plan, status: 'draft' } });
    expect(imported.status).toBe(201);
    const district = run.page;
    await district.goto(`${run.server.url}/o/${run.organizationId}`);
    await district.getByRole('link', { name: 'Strategy bank' }).first().click();
    await district.getByRole('heading', { level: 1, name: 'Strategy bank' }).waitFor();
    await district.getByLabel('Evidence').selectOption({ label: 'Tier 2: moderate evidence' });
    await district.getByRole('heading', { level: 2, name: 'Check & Connect mentoring' }).waitFor();
    await district.getByRole('button', { name: 'Adopt into our plan' }).click();
    const adopt = district.getByRole('dialog', { name: 'Adopt “Check & Connect mentoring”' });
    await adopt.getByLabel(/may see that we use it/).check();
    await checkAndShoot(district, 'network-district-adopt');
    await adopt.getByRole('button', { name: 'Adopt', exact: true }).click();
    await said(district, /“Check & Connect mentoring” is in your plan as/);
    await checkAndShoot(district, 'network-district-strategy-bank');
    await district.getByRole('link', { name: 'Open it in the plan' }).click();
    await district.getByText('Check & Connect mentoring').first().waitFor();

    // The copy cites the study with its tier and keeps its link to the bank; the bank counts it, named with consent.
    const plan = await callApi(run.page, 'GET', `/api/plans/${imported.body.id}`);
    const copy = plan.body.elements.find((element: { kind: string; fields: { title?: string } }) => element.kind === 'strategy' && element.fields.title === 'Check & Connect mentoring');
    expect(copy.fields.extensions.waymark_evidence[0].text).toBe('ESSA Tier 2: moderate evidence. Guryan et al. (2021), The Effect of Mentoring on School Attendance, NBER w28531.');
    expect(plan.body.elements.filter((element: { parentId: string }) => element.parentId === copy.id).map((element: { kind: string }) => element.kind).sort()).toEqual(['action', 'action', 'measure']);
    await admin.reload();
    await admin.getByText('Used by 1 district').waitFor();
    await admin.getByText(/Districts that agreed to be named: Bayou Parish Schools/).waitFor();
    await admin.goto(`${run.server.url}/o/${networkId}/cohorts`);
  });

  it('reads in Spanish, for the network and for the district', async () => {
    await admin.getByLabel('Language').first().selectOption('es');
    await admin.getByRole('heading', { level: 1, name: 'Cohortes' }).waitFor();
    await checkAndShoot(admin, 'network-cohorts-es');
    await admin.goto(`${cohortUrl}?tab=districts`);
    await admin.getByRole('heading', { level: 2, name: 'Distritos de la cohorte' }).waitFor();
    await admin.getByText('Inscrito', { exact: true }).first().waitFor();
    await checkAndShoot(admin, 'network-cohort-districts-es');
    await admin.goto(`${cohortUrl}?tab=calendar`);
    await admin.getByRole('heading', { level: 2, name: 'Calendario compartido' }).waitFor();
    await checkAndShoot(admin, 'network-cohort-calendar-es');
    await admin.goto(`${run.server.url}/o/${networkId}/providers`);
    await admin.getByRole('heading', { level: 1, name: 'Proveedores' }).waitFor();
    await checkAndShoot(admin, 'network-providers-es');

    const district = run.page;
    await district.goto(`${run.server.url}/o/${run.organizationId}/network`);
    await district.getByLabel('Language').first().selectOption('es');
    await district.getByRole('heading', { level: 1, name: 'Red y acompañantes' }).waitFor();
    await district.getByText('Abrir su ciclo de planificación').waitFor();
    await checkAndShoot(district, 'network-district-enrolled-es');
    await district.getByLabel('Idioma').first().selectOption('en');
    await admin.getByLabel('Idioma').first().selectOption('en');
  });
});
