import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, expectNoAxeViolations, PHONE, DESKTOP, screenshot } from './support/browser.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/*
 * The first minutes after setup. Without the demo, the overview says what to do first and each
 * step leads to its page; with the demo, setup lands in the demo district, whose overview says
 * where its plans and cycle stand and shows whom to try it as, and the demo owner's shown password
 * signs them in.
 */
describe.skipIf(!chromiumPath)('first run', () => {
  describe('a new district without the demo', () => {
    let run: FirstRun;
    let page: Page;
    beforeAll(async () => {
      run = await openFirstRun();
      page = run.page;
    }, 120_000);
    afterAll(async () => {
      await run?.close();
    });

    it('says what to do next, and each step opens its page', async () => {
      const nextSteps = page.getByRole('region', { name: 'What to do next' });
      await nextSteps.waitFor();
      expect(await nextSteps.getByRole('link').allTextContents()).toEqual([
        expect.stringContaining('Start a planning cycle'),
        expect.stringContaining('Import or create a plan'),
      ]);
      expect(await page.getByText('Try the demo as…').count()).toBe(0);
      await expectNoAxeViolations(page, 'overview of a new district');
      await screenshot(page, 'first-run-new-district');

      await nextSteps.getByRole('link', { name: /Start a planning cycle/ }).click();
      await page.waitForURL(new RegExp(`/o/${run.organizationId}/process$`));
      await page.goBack();
      await page.getByRole('link', { name: /Import or create a plan/ }).click();
      await page.waitForURL(new RegExp(`/o/${run.organizationId}/plans$`));
    });
  });

  describe('setup with the demo district', () => {
    let run: FirstRun;
    let page: Page;
    beforeAll(async () => {
      run = await openFirstRun({ name: 'Maple Grove Schools', adminName: 'Ana Ruiz', email: 'ana@maple.example' }, { loadDemo: true });
      page = run.page;
    }, 120_000);
    afterAll(async () => {
      await run?.close();
    });

    it('lands on the demo district, which says where its plans and cycle stand', async () => {
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Cedar Valley Unified School District (demo)');
      const standing = page.getByRole('region', { name: 'Where things stand' });
      await standing.getByRole('link', { name: 'Cedar Valley Strategic Plan 2023-2027' }).waitFor();
      await expect.poll(() => standing.textContent()).toMatch(/Adopted.*goals?/);
      await expect.poll(() => standing.textContent()).toContain('Current phase:');
      await expectNoAxeViolations(page, 'overview of the demo district');
      await screenshot(page, 'first-run-demo-overview');
      await page.setViewportSize(PHONE);
      await expectNoAxeViolations(page, 'overview of the demo district on a phone');
      await screenshot(page, 'first-run-demo-overview-phone');
      await page.setViewportSize(DESKTOP);
    });

    it("signs in as a demo owner with the password the demo screen shows, and sees what they owe", async () => {
      const row = page.getByRole('listitem').filter({ hasText: 'student.services@cedarvalley.example' });
      const password = (await row.locator('dd').nth(1).textContent())!.trim();
      expect(password.length).toBeGreaterThanOrEqual(10);

      await page.getByRole('button', { name: 'Account menu' }).click();
      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
      await page.waitForURL(/\/sign-in/);
      expect(await page.getByText(password).count()).toBe(0);
      await page.getByLabel('Email address').fill('student.services@cedarvalley.example');
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/o\/[0-9a-f-]{36}$/);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('(demo)');
      // The owner sees what they owe, and no one's password.
      const due = page.getByRole('region', { name: 'Where things stand' });
      await expect.poll(() => due.textContent()).toContain('Call home after the second absence in a month');
      expect(await page.getByText('Try the demo as…').count()).toBe(0);
      expect(await page.getByText(password).count()).toBe(0);
    });
  });
});
