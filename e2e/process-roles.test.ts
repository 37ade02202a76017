import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hashPassword } from '../src/server/auth/secrets.js';
import { inTransaction } from '../src/server/db/transaction.js';
import { peopleRepo } from '../src/server/platform/people/people.repo.js';
import { chromiumPath, DESKTOP, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { openFirstRun, startCycleInBrowser, type FirstRun } from './support/first-run.js';

/**
 * A board member with the viewer role reads every section of a planning cycle and finds nothing
 * to change: the editing controls planners see are simply not there (the API refuses them too,
 * which the isolation suite checks route by route).
 */
if (!chromiumPath) console.warn('Skipping the planning-process roles journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

describe.skipIf(!chromiumPath)('a viewer reads the planning process in Chromium', () => {
  let run: FirstRun;
  let viewer: Page;
  let cycleUrl: string;

  beforeAll(async () => {
    run = await openFirstRun();
    await startCycleInBrowser(run.page, { template: /Strategic Planning Process \(CEC\)/, name: 'Bayou Parish 2027-2031', startDate: '2027-01-04' });
    cycleUrl = run.page.url();
    // A viewer made directly in the database: the invitation journey has its own test.
    const passwordHash = await hashPassword('board member reads only');
    await inTransaction(run.server.database.db, async (trx) => {
      const user = await peopleRepo.insertUser(trx, { email: 'board@bayou.example', name: 'Marcus Hale', passwordHash });
      await peopleRepo.insertMembership(trx, { organizationId: run.organizationId, userId: user.id, role: 'viewer' });
    });
    viewer = await (await run.browser.newContext({ viewport: DESKTOP })).newPage();
    await viewer.goto(`${run.server.url}/sign-in`);
    await viewer.getByLabel('Email address').fill('board@bayou.example');
    await viewer.getByLabel('Password').fill('board member reads only');
    await viewer.getByRole('button', { name: 'Sign in' }).click();
    await viewer.waitForURL(/\/o\/[0-9a-f-]{36}/);
  });
  afterAll(async () => {
    await run?.close();
  });

  const section = async (segment: string) => {
    await viewer.goto(segment ? `${cycleUrl}/${segment}` : cycleUrl);
    await viewer.getByRole('heading', { level: 1, name: 'Bayou Parish 2027-2031' }).waitFor();
    await viewer.getByRole('navigation', { name: 'Sections of the cycle' }).waitFor();
  };
  const buttons = (page: Page, name: string | RegExp) => page.getByRole('button', { name }).count();

  // The same controls, looked for the same way, are there for the planner: the viewer's zeros mean something.
  it('shows the planner the controls the viewer will not have', async () => {
    const planner = run.page;
    const visit = async (segment: string, name: string) => {
      await planner.goto(segment ? `${cycleUrl}/${segment}` : cycleUrl);
      await planner.getByRole('button', { name, exact: true }).first().waitFor();
    };
    await visit('', 'Adapt the cycle');
    await visit('committee', 'Add a member');
    await visit('engagement', 'Add a group');
    await visit('norms', 'Start from suggested norms');
    await visit('outreach', 'Add the starter kit');
    await planner.goto(`${cycleUrl}/sessions`);
    await planner.getByRole('link', { name: /introduction session/i }).first().click();
    await planner.getByRole('button', { name: 'Save the agenda' }).waitFor();
  });

  it('sees the overview, timeline and checklist without adapting, closing or deciding readiness', async () => {
    await section('');
    await viewer.getByRole('heading', { name: 'Readiness checklist' }).waitFor();
    expect(await buttons(viewer, 'Adapt the cycle')).toBe(0);
    expect(await buttons(viewer, /^Close the phase/)).toBe(0);
    expect(await buttons(viewer, /^Waive/)).toBe(0);
    await viewer.getByRole('button', { name: 'Checklist', exact: true }).click();
    expect(await viewer.getByRole('checkbox').count()).toBe(0);
    await expectNoAxeViolations(viewer, 'viewer: cycle checklist');
  });

  it('reads the committee, sessions, stakeholders, norms and outreach kit with nothing to edit', async () => {
    await section('committee');
    await viewer.getByRole('heading', { name: 'Representation' }).waitFor();
    expect(await buttons(viewer, 'Add a member')).toBe(0);
    await section('sessions');
    await viewer.getByRole('link', { name: /introduction session/i }).first().click();
    await viewer.getByRole('heading', { name: 'Agenda' }).waitFor();
    expect(await buttons(viewer, 'Save the agenda')).toBe(0);
    expect(await buttons(viewer, 'Save attendance')).toBe(0);
    expect(await viewer.getByRole('textbox').count()).toBe(0);
    await section('engagement');
    await viewer.getByRole('heading', { name: 'Stakeholder groups' }).waitFor();
    expect(await buttons(viewer, 'Add a group')).toBe(0);
    await section('norms');
    expect(await buttons(viewer, 'Start from suggested norms')).toBe(0);
    await section('outreach');
    expect(await buttons(viewer, 'Add the starter kit')).toBe(0);
    expect(await buttons(viewer, 'Add an item')).toBe(0);
    await viewer.setViewportSize(PHONE);
    await section('committee');
    await expectNoAxeViolations(viewer, 'viewer: committee (375)');
    await screenshot(viewer, 'viewer-committee-375');
  });
});
