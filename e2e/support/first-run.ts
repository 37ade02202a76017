import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser } from './browser.js';
import { startTestServer } from './server.js';

export interface FirstRun {
  server: Awaited<ReturnType<typeof startTestServer>>;
  browser: Browser;
  page: Page;
  organizationId: string;
  close(): Promise<void>;
}

/**
 * A fresh server, a browser at desktop width and a district made through the first-run setup
 * screen, its administrator signed in: where most journeys begin. `loadDemo` ticks "Load a demo
 * district" too.
 */
export async function openFirstRun(
  district = { name: 'Bayou Parish Schools', adminName: 'Claire Boudreaux', email: 'claire@bayou.example' },
  options: { loadDemo?: boolean; serverEnv?: Record<string, string> } = {},
): Promise<FirstRun> {
  mkdirSync('test-results/screens', { recursive: true });
  const server = await startTestServer(options.serverEnv);
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: DESKTOP });
  await page.goto(`${server.url}/setup`);
  await page.getByLabel('Organization name').fill(district.name);
  await page.getByLabel('School district').check();
  await page.getByLabel('Full name').fill(district.adminName);
  await page.getByLabel('Email address').fill(district.email);
  await page.getByLabel('Password').fill('a planning password 2026');
  if (options.loadDemo) await page.getByLabel('Load a demo district').check();
  await page.getByRole('button', { name: 'Create organization' }).click();
  await page.waitForURL(/\/o\/[0-9a-f-]{36}/);
  const organizationId = /\/o\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  return {
    server,
    browser,
    page,
    organizationId,
    async close() {
      await browser.close();
      await server.cleanup();
    },
  };
}

/** Starts a planning cycle from the process list's dialog; leaves the page on the new cycle. */
export async function startCycleInBrowser(page: Page, cycle: { template: RegExp; name: string; startDate: string }, beforeStart?: () => Promise<void>) {
  await page.getByRole('link', { name: 'Planning process' }).first().click();
  await page.waitForURL(/\/process$/);
  await page.getByRole('button', { name: 'Start a planning cycle' }).first().click();
  await page.getByLabel(cycle.template).check();
  await page.getByLabel('Name of the cycle').fill(cycle.name);
  await page.getByLabel('Start date').fill(cycle.startDate);
  await beforeStart?.();
  await page.getByRole('button', { name: 'Start the cycle' }).click();
  await page.waitForURL(/\/process\/[0-9a-f-]{36}$/);
}
