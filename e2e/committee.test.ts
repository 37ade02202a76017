import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, DESKTOP, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { openFirstRun, startCycleInBrowser } from './support/first-run.js';
import type { startTestServer } from './support/server.js';

/**
 * A planner names a CEC steering committee: the roster says plainly that a union or association
 * leader is missing until one joins, holds the district's own target, and the committee's norms
 * and decision protocol are saved twice and read back version by version.
 */
if (!chromiumPath) console.warn('Skipping the steering-committee journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

describe.skipIf(!chromiumPath)('steering committee and norms in Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openFirstRun({ name: 'Lakeview Community Schools', adminName: 'Dana Whitfield', email: 'dana@lakeview.example' }));
    await startCycleInBrowser(page, { template: /Strategic Planning Process \(CEC\)/, name: 'Lakeview 2027-2030', startDate: '2027-01-04' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  const dialog = () => page.getByRole('dialog');
  const norm = (n: number) => page.getByRole('textbox', { name: `Norm ${n}`, exact: true });
  async function addMember(name: string, group: string, role: string, extra: { title?: string; email?: string; phone?: string } = {}) {
    await page.getByRole('button', { name: 'Add a member' }).click();
    await dialog().getByLabel('Full name').fill(name);
    if (extra.title) await dialog().getByLabel(/Title or position/).fill(extra.title);
    await dialog().getByLabel('Represents', { exact: true }).selectOption({ label: group });
    await dialog().getByLabel('Role on the committee').selectOption({ label: role });
    if (extra.email) await dialog().getByLabel(/Email/).fill(extra.email);
    if (extra.phone) await dialog().getByLabel(/Phone/).fill(extra.phone);
    await dialog().getByRole('button', { name: 'Add to the committee' }).click();
    await expect.poll(() => page.getByRole('rowheader', { name: new RegExp(name) }).count()).toBe(1);
  }

  it('shows the union-leader gap until one joins, and holds a district target', async () => {
    await page.getByRole('link', { name: 'Steering committee' }).click();
    await page.waitForURL(/\/committee$/);
    await expect.poll(() => page.getByText('Nobody is on the committee yet').count()).toBe(1);
    await addMember('Marcus Hale', 'Board', 'Sponsor', { title: 'Board president', email: 'mhale@lakeview.example' });
    await addMember('Dana Whitfield', 'District leadership', 'Chair', { title: 'Superintendent', phone: '(555) 010-2030' });
    await expect.poll(() => page.getByText(/No union or association leader: this framework requires board, union or association, and district leadership to take part\./).count()).toBe(1);
    await expectNoAxeViolations(page, 'committee with a gap');
    await screenshot(page, 'committee-gap-1280');

    await addMember('Rosa Delgado', 'Union or association', 'Member', { title: 'President, Lakeview Education Association', email: 'rdelgado@lea.example' });
    await expect.poll(() => page.getByText(/No union or association leader/).count()).toBe(0);
    await expect.poll(() => page.getByText(/Every group the framework requires/).count()).toBe(1);

    await page.getByRole('button', { name: 'Set district targets' }).click();
    await dialog().getByLabel('Minimum for Families').fill('2');
    await dialog().getByRole('button', { name: 'Save targets' }).click();
    await expect.poll(() => page.getByText('Families: 0 of the 2 members the district set as its target.').count()).toBe(1);
    await expect.poll(() => page.getByRole('row', { name: /Families/ }).getByText('Short by 2').count()).toBe(1);

    // Attendance is taken on the sessions' pages; here it goes through the same API.
    await page.evaluate(async (cycleId) => {
      const { csrfToken } = await (await fetch('/api/auth/session')).json();
      const cycle = await (await fetch(`/api/cycles/${cycleId}`)).json();
      const { members } = await (await fetch(`/api/cycles/${cycleId}/committee`)).json();
      const idOf = (name: string) => members.find((m: { name: string; id: string }) => m.name === name).id;
      const take = (sessionId: string, records: object[]) =>
        fetch(`/api/cycles/${cycleId}/sessions/${sessionId}/attendance`, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: JSON.stringify({ records }) });
      const [first, second] = cycle.sessions;
      await take(first.id, [{ committeeMemberId: idOf('Marcus Hale'), status: 'present' }, { committeeMemberId: idOf('Rosa Delgado'), status: 'present' }]);
      await take(second.id, [{ committeeMemberId: idOf('Marcus Hale'), status: 'present' }, { committeeMemberId: idOf('Rosa Delgado'), status: 'excused' }]);
    }, /\/process\/([0-9a-f-]{36})\//.exec(page.url())![1]!);
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Attendance of Rosa Delgado: 1 of 2 sessions' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('row', { name: /Dana Whitfield/ }).getByText('No sessions recorded').count()).toBe(1);
    await page.getByRole('button', { name: 'Attendance of Rosa Delgado: 1 of 2 sessions' }).click();
    await expect.poll(() => dialog().getByText('Excused').count()).toBe(1);
    await expect.poll(() => dialog().getByText('Present').count()).toBe(1);
    await expectNoAxeViolations(page, 'attendance history');
    await screenshot(page, 'committee-attendance-1280');
    await dialog().getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Edit Marcus Hale' }).click();
    await expectNoAxeViolations(page, 'member dialog');
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await expectNoAxeViolations(page, 'committee with a target');
    await screenshot(page, 'committee-1280');
    await page.setViewportSize(PHONE);
    await expectNoAxeViolations(page, 'committee (phone)');
    await screenshot(page, 'committee-375');
    await page.getByRole('button', { name: 'Add a member' }).click();
    await expectNoAxeViolations(page, 'add member dialog (phone)');
    await screenshot(page, 'committee-dialog-375');
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await page.setViewportSize(DESKTOP);
  });

  it('removes a member after asking', async () => {
    await addMember('Temp Person', 'Community', 'Member');
    await page.getByRole('button', { name: 'Remove Temp Person' }).click();
    await expect.poll(() => dialog().getByText('Remove Temp Person from the committee?').count()).toBe(1);
    await dialog().getByRole('button', { name: 'Remove from the committee' }).click();
    await expect.poll(() => page.getByRole('rowheader', { name: /Temp Person/ }).count()).toBe(0);
  });

  it('writes norms and a decision protocol, saves twice, and reads the first version', async () => {
    await page.getByRole('link', { name: 'Norms' }).click();
    await page.waitForURL(/\/norms$/);
    await page.getByRole('button', { name: 'Start from suggested norms' }).click();
    await expect.poll(() => norm(1).inputValue()).toBe('Start and end on time, and come prepared.');
    await norm(1).fill('Start and end on time; agendas go out two days before.');
    await page.getByLabel('How we decide').selectOption({ label: 'Consensus' });
    await page.getByLabel(/What changed/).fill('Agreed at the orientation meeting');
    await expectNoAxeViolations(page, 'norms editor');
    await screenshot(page, 'norms-editor-1280');
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await expect.poll(() => page.getByText(/Version 1, saved by Dana Whitfield/).count()).toBe(1);

    await page.getByRole('button', { name: 'Edit norms and protocol' }).click();
    await page.getByRole('button', { name: 'Remove norm 7' }).click();
    await page.getByRole('button', { name: 'Add a norm' }).click();
    await norm(8).fill('Families and students hear about our decisions within a week.');
    await page.getByLabel('How we decide').selectOption({ label: 'Fist to five' });
    await page.getByLabel(/What changed/).fill('Fist to five after the second meeting');
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await expect.poll(() => page.getByText(/Version 2, saved by Dana Whitfield/).count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: /^View version \d$/ }).count()).toBe(2);
    await expect.poll(() => page.getByText('Fist to five', { exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page, 'norms');
    await screenshot(page, 'norms-1280');

    await page.getByRole('button', { name: 'View version 1' }).click();
    await expect.poll(() => dialog().getByText('Agreed at the orientation meeting').count()).toBe(1);
    await expect.poll(() => dialog().getByText('Compared with the current version (2)').count()).toBe(1);
    await expect.poll(() => dialog().locator('ins').allTextContents()).toEqual(['Families and students hear about our decisions within a week.']);
    await expect.poll(() => dialog().locator('del').allTextContents()).toEqual(['Be fully present: devices away unless we need them.']);
    await expect.poll(() => dialog().getByText('The decision protocol differs from the current one.').count()).toBe(1);
    await expectNoAxeViolations(page, 'norms version 1');
    await screenshot(page, 'norms-version-1280');
    await page.setViewportSize(PHONE);
    await expectNoAxeViolations(page, 'norms version 1 (phone)');
    await screenshot(page, 'norms-version-375');
    await dialog().getByRole('button', { name: 'Close' }).click();
    await expectNoAxeViolations(page, 'norms (phone)');
    await screenshot(page, 'norms-375');
  });

  it('reads in Spanish on a phone', async () => {
    await page.setViewportSize(DESKTOP);
    await page.getByLabel('Language').first().selectOption('es');
    await page.getByRole('link', { name: 'Comité directivo' }).click();
    await page.setViewportSize(PHONE);
    await expect.poll(() => page.getByText('Faltan 2').count()).toBe(1);
    await expectNoAxeViolations(page, 'committee in Spanish (phone)');
    await screenshot(page, 'committee-es-375');
  });
});
