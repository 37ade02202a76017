import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { openFirstRun, startCycleInBrowser } from './support/first-run.js';
import type { startTestServer } from './support/server.js';

/**
 * A steering committee starts its planning cycle from the Louisiana template: the timeline lays
 * the four phases out over 25 weeks, the current phase and its question stay in sight, and every
 * view passes axe-core at desktop and phone width.
 */
if (!chromiumPath) console.warn('Skipping the planning-process journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

describe.skipIf(!chromiumPath)('planning process in Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openFirstRun());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  it('starts a Louisiana cycle laid out over 25 weeks in four phases', async () => {
    await page.getByRole('link', { name: 'Planning process' }).first().click();
    await page.waitForURL(/\/process$/);
    await expectNoAxeViolations(page, 'planning cycles');
    await page.getByRole('button', { name: 'Start a planning cycle' }).first().click();
    await page.getByLabel(/Strong School Systems strategic planning \(Louisiana\)/).check();
    await page.getByLabel('Name of the cycle').fill('Bayou Parish 2027-2031');
    await page.getByLabel('Start date').fill('2027-01-04');
    await expectNoAxeViolations(page, 'start dialog');
    await page.getByRole('button', { name: 'Start the cycle' }).click();
    await page.waitForURL(/\/process\/[0-9a-f-]{36}/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Bayou Parish 2027-2031');
    await expect.poll(() => page.getByText('Lay the foundation').count()).toBeGreaterThan(0);
    // 25 weeks from Monday 4 January 2027 end on Sunday 27 June 2027.
    await expect.poll(() => page.getByText(/Jun 27, 2027/).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'cycle timeline');
    await screenshot(page, 'process-timeline-1280');
  });

  it('shows the checklist, and passes axe at phone width', async () => {
    await page.getByRole('button', { name: 'Checklist' }).or(page.getByRole('link', { name: 'Checklist' })).first().click();
    await expectNoAxeViolations(page, 'cycle checklist');
    await page.setViewportSize(PHONE);
    await expectNoAxeViolations(page, 'cycle checklist (phone)');
    await screenshot(page, 'process-checklist-375');
    await page.getByRole('button', { name: 'Timeline' }).or(page.getByRole('link', { name: 'Timeline' })).first().click();
    await expectNoAxeViolations(page, 'cycle timeline (phone)');
  });
});
