import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, DESKTOP, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { openFirstRun, startCycleInBrowser, type FirstRun } from './support/first-run.js';

/**
 * A district runs Koru's framework with its choices: the visioning sessions held as one half-day
 * retreat instead of three meetings, and the Data Wise path taken later from the overview's
 * "Framework options" card, which also lists the support the framework includes.
 */
if (!chromiumPath) console.warn('Skipping the framework options journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

describe.skipIf(!chromiumPath)("a framework's choices in Chromium", () => {
  let run: FirstRun;
  beforeAll(async () => {
    run = await openFirstRun();
  });
  afterAll(async () => {
    await run?.close();
  });

  it('starts a Koru cycle holding the visioning sessions as one half-day retreat', async () => {
    const { page } = run;
    await startCycleInBrowser(page, { template: /Koru/, name: 'Koru vision 2027', startDate: '2027-01-04' }, async () => {
      const visioning = page.getByRole('group', { name: /Visioning and needs-assessment sessions/ });
      await expect.poll(() => visioning.getByRole('radio').count()).toBe(2);
      expect(await visioning.getByRole('radio', { name: /3 sessions of 90 minutes/ }).isChecked()).toBe(true);
      await visioning.getByRole('radio', { name: /Half-day visioning retreat/ }).check();
      await expect.poll(() => page.getByRole('checkbox', { name: /Data Wise improvement cycle/ }).count()).toBe(1);
      await expectNoAxeViolations(page, 'start dialog with framework choices');
      await screenshot(page, 'framework-start-dialog-1280');
      await page.setViewportSize(PHONE);
      await expectNoAxeViolations(page, 'start dialog with framework choices (phone)');
      await visioning.screenshot({ path: 'test-results/screens/framework-start-choice-375.png' });
      await page.setViewportSize(DESKTOP);
    });
    await page.getByRole('button', { name: 'Checklist' }).first().click();
    const envision = page.getByRole('listitem', { name: /Envision/ });
    const sessions = envision.locator('.checklist-sessions > li');
    await expect.poll(() => sessions.filter({ hasText: 'Half-day visioning retreat' }).count()).toBe(1);
    expect(await sessions.filter({ hasText: 'Visioning and needs-assessment sessions' }).count()).toBe(0);
    // The planning sessions were left as the framework plans them: three meetings in Plan.
    const plan = page.getByRole('listitem', { name: /Plan$/ });
    expect(await plan.locator('.checklist-sessions > li').filter({ hasText: 'Strategic action planning sessions' }).count()).toBe(3);
  });

  it('chooses the Data Wise path on the overview and lists the support included', async () => {
    const { page } = run;
    const card = page.getByRole('region', { name: 'Framework options' });
    await expect.poll(() => card.getByText('Not chosen').count()).toBe(2);
    await card.getByRole('button', { name: 'Choose Data Wise improvement cycle' }).click();
    await expect.poll(() => card.getByRole('button', { name: 'Drop Data Wise improvement cycle' }).count()).toBe(1);
    expect(await card.getByText('Chosen', { exact: true }).count()).toBe(1);
    expect(await card.getByText('Stakeholder invitation kit').count()).toBe(1);
    expect(await card.getByRole('link', { name: 'Open the outreach kit' }).getAttribute('href')).toMatch(/\/process\/[0-9a-f-]{36}\/outreach$/);
    await expectNoAxeViolations(page, 'framework options');
    await screenshot(page, 'framework-options-1280');
    // The page is long; the card on its own is what to look at.
    await card.screenshot({ path: 'test-results/screens/framework-options-card-1280.png' });
    await page.setViewportSize(PHONE);
    await expectNoAxeViolations(page, 'framework options (phone)');
    await screenshot(page, 'framework-options-375');
    await card.screenshot({ path: 'test-results/screens/framework-options-card-375.png' });
    await page.setViewportSize(DESKTOP);
  });
});
