import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, DESKTOP, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { openFirstRun } from './support/first-run.js';
import { completeDeliverable, completeReadiness, escapeRegExp, expectedPhaseDates, produceWorkAreas, readTemplate, timelinePhaseDates, type WalkTemplate } from './support/process-walk.js';
import type { startTestServer } from './support/server.js';

/**
 * A planner runs a whole cycle of each framework in the browser: starts it from the template,
 * finds the dates laid out, gets ready (every readiness item checked or waived), then phase by
 * phase completes every deliverable through its dialog and closes the phase, until every phase
 * is closed. Only the UI is used, so a control that goes missing breaks the walk.
 */
if (!chromiumPath) console.warn('Skipping the full process walks: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

const startDate = '2027-01-04';

describe.skipIf(!chromiumPath)('walking every framework template from start to finish', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let processUrl: string;

  beforeAll(async () => {
    const firstRun = await openFirstRun({ name: 'Magnolia Unified', adminName: 'Renée Thibodeaux', email: 'renee@magnolia.example' });
    ({ server, browser, page } = firstRun);
    processUrl = `${server.url}/o/${firstRun.organizationId}/process`;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  async function startCycle(template: WalkTemplate, name: string) {
    await page.setViewportSize(DESKTOP);
    await page.goto(processUrl);
    await page.getByRole('button', { name: 'Start a planning cycle' }).first().click();
    await page.getByRole('radio', { name: new RegExp(`^${escapeRegExp(template.name)}`) }).check();
    await page.getByLabel('Name of the cycle').fill(name);
    await page.getByLabel('Start date').fill(startDate);
    await page.getByRole('button', { name: 'Start the cycle' }).click();
    await page.waitForURL(/\/process\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(name);
  }

  async function walk(template: WalkTemplate) {
    // Deliverables produced in a work area of Waymark cannot be complete until their work is done there.
    await produceWorkAreas(page, template.id);
    await completeReadiness(page, template.readiness);

    await page.getByRole('button', { name: 'Checklist', exact: true }).click();
    const checklist = page.getByRole('region', { name: 'Checklist', exact: true });
    for (const [index, phase] of template.phases.entries()) {
      for (const [position, deliverable] of phase.deliverables.entries()) {
        // The first deliverable of each phase goes through review and sign-off; the others straight to complete.
        await completeDeliverable(page, checklist, deliverable, position === 0);
      }
      const close = page.getByRole('button', { name: `Close the phase “${phase.name}”`, exact: true });
      await close.click();
      await close.waitFor({ state: 'detached' });
      const next = template.phases[index + 1];
      const currentPhase = page.getByRole('heading', { level: 2, name: next ? new RegExp(`^Current phase ${escapeRegExp(next.name)}`) : 'Every phase is closed: this cycle is complete.' });
      await currentPhase.waitFor();
    }
    // Readiness belongs before the first phase; with it closed, the section is gone.
    expect(await page.getByRole('heading', { name: 'Readiness checklist' }).count()).toBe(0);
    await expect.poll(() => checklist.getByText('Closed', { exact: true }).count()).toBe(template.phases.length);
    await expect.poll(() => checklist.getByText('Complete', { exact: true }).count()).toBe(template.phases.reduce((n, p) => n + p.deliverables.length, 0));
  }

  async function finish(template: WalkTemplate) {
    // Full-page screenshots taken while scrolled show the sticky header over the page title.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectNoAxeViolations(page, `${template.id}: every phase closed (1280)`);
    await screenshot(page, `walk-${template.id}-1280`);
    await page.setViewportSize(PHONE);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectNoAxeViolations(page, `${template.id}: every phase closed (375)`);
    await screenshot(page, `walk-${template.id}-375`);
  }

  async function runWholeCycle(templateId: string, name: string, checkLayout?: (template: WalkTemplate) => Promise<void>) {
    const template = readTemplate(templateId);
    expect(template.phases.length).toBeGreaterThan(0);
    await startCycle(template, name);
    const weeks = template.phases.map((p) => p.durationWeeks);
    expect(await timelinePhaseDates(page)).toEqual(expectedPhaseDates(startDate, weeks));
    await checkLayout?.(template);
    // Once per template, the overview as it first looks: readiness to do, the timeline.
    await expectNoAxeViolations(page, `${templateId}: new cycle overview`);
    await walk(template);
    await finish(template);
  }

  it('Louisiana: 25 weeks in phases of 4, 6, 11 and 4 weeks, walked to the end', async () => {
    await runWholeCycle('louisiana-strong-school-systems', 'Magnolia 2027-2031 (Louisiana)', async () => {
      // Written out rather than read from the template, so a change to the template shows here.
      expect(await timelinePhaseDates(page)).toEqual(['Jan 4, 2027 – Jan 31, 2027', 'Feb 1, 2027 – Mar 14, 2027', 'Mar 15, 2027 – May 30, 2027', 'May 31, 2027 – Jun 27, 2027']);
      expect(expectedPhaseDates(startDate, [4, 6, 11, 4])).toEqual(await timelinePhaseDates(page));
      // 25 weeks from Monday 4 January 2027 end on Sunday 27 June 2027.
      expect(await page.getByText('Jan 4, 2027 – Jun 27, 2027', { exact: true }).count()).toBe(1);
      // Before readiness is done the first phase does not close, and the refusal says what is open.
      await page.getByRole('button', { name: 'Close the phase “Lay the foundation”', exact: true }).click();
      const refusal = page.getByRole('alert').filter({ hasText: 'These readiness items are still open:' });
      await refusal.waitFor();
      expect(await refusal.getByRole('listitem').count()).toBe(8);
      await refusal.getByRole('button', { name: 'Dismiss', exact: true }).click();
      await refusal.waitFor({ state: 'detached' });
    });
  });

  it('Koru vision and strategy, walked to the end', async () => {
    await runWholeCycle('koru-vision-and-strategy', 'Magnolia vision (Koru)');
  });

  it('CEC strategic planning, walked to the end', async () => {
    await runWholeCycle('cec-strategic-planning', 'Magnolia labor-management plan (CEC)');
  });

  it('Thru community planning, walked to the end', async () => {
    await runWholeCycle('thru-community-planning', 'Magnolia community plan (Thru)');
  });

  it('Performance Fact strategic alignment, walked to the end', async () => {
    await runWholeCycle('performance-fact-strategic-alignment', 'Magnolia alignment plan (Performance Fact)');
  });
});
