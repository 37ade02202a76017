import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumPath, DESKTOP, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { callApi as callPageApi, importAdoptedPlan } from './support/call-api.js';
import { openFirstRun } from './support/first-run.js';
import type { startTestServer } from './support/server.js';

/**
 * The acceptance journey: the district publishes its adopted plan; the owner of a measure
 * receives the reminder mail, opens its single-use link without signing in, and posts actuals for
 * all students and three groups with a narrative; the measure's status and the goal's roll-up
 * change; the public page shows the new value in English and in Spanish, while the group of eight
 * students, and the group it could be worked out from, stay hidden on every public view.
 */
const MEASURE = 'Grade 3 reading proficiency';

function planDocument() {
  const target = (label: string, endsOn: string, value: number, subgroup?: string) => ({ period: { label, ends_on: endsOn }, value, ...(subgroup ? { subgroup } : {}) });
  return {
    format: 'strategic-plan/v1',
    organization: { name: 'Bayou Parish Schools', kind: 'district' },
    plan: {
      title: 'Bayou Parish Reads 2025-2030',
      status: 'draft',
      mission: 'Every child in Bayou Parish reads, reasons and belongs.',
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
                target('2026-27', '2027-06-30', 50),
                target('2029-30', '2030-06-30', 60),
                target('2029-30', '2030-06-30', 50, 'English learners'),
                target('2029-30', '2030-06-30', 50, 'Pacific Islander'),
                target('2029-30', '2030-06-30', 50, 'Students with disabilities'),
              ],
            },
          ],
        },
      ],
    },
  };
}

if (!chromiumPath) console.warn('Skipping the living-the-plan journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

describe.skipIf(!chromiumPath)('living the plan, from the reminder to the public page, in Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let visitorContext: BrowserContext;
  let organizationId: string;
  let planId: string;
  let slug: string;

  const callApi = (method: string, path: string, body?: unknown) => callPageApi(page, method, path, body);
  const measureStatus = async () => {
    const scorecard = (await callApi('GET', `/api/plans/${planId}/scorecard`)).body;
    return { measure: scorecard.goals[0].measures[0].status.status as string, goal: scorecard.goals[0].rollUp as { status: string; explanation: string } };
  };

  beforeAll(async () => {
    ({ server, browser, page, organizationId } = await openFirstRun());
    // A mailed link lasts until its period's due date plus the district's grace period: 120 days
    // always covers the latest quarter that fell due, whatever day the journey runs. Set before the
    // plan exists, since the server's own sweep may mail the reminder before the journey asks.
    const settings = (await callApi('GET', `/api/districts/${organizationId}/monitoring/settings`)).body;
    const saved = await callApi('PUT', `/api/districts/${organizationId}/monitoring/settings`, { ...settings, updateLinkGraceDays: 120 });
    if (saved.status !== 200) throw new Error(`settings answered ${saved.status}: ${JSON.stringify(saved.body)}`);
    planId = await importAdoptedPlan(page, organizationId, planDocument(), '2025-06-15');
    const me = (await callApi('GET', '/api/auth/session')).body.user.id;
    expect((await callApi('PUT', `/api/plans/${planId}/owners/G1.M1`, { userId: me })).status).toBe(200);
    // The public pages carry a strict content security policy; the test's axe script needs it lifted.
    visitorContext = await browser.newContext({ viewport: DESKTOP, bypassCSP: true });
  });
  afterAll(async () => {
    await visitorContext?.close();
    await browser?.close();
    await server?.cleanup();
  });

  it('publishes the adopted plan from the public site page, with a Spanish goal title', async () => {
    await page.getByRole('link', { name: 'Public site' }).first().click();
    await page.waitForURL(/\/public-site$/);
    await page.getByLabel('Plan to show').selectOption({ label: 'Bayou Parish Reads 2025-2030' });
    await page.getByRole('checkbox', { name: /Published/ }).check();
    await expect.poll(() => page.getByRole('checkbox', { name: /Every child reads/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByText('The public site is saved.').count()).toBeGreaterThan(0);
    slug = (await callApi('GET', `/api/districts/${organizationId}/public-site`)).body.slug;
    await expect.poll(() => page.getByRole('link', { name: 'Open the public page' }).getAttribute('href')).toBe(`/p/${slug}`);

    const texts = page.getByRole('region', { name: 'Translations' });
    await texts.locator('li', { hasText: 'Every child reads' }).getByLabel('Spanish').fill('Cada niño lee');
    await texts.getByRole('button', { name: 'Save translations' }).click();
    await expect.poll(() => texts.getByText('Translations saved.').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'public site settings');
    await screenshot(page, 'public-site-settings-1280');
    await page.setViewportSize(PHONE);
    await expectNoAxeViolations(page, 'public site settings (phone)');
    await screenshot(page, 'public-site-settings-375');
    await page.setViewportSize(DESKTOP);
  });

  it('mails the owner a reminder whose link opens the form without a password; the posted actuals change the status', async () => {
    const before = await measureStatus();
    expect(before.measure).toBe('no_data');
    const run = await callApi('POST', `/api/districts/${organizationId}/monitoring/reminders/run`, {});
    expect(run.status).toBe(200);
    // The sweep the server runs at start may have mailed it first; either way it is in the outbox, once.
    const outbox = await callApi('GET', `/api/organizations/${organizationId}/outbox`);
    const messages: { subject: string; body: string }[] = outbox.body.items ?? outbox.body.messages ?? [];
    const reminder = messages.find((message) => message.subject.includes(MEASURE));
    expect(reminder, 'a reminder about the measure').toBeTruthy();
    const link = /\/update\/[A-Za-z0-9_-]+/.exec(reminder!.body)?.[0];
    expect(link, 'the reminder holds an update link').toBeTruthy();

    const visitor = await visitorContext.newPage();
    await visitor.goto(`${server.url}${link}`);
    await expect.poll(() => visitor.getByRole('heading', { name: MEASURE, level: 1 }).count()).toBe(1);
    await visitor.getByLabel('All students: value').fill('47');
    await visitor.getByLabel('All students: number of students').fill('400');
    await visitor.getByLabel('English learners: value').fill('31');
    await visitor.getByLabel('English learners: number of students').fill('120');
    await visitor.getByLabel('Pacific Islander: value').fill('12.5');
    await visitor.getByLabel('Pacific Islander: number of students').fill('8');
    await visitor.getByLabel('Students with disabilities: value').fill('22');
    await visitor.getByLabel('Students with disabilities: number of students').fill('40');
    await visitor.getByLabel('What happened').fill('Tutoring reached every grade 3 classroom this fall.');
    await visitor.getByLabel('What happened').press('Enter');
    await expect.poll(() => visitor.getByRole('heading', { name: /Thank you/ }).count()).toBe(1);
    // Evidence goes with the update, still without a password.
    await visitor.getByLabel('File', { exact: true }).setInputFiles({ name: 'reading-scores.csv', mimeType: 'text/csv', buffer: Buffer.from('school,percent\nOak,47\n') });
    await visitor.getByRole('button', { name: 'Upload' }).click();
    await expect.poll(() => visitor.getByText('reading-scores.csv').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(visitor, 'update link after posting, with evidence');
    await screenshot(visitor, 'update-link-evidence-1280');
    await visitor.close();
    const history = await callApi('GET', `/api/plans/${planId}/elements/G1.M1/updates`);
    expect(history.body.updates[0].evidence).toEqual([expect.objectContaining({ fileName: 'reading-scores.csv' })]);

    const after = await measureStatus();
    expect(after.measure).toBe('on_track');
    expect(after.goal.status).toBe('on_track');
    expect(after.goal.explanation).not.toBe(before.goal.explanation);
    expect(after.goal.explanation).toContain('1 of 1 measure on track');

    // The leadership dashboard says the same.
    await page.goto(`${server.url}/o/${organizationId}/plans/${planId}/progress`);
    await expect.poll(() => page.locator('main').getByText('On track').count()).toBeGreaterThan(0);
  });

  it('shows the new value on the public page in English and Spanish, and never the small group', async () => {
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${server.url}/p/${slug}`);
    await expect.poll(() => visitor.getByRole('heading', { name: 'How are we doing?', level: 1 }).count()).toBe(1);
    await expect.poll(() => visitor.getByRole('link', { name: 'Every child reads' }).count()).toBe(1);
    await expectNoAxeViolations(visitor, 'public page');
    await screenshot(visitor, 'public-page-1280');

    await visitor.getByRole('link', { name: 'Every child reads' }).click();
    await visitor.waitForURL(/\/goals\/G1/);
    const section = visitor.locator('section.measure');
    await expect.poll(() => section.getByText('47%').count()).toBeGreaterThan(0);
    await section.getByText('The numbers').click();
    // The 8 Pacific Islander students are hidden; nothing else is needed: the other groups are of other
    // categories (English learners, disability), and the rest of the race and ethnicity category is unpublished.
    await expect.poll(() => section.getByRole('cell', { name: 'Hidden to protect student privacy' }).count()).toBe(1);
    expect(await visitor.content()).not.toContain('12.5');
    await expect.poll(() => section.getByText('Tutoring reached every grade 3 classroom this fall.').count()).toBe(1);
    await expectNoAxeViolations(visitor, 'public goal page');
    await screenshot(visitor, 'public-goal-1280');
    await visitor.setViewportSize(PHONE);
    await expectNoAxeViolations(visitor, 'public goal page (phone)');
    await screenshot(visitor, 'public-goal-375');

    await visitor.getByRole('link', { name: 'Español' }).click();
    await visitor.waitForURL(/lang=es/);
    await expect.poll(() => visitor.getByRole('heading', { name: 'Cada niño lee', level: 1 }).count()).toBe(1);
    await expect.poll(() => visitor.locator('html').getAttribute('lang')).toBe('es');
    await expect.poll(() => visitor.locator('section.measure').getByText('47%').count()).toBeGreaterThan(0);
    // The measure's name was not translated: the page says so and marks it as English.
    await expect.poll(() => visitor.getByText('todavía no están disponibles en español', { exact: false }).count()).toBe(1);
    expect(await visitor.content()).not.toContain('12.5');
    await expectNoAxeViolations(visitor, 'public goal page in Spanish (phone)');
    await screenshot(visitor, 'public-goal-es-375');
    await visitor.close();

    const json = await (await fetch(`${server.url}/api/public/districts/${slug}/plan?lang=es`)).text();
    expect(json).not.toContain('12.5');
    expect(json).not.toMatch(/"n":/);
    expect(JSON.parse(json).goals[0].measures[0].latest).toEqual({ periodLabel: expect.stringContaining('2026-27'), value: 47, isHidden: false, hiddenBecause: null, range: null });
  });

  it('lists a check-in follow-up on its owner’s My tasks, where it is marked done', async () => {
    const me = (await callApi('GET', '/api/auth/session')).body.user.id;
    const checkIn = await callApi('POST', `/api/plans/${planId}/check-ins`, { heldOn: '2026-11-03', attendees: [{ userId: me }] });
    expect(checkIn.status).toBe(201);
    expect(Array.isArray(checkIn.body.agenda)).toBe(true);
    const followUp = await callApi('POST', `/api/plans/${planId}/check-ins/${checkIn.body.id}/follow-ups`, { title: 'Share the tutoring schedule with principals', ownerId: me, dueDate: '2026-11-20' });
    expect(followUp.status).toBe(201);

    await page.goto(`${server.url}/o/${organizationId}/tasks`);
    const section = page.getByRole('region', { name: 'Follow-ups from check-ins' });
    await expect.poll(() => section.getByText('Share the tutoring schedule with principals', { exact: true }).count()).toBe(1);
    await section.getByRole('button', { name: /Mark done/ }).click();
    await expect.poll(() => section.getByRole('button', { name: /Reopen/ }).count()).toBe(1);
    await expectNoAxeViolations(page, 'my tasks with follow-ups');
    await screenshot(page, 'my-tasks-follow-ups-1280');
  });
});
