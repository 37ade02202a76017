import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, DESKTOP, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { openFirstRun, startCycleInBrowser } from './support/first-run.js';
import type { startTestServer } from './support/server.js';

/**
 * A planner adapts a Louisiana cycle for the district: renames and moves the first phase with the
 * later phases following, adds, reorders and removes a phase and what is in it, ticks a step,
 * links the plan the cycle produces, then names a reviewer for a deliverable and signs it off.
 */
if (!chromiumPath) console.warn('Skipping the cycle-editing journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

describe.skipIf(!chromiumPath)('adapting a planning cycle in Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let planId = '';
  const dialog = () => page.getByRole('dialog');
  // A modal dialog is best seen as the screen shows it, not as a full-page capture.
  const viewportShot = (name: string) => page.screenshot({ path: `test-results/screens/${name}.png` });
  const phaseHeadings = () => page.getByRole('heading', { level: 3 }).allTextContents();

  beforeAll(async () => {
    ({ server, browser, page } = await openFirstRun());
    // The plan the cycle will produce.
    await page.getByRole('link', { name: 'Plans' }).first().click();
    await page.getByRole('button', { name: 'New plan' }).click();
    await page.getByLabel('Title of the plan').fill('Bayou Parish Strategic Plan');
    await page.getByRole('button', { name: 'Create plan' }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    planId = /\/plans\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await startCycleInBrowser(page, { template: /Strong School Systems strategic planning \(Louisiana\)/, name: 'Bayou Parish 2027-2031', startDate: '2027-01-04' });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  it('links the plan the cycle produces, so steps made in the plan link to its views', async () => {
    await page.getByLabel('Plan', { exact: true }).selectOption({ label: 'Bayou Parish Strategic Plan' });
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Bayou Parish Strategic Plan' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'overview with the linked plan');
    await viewportShot('cycle-plan-link-1280');
    await page.getByRole('button', { name: 'Checklist' }).click();
    const measures = page.getByRole('link', { name: 'Plan measures' }).first();
    expect(await measures.getAttribute('href')).toMatch(new RegExp(`/plans/${planId}/measures$`));
    expect(await page.getByRole('link', { name: 'Norms' }).first().getAttribute('href')).toMatch(/\/process\/[0-9a-f-]{36}\/norms$/);
  });

  it('renames the first phase and moves its end a week, carrying the later phases', async () => {
    await page.getByRole('button', { name: 'Adapt the cycle' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Adapt the cycle' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'adapting the cycle');
    await page.getByRole('button', { name: 'Edit (Lay the foundation)' }).click();
    await dialog().getByLabel('Name', { exact: true }).fill('Set up the work');
    await dialog().getByLabel('End date', { exact: true }).fill('2027-02-07');
    await dialog().getByRole('checkbox', { name: /Move later phases too/ }).check();
    await expectNoAxeViolations(page, 'phase dialog');
    await dialog().getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    expect((await phaseHeadings())[0]).toBe('Phase 1: Set up the work');
    // Phase 2 started on 1 February 2027; it now starts a week later.
    await expect.poll(() => page.getByText(/Feb 8, 2027 – /).count()).toBeGreaterThan(0);
  });

  it('adds a phase, moves it up from the keyboard, and fills it with a step, a session and a deliverable', async () => {
    await page.getByRole('button', { name: 'Add a phase' }).click();
    await dialog().getByLabel('Name', { exact: true }).fill('Board adoption');
    await dialog().getByRole('button', { name: 'Add' }).click();
    await expect.poll(async () => (await phaseHeadings()).at(-1)).toBe('Phase 5: Board adoption');
    const up = page.getByRole('button', { name: 'Move up (Board adoption)' });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await phaseHeadings())[3]).toBe('Phase 4: Board adoption');
    // Focus stays on the moved phase's controls, so it can be moved again.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Board adoption');

    await page.getByRole('button', { name: 'Add a step (Board adoption)' }).click();
    await dialog().getByLabel('What to do', { exact: true }).fill('Present the plan to the board');
    await dialog().getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Present the plan to the board' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Add a session (Board adoption)' }).click();
    await dialog().getByLabel('Name', { exact: true }).fill('Board vote');
    await dialog().getByLabel('Format', { exact: true }).selectOption({ label: 'Board meeting' });
    await dialog().getByLabel(/Length in minutes/).fill('90');
    await expectNoAxeViolations(page, 'session dialog');
    await viewportShot('cycle-session-dialog-1280');
    await dialog().getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Edit (Board vote)' }).count()).toBe(1);
    await expect.poll(() => page.getByText('90 min').count()).toBe(1);

    await page.getByRole('button', { name: 'Add a deliverable (Board adoption)' }).click();
    await dialog().getByLabel('Name', { exact: true }).fill('Board resolution');
    await dialog().getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Board resolution', exact: true }).count()).toBe(1);
    await screenshot(page, 'cycle-adapt-1280');
  });

  it('ticks a step done', async () => {
    const step = page.getByRole('checkbox', { name: 'Present the plan to the board' });
    await step.check();
    await expect.poll(() => page.getByText(/Marked as done: Present the plan/).count()).toBeGreaterThan(0);
    await page.reload();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Present the plan to the board' }).isChecked()).toBe(true);
  });

  it('reorders steps and deliverables with the move buttons', async () => {
    const firstPhase = page.locator('.checklist-phase').first();
    const stepTexts = () => firstPhase.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => box.closest('label')?.textContent ?? ''));
    const before = await stepTexts();
    await page.getByRole('button', { name: 'Move down (Adopt norms for the steering committee)' }).click();
    await expect.poll(async () => (await stepTexts()).slice(0, 2)).toEqual([before[1], before[0]]);
    const letters = () => firstPhase.locator('.checklist-deliverables .link-button').allTextContents();
    expect((await letters())[0]).toMatch(/^A\./);
    await page.getByRole('button', { name: 'Move down (Steering committee norms)' }).click();
    await expect.poll(async () => (await letters())[1]).toMatch(/^A\./);
    await page.getByRole('button', { name: 'Move up (Steering committee norms)' }).click();
    await expect.poll(async () => (await letters())[0]).toMatch(/^A\./);
  });

  it('renames a step, then removes a session and the phase after confirming', async () => {
    await page.getByRole('button', { name: 'Edit (Present the plan to the board)' }).click();
    await dialog().getByLabel('What to do', { exact: true }).fill('Present the final plan to the board');
    await dialog().getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Present the final plan to the board' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Remove (Board vote)' }).click();
    await expect.poll(() => dialog().getByRole('heading').textContent()).toBe('Remove “Board vote”?');
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByRole('button', { name: 'Edit (Board vote)' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Remove (Board vote)' }).click();
    await dialog().getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Edit (Board vote)' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Remove (Board adoption)' }).click();
    await expect.poll(() => dialog().textContent()).toContain('1 step, 0 sessions and 1 deliverable');
    await dialog().getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(async () => (await phaseHeadings()).length).toBe(4);
    expect(await page.getByRole('button', { name: 'Board resolution', exact: true }).count()).toBe(0);
  });

  it('says so and shows the latest when someone else saved first (409)', async () => {
    // A second window of the same person, signed in with the same session.
    const otherContext = await browser.newContext({ storageState: await page.context().storageState(), viewport: DESKTOP });
    const other = await otherContext.newPage();
    await other.goto(page.url());
    await other.getByRole('button', { name: 'Edit (Set up the work)' }).click();
    await other.getByRole('dialog').getByLabel('Name', { exact: true }).fill('Set up the work together');
    await other.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => other.getByRole('dialog').count()).toBe(0);
    await otherContext.close();

    await page.getByRole('button', { name: 'Edit (Set up the work)' }).click();
    await dialog().getByLabel('Name', { exact: true }).fill('Foundations');
    await dialog().getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog().getByText(/Someone else changed this/).count()).toBe(1);
    await expect.poll(() => dialog().getByLabel('Name', { exact: true }).inputValue()).toBe('Set up the work together');
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(async () => (await phaseHeadings())[0]).toBe('Phase 1: Set up the work together');
  });

  it('passes axe while adapting at phone width', async () => {
    await page.setViewportSize(PHONE);
    await expectNoAxeViolations(page, 'adapting the cycle (phone)');
    await screenshot(page, 'cycle-adapt-375');
    await page.getByRole('button', { name: 'Edit (Set up the work together)' }).click();
    await expectNoAxeViolations(page, 'phase dialog (phone)');
    await viewportShot('cycle-phase-dialog-375');
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await page.setViewportSize(DESKTOP);
  });

  it('names a reviewer for a deliverable, who signs it off', async () => {
    await page.getByRole('button', { name: 'Done adapting' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Edit (Set up the work together)' }).count()).toBe(0);
    await page.getByRole('button', { name: 'A. Steering committee norms' }).click();
    await dialog().getByLabel('Reviewer', { exact: true }).selectOption({ label: 'Claire Boudreaux' });
    await dialog().getByLabel('Owner', { exact: true }).selectOption({ label: 'Claire Boudreaux' });
    await dialog().getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => dialog().getByText('Reviewer: Claire Boudreaux').count()).toBe(1);
    expect(await dialog().getByRole('link', { name: 'Norms' }).count()).toBe(1);
    await dialog().getByLabel('Comment', { exact: true }).fill('Clear and complete.');
    await dialog().getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => dialog().getByText(/approved it/).count()).toBe(1);
    await expectNoAxeViolations(page, 'deliverable dialog with reviewer');
    await dialog().getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
    await viewportShot('cycle-deliverable-reviewer-1280');
    await page.setViewportSize(PHONE);
    await expectNoAxeViolations(page, 'deliverable dialog (phone)');
    await viewportShot('cycle-deliverable-reviewer-375');
  });
});
