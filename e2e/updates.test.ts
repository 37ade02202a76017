import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, DESKTOP, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { callApi as callPageApi, importAdoptedPlan } from './support/call-api.js';
import { openFirstRun } from './support/first-run.js';
import type { startTestServer } from './support/server.js';

/**
 * An owner lives the plan: a plan is imported and adopted, the planner makes herself the owner of a
 * measure from the plan's detail panel, finds it overdue on "My updates", posts the all-students
 * value and one student group's, corrects it, and reads the history of both revisions. The
 * district's monitoring settings are saved, and a mailed single-use link opens the form of an action
 * without signing in, in Spanish, and says so plainly once it is used.
 */
const MEASURE = 'Grade 3 reading proficiency';
const ACTION = 'Hire tutors';

function planDocument() {
  return {
    format: 'strategic-plan/v1',
    organization: { name: 'Bayou Parish Schools', kind: 'district' },
    plan: {
      title: 'Bayou Parish Reads 2025-2030',
      status: 'draft',
      period: { start: { label: '2025-26', ends_on: '2026-06-30' }, end: { label: '2029-30', ends_on: '2030-06-30' } },
      goals: [
        {
          key: 'G1',
          title: 'Every child reads',
          measures: [
            {
              key: 'G1.M1',
              name: MEASURE,
              unit: 'percent',
              direction: 'increase',
              cadence: 'quarterly',
              baseline: { period: { label: '2024-25', ends_on: '2025-06-30' }, value: 40 },
              targets: [
                { period: { label: '2029-30', ends_on: '2030-06-30' }, value: 60 },
                { period: { label: '2029-30', ends_on: '2030-06-30' }, value: 50, subgroup: 'English learners' },
              ],
            },
          ],
          strategies: [{ key: 'G1.S1', title: 'Tutoring', actions: [{ key: 'G1.S1.A1', title: ACTION, start: '2025-07-01', due: '2030-06-30' }] }],
        },
      ],
    },
  };
}

if (!chromiumPath) console.warn('Skipping the updates journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

describe.skipIf(!chromiumPath)('owners post updates in Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let organizationId: string;
  let planId: string;

  const callApi = (method: string, path: string, body?: unknown) => callPageApi(page, method, path, body);

  beforeAll(async () => {
    ({ server, browser, page, organizationId } = await openFirstRun());
    // A mailed link lasts until its period's due date plus the district's grace period: 120 days
    // always covers the latest quarter that fell due, whatever day the journey runs. Set before the
    // plan exists, since the server's own sweep may mail the reminder before the journey asks.
    const settings = (await callApi('GET', `/api/districts/${organizationId}/monitoring/settings`)).body;
    const saved = await callApi('PUT', `/api/districts/${organizationId}/monitoring/settings`, { ...settings, updateLinkGraceDays: 120 });
    if (saved.status !== 200) throw new Error(`settings answered ${saved.status}: ${JSON.stringify(saved.body)}`);
    planId = await importAdoptedPlan(page, organizationId, planDocument(), '2025-06-15');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  it('makes the planner the owner of a measure from the plan', async () => {
    await page.goto(`${server.url}/o/${organizationId}/plans/${planId}?element=G1.M1`);
    const panel = page.locator('.detail-panel');
    await expect.poll(() => panel.getByRole('heading', { name: MEASURE, level: 2 }).count()).toBe(1);
    await panel.getByLabel('Owner', { exact: true }).selectOption({ label: 'Claire Boudreaux' });
    await panel.getByRole('button', { name: 'Save owner' }).click();
    await expect.poll(() => panel.getByRole('button', { name: 'Save owner' }).isDisabled()).toBe(true);
    const owners = await callApi('GET', `/api/plans/${planId}/owners`);
    expect(owners.body.owners).toEqual([expect.objectContaining({ elementKey: 'G1.M1', name: 'Claire Boudreaux' })]);
    await expect.poll(() => panel.getByRole('link', { name: 'Post update' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'plan detail with owner');
    await screenshot(page, 'owner-picker-1280');
  });

  it('finds the overdue measure on My updates', async () => {
    await page.getByRole('link', { name: 'My updates' }).first().click();
    await page.waitForURL(/\/updates$/);
    const overdue = page.getByRole('region', { name: /Overdue/ });
    await expect.poll(() => overdue.getByText(MEASURE, { exact: true }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'my updates');
    await screenshot(page, 'my-updates-1280');
    await page.setViewportSize(PHONE);
    await expectNoAxeViolations(page, 'my updates (phone)');
    await screenshot(page, 'my-updates-375');
    await page.setViewportSize(DESKTOP);
  });

  it('posts the all-students value and a group, checked in the browser first', async () => {
    await page.getByRole('region', { name: /Overdue/ }).getByRole('link', { name: new RegExp(`Post update.*${MEASURE}`) }).first().click();
    await page.waitForURL(/\/updates\/[0-9a-f-]{36}\/G1\.M1\?period=/);
    const allStudents = page.getByLabel('All students: value');
    // The first field takes focus, so the owner can type straight away.
    await expect.poll(() => allStudents.evaluate((input) => input === document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Enter a value, or say what happened.').count()).toBe(1);
    await allStudents.fill('forty');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Enter a number for All students, such as 54 or 54.5.').count()).toBe(1);

    await allStudents.fill('47');
    await page.getByLabel('All students: number of students').fill('320');
    await page.getByLabel('English learners: value').fill('35');
    await page.getByLabel('English learners: number of students').fill('48');
    await page.getByLabel('What happened').fill('Tutoring started in every grade 3 classroom.');
    await page.getByLabel('What happened').press('Enter');
    await expect.poll(() => page.locator('.alert-success', { hasText: 'Update posted for' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'update form after posting');
    await screenshot(page, 'update-posted-1280');

    await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'tutoring-roster.csv', mimeType: 'text/csv', buffer: Buffer.from('school,tutors\nOak,4\n') });
    await page.getByRole('button', { name: 'Upload' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'tutoring-roster.csv' }).count()).toBeGreaterThan(0);
  });

  it('corrects the update and shows both revisions in the history', async () => {
    // The period now has an update: the form is a correction, filled with what was posted.
    await expect.poll(() => page.getByLabel('All students: value').inputValue()).toBe('47');
    await page.getByLabel('All students: value').fill('48');
    await page.getByRole('button', { name: 'Post correction' }).click();
    await expect.poll(() => page.getByText('Say what this correction changes.').count()).toBe(1);
    await page.getByLabel('What this correction changes').fill('Two late answer sheets were scored.');
    await page.getByLabel('What this correction changes').press('Enter');

    const history = page.getByRole('region', { name: 'History' });
    await expect.poll(() => history.getByRole('heading', { name: /revision 2/ }).count()).toBe(1);
    await expect.poll(() => history.getByRole('heading', { name: /revision 1/ }).count()).toBe(1);
    await expect.poll(() => history.getByText('What changed').count()).toBe(1);
    await expect.poll(() => history.locator('del', { hasText: '47%' }).count()).toBe(1);
    await expect.poll(() => history.locator('ins', { hasText: '48%' }).count()).toBe(1);
    await expect.poll(() => history.getByText('Two late answer sheets were scored.').count()).toBe(1);

    const updates = await callApi('GET', `/api/plans/${planId}/elements/G1.M1/updates`);
    expect(updates.body.updates.map((update: { revision: number }) => update.revision)).toEqual([2, 1]);
    expect(updates.body.updates[0].values).toEqual([
      { subgroup: null, value: 48, n: 320 },
      { subgroup: 'English learners', value: 35, n: 48 },
    ]);

    await expectNoAxeViolations(page, 'update form with history');
    await screenshot(page, 'update-form-1280');
    await page.setViewportSize(PHONE);
    await expectNoAxeViolations(page, 'update form with history (phone)');
    await screenshot(page, 'update-form-375');
    await page.setViewportSize(DESKTOP);
  });

  it('saves the monitoring settings and a supervisor on the settings page', async () => {
    await page.goto(`${server.url}/o/${organizationId}/settings`);
    const section = page.getByRole('region', { name: 'Monitoring' });
    await expect.poll(() => section.getByLabel('Then remind every (days)').count()).toBe(1);
    await section.getByLabel('Then remind every (days)').fill('0');
    await section.getByRole('button', { name: 'Save monitoring settings' }).click();
    await expect.poll(() => section.getByText('“Then remind every (days)” must be a whole number from 1 to 60.').count()).toBe(1);
    await section.getByLabel('Then remind every (days)').fill('5');
    await section.getByRole('radio', { name: /Fiscal year/ }).check();
    await section.getByRole('button', { name: 'Save monitoring settings' }).click();
    await expect.poll(() => section.getByText('Monitoring settings saved.').count()).toBe(1);
    const settings = await callApi('GET', `/api/districts/${organizationId}/monitoring/settings`);
    expect(settings.body).toMatchObject({ remindEveryDays: 5, yearBasis: 'fiscal' });

    const people = page.getByRole('region', { name: 'Supervisors and digests' });
    await people.getByRole('checkbox', { name: /Daily digest/ }).check();
    await people.getByRole('button', { name: /Save changes/ }).click();
    await expect.poll(async () => (await callApi('GET', `/api/districts/${organizationId}/monitoring/people`)).body.people[0].wantsDailyDigest).toBe(true);
    await expectNoAxeViolations(page, 'settings with monitoring');
    await screenshot(page, 'settings-monitoring-1280');
    await page.setViewportSize(PHONE);
    await expectNoAxeViolations(page, 'settings with monitoring (phone)');
    await screenshot(page, 'settings-monitoring-375');
    await page.setViewportSize(DESKTOP);
    // Back to the school year, so the periods of the rest of the journey keep their names.
    await section.getByRole('radio', { name: /School year/ }).check();
    await section.getByRole('button', { name: 'Save monitoring settings' }).click();
    await expect.poll(() => section.getByText('Monitoring settings saved.').count()).toBe(1);
  });

  it('opens a mailed link without signing in, posts the action, and refuses the used link', async () => {
    const owner = await callApi('PUT', `/api/plans/${planId}/owners/G1.S1.A1`, { userId: (await callApi('GET', '/api/auth/session')).body.user.id });
    expect(owner.status).toBe(200);
    const run = await callApi('POST', `/api/districts/${organizationId}/monitoring/reminders/run`, {});
    expect(run.status).toBe(200);
    const outbox = await callApi('GET', `/api/organizations/${organizationId}/outbox`);
    const bodies: string[] = (outbox.body.items ?? outbox.body.messages ?? []).map((message: { body: string }) => message.body);
    const link = bodies.map((body) => /\/update\/[A-Za-z0-9_-]+/.exec(body)?.[0]).find(Boolean);
    expect(link, 'a reminder with an update link').toBeTruthy();

    const visitor = await browser.newPage({ viewport: PHONE });
    // The digest lists the action and the measure; open whichever link is the action's.
    const links = [...new Set(bodies.flatMap((body) => body.match(/\/update\/[A-Za-z0-9_-]+/g) ?? []))];
    let actionLink: string | null = null;
    for (const candidate of links) {
      const res = await visitor.request.get(`${server.url}/api${candidate.replace('/update/', '/update-links/')}`);
      if (res.status() === 200 && (await res.json()).kind === 'action') actionLink = candidate;
    }
    expect(actionLink, 'a link for the action').toBeTruthy();
    await visitor.goto(`${server.url}${actionLink}`);
    await expect.poll(() => visitor.getByRole('heading', { name: ACTION, level: 1 }).count()).toBe(1);
    await visitor.getByLabel('Language').selectOption('es');
    await expect.poll(() => visitor.getByRole('button', { name: /Publicar/ }).count()).toBe(1);
    await expectNoAxeViolations(visitor, 'update link (phone, Spanish)');
    await screenshot(visitor, 'update-link-375');
    await visitor.getByRole('button', { name: /Publicar/ }).click();
    await expect.poll(() => visitor.getByText('Elija el estado de la acción.').count()).toBe(1);
    await visitor.getByLabel('Estado').selectOption('on_track');
    await visitor.getByLabel(/Porcentaje completado/).fill('40');
    await visitor.getByLabel('Qué pasó').fill('Se contrataron 12 tutores.');
    await visitor.getByLabel('Qué pasó').press('Enter');
    await expect.poll(() => visitor.getByRole('heading', { name: 'Gracias, su actualización quedó registrada' }).count()).toBe(1);
    await screenshot(visitor, 'update-link-posted-375');

    await visitor.reload();
    await expect.poll(() => visitor.getByRole('heading', { name: 'Este enlace ya no se puede usar', level: 1 }).count()).toBe(1);
    await expect.poll(() => visitor.getByRole('link', { name: 'Iniciar sesión en Waymark' }).count()).toBe(1);
    await expectNoAxeViolations(visitor, 'used update link');
    await screenshot(visitor, 'update-link-used-375');
    await visitor.setViewportSize(DESKTOP);
    await screenshot(visitor, 'update-link-used-1280');
    await visitor.close();

    const action = await callApi('GET', `/api/plans/${planId}/elements/G1.S1.A1/updates`);
    expect(action.body.updates[0]).toMatchObject({ source: 'link', actionStatus: 'on_track', percentComplete: 40 });
  });
});
