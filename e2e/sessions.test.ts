import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, DESKTOP, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { openFirstRun, startCycleInBrowser } from './support/first-run.js';
import type { startTestServer } from './support/server.js';

/**
 * A planner runs the committee's launch meeting: adapts the template's agenda, takes attendance
 * from the roster, writes the minutes and a decision, hands herself a follow-up task, finds it on
 * "My tasks" and closes it there, and prints the agenda.
 */
if (!chromiumPath) console.warn('Skipping the sessions journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

describe.skipIf(!chromiumPath)('sessions and my tasks in Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let cycleUrl: string;

  beforeAll(async () => {
    ({ server, browser, page } = await openFirstRun());
    await startCycleInBrowser(page, { template: /Strong School Systems strategic planning \(Louisiana\)/, name: 'Bayou Parish 2027-2031', startDate: '2027-01-04' });
    cycleUrl = page.url();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  /** A committee member seated through the API, as another screen would. */
  async function seat(name: string, constituency: string) {
    const cycleId = cycleUrl.split('/').pop()!;
    const status = await page.evaluate(
      async ({ cycleId, name, constituency }) => {
        const session = await (await fetch('/api/auth/session')).json();
        const res = await fetch(`/api/cycles/${cycleId}/committee`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
          body: JSON.stringify({ name, constituency, committeeRole: 'member' }),
        });
        return res.status;
      },
      { cycleId, name, constituency },
    );
    expect(status).toBe(201);
  }

  it('lists the sessions by phase and opens one', async () => {
    await seat('Marcus Hale', 'board');
    await seat('Rosa Delgado', 'teachers');
    await page.getByRole('link', { name: 'Sessions', exact: true }).click();
    await page.waitForURL(/\/sessions$/);
    await expect.poll(() => page.getByRole('heading', { name: 'Lay the foundation', level: 3 }).count()).toBe(1);
    await expectNoAxeViolations(page, 'sessions list');
    await screenshot(page, 'sessions-list-1280');
    await page.getByRole('link', { name: 'Steering committee: launch' }).click();
    await page.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole('heading', { name: 'Steering committee: launch', level: 2 }).count()).toBe(1);
    await expect.poll(() => page.getByText(/comes from the process template/).count()).toBe(1);
  });

  it('edits the agenda, takes attendance, writes minutes and a decision', async () => {
    await expect.poll(() => page.getByLabel('Item 1', { exact: true }).inputValue()).toBe('Adopt committee norms (A)');
    await page.getByLabel('Item 1', { exact: true }).fill('Welcome and norms');
    await page.getByRole('spinbutton', { name: 'Minutes', exact: true }).first().fill('15');
    await page.getByRole('button', { name: 'Add an agenda item' }).click();
    await page.getByLabel('Item 5', { exact: true }).fill('Next steps');
    await page.getByRole('button', { name: 'Move item 5 up' }).click();
    await page.getByRole('button', { name: 'Save the agenda' }).click();
    await expect.poll(() => page.getByText(/comes from the process template/).count()).toBe(0);
    await expect.poll(() => page.getByLabel('Item 4', { exact: true }).inputValue()).toBe('Next steps');
    await expect.poll(() => page.getByText('Total: 15 min').count()).toBe(1);

    const attendance = page.getByRole('region', { name: 'Attendance' });
    await attendance.getByRole('group', { name: 'Marcus Hale' }).getByLabel('Present').check();
    await attendance.getByRole('group', { name: 'Rosa Delgado' }).getByLabel('Excused').check();
    await attendance.getByRole('button', { name: 'Save attendance' }).click();
    await expect.poll(() => attendance.getByText('Present: 1 · Absent: 0 · Excused: 1').count()).toBe(1);

    const minutes = page.getByRole('region', { name: 'Minutes and decisions' });
    await minutes.getByRole('textbox', { name: 'Minutes' }).fill('The committee met for the first time.\nNorms were read aloud.');
    await minutes.getByRole('button', { name: 'Add a decision' }).click();
    await minutes.getByRole('textbox', { name: 'Decision 1' }).fill('Adopt the committee norms');
    await minutes.getByLabel('How it was decided').selectOption({ label: 'Fist to five' });
    await minutes.getByRole('button', { name: 'Save minutes and decisions' }).click();
    await expect.poll(() => page.getByText('Minutes and decisions saved').count()).toBeGreaterThan(0);
  });

  it('adds a follow-up task for the signed-in planner, and prints the agenda', async () => {
    const tasks = page.getByRole('region', { name: 'Follow-up tasks' });
    await tasks.getByRole('button', { name: 'Add the task' }).click();
    await expect.poll(() => tasks.getByText('This field is required.').count()).toBe(3);
    await tasks.getByLabel('Task', { exact: true }).fill('Send the norms');
    await tasks.getByLabel('Owner').selectOption({ label: 'Claire Boudreaux' });
    await tasks.getByLabel('Due date').fill('2026-01-15');
    await tasks.getByRole('button', { name: 'Add the task' }).click();
    await tasks.getByRole('button', { name: /Edit.*Send the norms/ }).click();
    const editing = tasks.getByRole('form', { name: 'Edit the task “Send the norms”' });
    await editing.getByLabel('Task', { exact: true }).fill('Send the norms to the board');
    await editing.getByRole('button', { name: 'Save the task' }).click();
    await expect.poll(() => tasks.getByText('Send the norms to the board', { exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page, 'session page');
    await screenshot(page, 'session-1280');

    const pdf = await page.context().request.get(`${server.url}${await page.getByRole('link', { name: 'Agenda (PDF)' }).getAttribute('href')}`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const minutesPdf = await page.context().request.get(`${server.url}${await page.getByRole('link', { name: 'Minutes (PDF)' }).getAttribute('href')}`);
    expect((await minutesPdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await page.setViewportSize(PHONE);
    await expectNoAxeViolations(page, 'session page (phone)');
    await screenshot(page, 'session-375');
    await page.getByRole('link', { name: 'All sessions' }).click();
    await page.waitForURL(/\/sessions$/);
    await expect.poll(() => page.getByText('1 open task').count()).toBe(1);
    await expectNoAxeViolations(page, 'sessions list (phone)');
    await screenshot(page, 'sessions-list-375');
    await page.setViewportSize(DESKTOP);
  });

  it('shows the task on My tasks, where its owner marks it done', async () => {
    await page.getByRole('link', { name: 'My tasks' }).first().click();
    await page.waitForURL(/\/tasks$/);
    const overdue = page.getByRole('region', { name: /Overdue/ });
    await expect.poll(() => overdue.getByText('Send the norms to the board', { exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page, 'my tasks');
    await screenshot(page, 'my-tasks-1280');
    await overdue.getByRole('button', { name: /Mark done.*Send the norms to the board/ }).click();
    const done = page.getByRole('region', { name: /Done/ });
    await expect.poll(() => done.getByText('Send the norms to the board', { exact: true }).count()).toBe(1);
    await page.setViewportSize(PHONE);
    await expectNoAxeViolations(page, 'my tasks (phone)');
    await screenshot(page, 'my-tasks-375');
    await page.setViewportSize(DESKTOP);
    await done.getByRole('link', { name: 'Steering committee: launch' }).click();
    await page.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole('region', { name: 'Follow-up tasks' }).getByText('Done').count()).toBeGreaterThan(0);
  });
});
