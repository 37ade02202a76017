import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, DESKTOP, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { openFirstRun, startCycleInBrowser } from './support/first-run.js';
import type { startTestServer } from './support/server.js';

/**
 * A Thru cycle's stakeholders and outreach: a group with pasted contacts, an engagement planned in
 * a phase, an invitation edited with a merge field, previewed, sent to the group through the
 * platform's mail, then found in the send history and in the administrator's outbox.
 */
if (!chromiumPath) console.warn('Skipping the engagement journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

describe.skipIf(!chromiumPath)('stakeholders and outreach in Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let organizationId: string;
  let cyclePath: string;

  beforeAll(async () => {
    ({ server, browser, page } = await openFirstRun());
    organizationId = /\/o\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    // The cycle is started through the API, as another screen would.
    const cycle = await page.evaluate(async (districtId) => {
      const session = await (await fetch('/api/auth/session')).json();
      const res = await fetch(`/api/districts/${districtId}/cycles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ templateId: 'thru-community-planning', name: 'Bayou Parish 2027', startDate: '2027-01-04' }),
      });
      return { status: res.status, body: await res.json() };
    }, organizationId);
    expect(cycle.status).toBe(201);
    cyclePath = `/o/${organizationId}/process/${cycle.body.id}`;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  it('adds a stakeholder group by pasting contacts, and plans its engagement in a phase', async () => {
    await page.goto(`${server.url}${cyclePath}`);
    await page.getByRole('link', { name: 'Stakeholders', exact: true }).click();
    await page.waitForURL(/\/engagement$/);
    await page.getByRole('button', { name: 'Add a group' }).click();
    await page.getByLabel('Name of the group').fill('Families of English learners');
    await page.getByLabel('Constituency').selectOption('families');
    await page.getByLabel('Contacts').fill('Ana Ruiz <ana@bayou.example>\nben@bayou.example\nno address here');
    await expect.poll(() => page.getByText('Line 3 has no email address').count()).toBe(1);
    await expectNoAxeViolations(page, 'group dialog');
    await page.getByLabel('Contacts').fill('Ana Ruiz <ana@bayou.example>\nben@bayou.example');
    await expect.poll(() => page.getByText('2 people will be saved.').count()).toBe(1);
    await page.getByRole('button', { name: 'Save the group' }).click();
    await expect.poll(() => page.getByRole('cell', { name: /Families of English learners/ }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('2 contacts').count()).toBe(1);

    await page.getByRole('button', { name: 'Plan an engagement', exact: true }).click();
    await page.getByLabel('How', { exact: true }).selectOption('focus_group');
    await page.getByLabel('Date, or first day of the window').fill('2027-01-20');
    await page.getByLabel('Who leads it').selectOption({ label: 'Claire Boudreaux' });
    await page.getByLabel('Status', { exact: true }).selectOption('scheduled');
    await page.getByRole('button', { name: 'Save the engagement' }).click();
    await expect.poll(() => page.getByText('Lead: Claire Boudreaux').count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: /Edit: Focus group with Families of English learners/ }).count()).toBe(1);
    await expectNoAxeViolations(page, 'stakeholders grid');
    await screenshot(page, 'engagement-grid-1280');

    await page.setViewportSize(PHONE);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect.poll(() => page.getByText(/Families of English learners · /).count()).toBe(1);
    await expectNoAxeViolations(page, 'stakeholders list (phone)');
    await screenshot(page, 'engagement-list-375');
    await page.setViewportSize(DESKTOP);
  });

  it('edits an invitation with a merge field, previews it and sends it to the group', async () => {
    await page.getByRole('link', { name: 'Outreach kit', exact: true }).click();
    await page.waitForURL(/\/outreach/);
    // Opening the kit adds nothing; the planner starts from the starter kit on purpose.
    await page.getByText('The kit is empty').waitFor();
    await page.getByRole('button', { name: 'Add the starter kit' }).click();
    await page.getByRole('button', { name: 'Invitation to a listening session' }).click();
    const subject = page.getByLabel('Email subject');
    await subject.fill('Your voice matters to ');
    await subject.press('End');
    await page.getByRole('button', { name: /\{\{district_name\}\}/ }).click();
    await expect.poll(() => subject.inputValue()).toBe('Your voice matters to {{district_name}}');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByText('Unsaved changes').count()).toBe(0);

    await page.getByLabel('Session', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel(/^Link/).fill('https://bayou.example/rsvp');
    const preview = page.getByTestId('outreach-preview');
    await expect.poll(() => preview.textContent()).toContain('Your voice matters to Bayou Parish Schools');
    await expect.poll(() => preview.textContent()).toContain('https://bayou.example/rsvp');
    await expectNoAxeViolations(page, 'outreach kit');
    await screenshot(page, 'outreach-kit-1280');

    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect.poll(() => page.getByText('2 people will receive this invitation.').count()).toBe(1);
    await expectNoAxeViolations(page, 'send dialog');
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: 'test-results/screens/outreach-send-375.png' });
    await page.setViewportSize(DESKTOP);
    await page.getByRole('button', { name: 'Review' }).click();
    await page.getByRole('button', { name: 'Send to 2 people' }).click();
    await expect.poll(() => page.getByText('Sent to 2 people in Families of English learners.').count()).toBeGreaterThan(0);
    await screenshot(page, 'outreach-sent-1280');
    await page.getByRole('button', { name: 'Done' }).click();

    const history = page.getByRole('region', { name: 'Send history' }).or(page.locator('section[aria-labelledby="history-heading"]'));
    await expect.poll(() => history.getByText('2 people').count()).toBe(1);
    await expect.poll(() => history.getByText('Your voice matters to Bayou Parish Schools').count()).toBe(1);

    await page.setViewportSize(PHONE);
    await expectNoAxeViolations(page, 'outreach kit (phone)');
    await screenshot(page, 'outreach-kit-375');
    await page.setViewportSize(DESKTOP);
  });

  it('shows the administrator each personal message in the outbox', async () => {
    await page.goto(`${server.url}/o/${organizationId}/outbox`);
    await expect.poll(() => page.getByText('ana@bayou.example').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('ben@bayou.example').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Your voice matters to Bayou Parish Schools').count()).toBe(2);
    await screenshot(page, 'outreach-outbox-1280');
  });

  it('reads in Spanish on a phone', async () => {
    await page.goto(`${server.url}${cyclePath}/outreach`);
    await page.getByLabel('Language').first().selectOption('es');
    await expect.poll(() => page.getByRole('heading', { name: 'Historial de envíos' }).count()).toBe(1);
    await page.setViewportSize(PHONE);
    await page.getByRole('link', { name: 'Partes interesadas', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Grupos de partes interesadas' }).count()).toBe(1);
    await expect.poll(() => page.getByText('Responsable: Claire Boudreaux').count()).toBe(1);
    await expectNoAxeViolations(page, 'stakeholders in Spanish (phone)');
    await screenshot(page, 'engagement-es-375');
    // The language switch lives in the menu on a phone; switch back at desktop width.
    await page.setViewportSize(DESKTOP);
    await page.getByLabel('Idioma').first().selectOption('en');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
