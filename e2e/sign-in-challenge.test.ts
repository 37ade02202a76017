import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './support/browser.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/*
 * Brute force without lock-outs, as a person meets it: after a run of wrong passwords the server
 * stops answering "wrong" and asks for a challenge (429); the sign-in page solves it by itself
 * and the right password still signs in. Nobody is locked out of their own account.
 */
describe.skipIf(!chromiumPath)('signing in after many wrong passwords, in Chromium', () => {
  let run: FirstRun;
  let page: Page;
  const challenges: number[] = [];

  beforeAll(async () => {
    run = await openFirstRun({ name: 'Bayou Parish Schools', adminName: 'Claire Boudreaux', email: 'claire@bayou.example' });
    page = run.page;
    page.on('response', (response) => {
      if (response.url().endsWith('/api/auth/sign-in')) challenges.push(response.status());
    });
    await page.getByRole('button', { name: 'Account menu' }).click();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL(/\/sign-in/);
  }, 120_000);
  afterAll(async () => {
    await run?.close();
  });

  it('is challenged, not locked out, and the right password still signs in', async () => {
    await page.getByLabel('Email address').fill('claire@bayou.example');
    for (let attempt = 0; attempt < 12; attempt++) {
      const answered = page.waitForResponse((response) => response.url().endsWith('/api/auth/sign-in') && response.status() !== 429);
      await page.getByLabel('Password').fill(`wrong password ${attempt}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      // The page solves a challenge on its own and sends the password again; the last answer is the verdict.
      expect((await answered).status()).toBe(401);
      await expect.poll(() => page.getByText('The email address or password is not correct.').count()).toBeGreaterThan(0);
    }
    // The server asked for challenges along the way, rather than refusing outright.
    expect(challenges.filter((status) => status === 429).length).toBeGreaterThan(0);

    await page.getByLabel('Password').fill('a planning password 2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/o\/[0-9a-f-]{36}/, { timeout: 60_000 });
  }, 180_000);
});
