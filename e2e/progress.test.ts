import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, DESKTOP, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { callApi, importAdoptedPlan } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/**
 * A planner follows an adopted plan: the leadership dashboard before any new data, a CSV of
 * actuals with one bad row (named by row and column, nothing saved), the fixed file applied, the
 * measure's status and the goal's roll-up changing, the chart by student group, the board view and
 * the coverage report. axe-core at desktop and phone width.
 */
const plan = {
  format: 'strategic-plan/v1',
  organization: { name: 'Bayou Parish Schools', kind: 'district' },
  plan: {
    title: 'Bayou Parish Rising 2024-2028',
    period: { start: { label: '2024-25' }, end: { label: '2027-28' } },
    status: 'draft',
    goals: [
      {
        key: 'G1',
        title: 'Every child reads by grade 3',
        measures: [
          {
            key: 'G1.M1',
            name: 'Grade 3 reading proficiency',
            unit: 'percent',
            direction: 'increase',
            cadence: 'annual',
            baseline: { period: { label: '2023-24' }, value: 40 },
            targets: [
              { period: { label: '2025-26' }, value: 50 },
              { period: { label: '2027-28' }, value: 60 },
              { period: { label: '2027-28' }, value: 50, subgroup: 'English learners' },
            ],
            actuals: [{ period: { label: '2024-25' }, value: 42 }],
          },
          { key: 'G1.M2', name: 'Attendance rate', unit: 'percent', direction: 'increase', cadence: 'annual', baseline: { period: { label: '2023-24' }, value: 90 }, targets: [{ period: { label: '2027-28' }, value: 95 }] },
        ],
        strategies: [{ key: 'G1.S1', title: 'Structured literacy in every K-3 classroom', actions: [{ key: 'G1.S1.A1', title: 'Train every K-3 teacher', due: '2026-06-30', status: 'on_track' }] }],
      },
      { key: 'G2', kind: 'guardrail', title: 'The budget stays balanced', measures: [{ key: 'G2.M1', name: 'Months of reserve', unit: 'count', direction: 'at_least', targets: [{ period: { label: '2027-28' }, value: 2 }] }] },
    ],
  },
};

const BAD_CSV = 'measure_key,period,subgroup,value,n\nG1.M1,2025-26,,51,120\nG1.M1,2025-26,English learners,38,24\nG1.M9,2025-26,,93,\n';
const GOOD_CSV = 'measure_key,period,subgroup,value,n\nG1.M1,2025-26,,51,120\nG1.M1,2025-26,English learners,38,24\nG1.M2,2025-26,,93,\n';

if (!chromiumPath) console.warn('Skipping the progress journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

describe.skipIf(!chromiumPath)('following a plan’s progress in Chromium', () => {
  let run: FirstRun;
  let page: Page;
  let planPath: string;

  const call = (method: string, path: string, body?: unknown) => callApi(page, method, path, body);
  const goal = (title: string) => page.getByRole('region', { name: title });
  const measureRow = (name: string) => page.getByRole('row', { name: new RegExp(name) });

  beforeAll(async () => {
    run = await openFirstRun();
    page = run.page;
    const planId = await importAdoptedPlan(page, run.organizationId, plan, '2024-06-15');
    const session = await call('GET', '/api/auth/session');
    const owned = await call('PUT', `/api/plans/${planId}/owners/G1.M1`, { userId: session.body.user.id });
    expect(owned.status).toBe(200);
    planPath = `/o/${run.organizationId}/plans/${planId}`;
  });
  afterAll(async () => {
    await run?.close();
  });

  it('shows the dashboard before new data: computed statuses, "no data yet" in grey, the roll-up explained on focus', async () => {
    await page.goto(`${run.server.url}${planPath}`);
    await page.getByRole('navigation', { name: 'Views of this plan' }).getByRole('link', { name: 'Progress', exact: true }).click();
    await page.waitForURL(/\/progress$/);
    await goal('Every child reads by grade 3').waitFor();
    await expect.poll(() => measureRow('Grade 3 reading proficiency').getByText('Off track').count()).toBe(1);
    await expect.poll(() => measureRow('Attendance rate').getByText('No data yet').count()).toBeGreaterThan(0);

    // The goal's status (from its measures) first; its strategies' implementation beside it.
    const chip = goal('Every child reads by grade 3').locator('.card-header').getByRole('button').first();
    expect(await goal('Every child reads by grade 3').locator('.card-header').getByRole('button', { name: /^Implementation: / }).count()).toBe(1);
    await chip.focus();
    await expect.poll(() => page.getByRole('tooltip').textContent()).toMatch(/of \d+ on track/);
    expect(await chip.getAttribute('aria-describedby')).toBe(await page.getByRole('tooltip').getAttribute('id'));
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('tooltip').count()).toBe(0);
    await expectNoAxeViolations(page, 'progress before the upload');
  });

  it('refuses a file with a bad row, naming the row and column, then applies the fixed file', async () => {
    const before = await goal('Every child reads by grade 3').locator('.card-header').getByRole('button').first().textContent();
    await page.getByRole('button', { name: 'Upload actuals' }).click();
    const dialog = page.getByRole('dialog', { name: 'Upload actuals' });
    await dialog.getByLabel('File of actuals').setInputFiles({ name: 'actuals.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_CSV) });
    await expect.poll(() => dialog.getByText(/Row 4, column measure_key: is not a measure of this plan/).count()).toBe(1);
    expect(await dialog.getByRole('button', { name: /^Apply/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'upload dialog with a bad row');
    await screenshot(page, 'progress-upload-error-1280');

    await dialog.getByLabel('File of actuals').setInputFiles({ name: 'actuals.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD_CSV) });
    await expect.poll(() => dialog.getByText('3 rows ready: 3 new, 0 changed, 0 unchanged.').count()).toBe(1);
    await expectNoAxeViolations(page, 'upload preview');
    await screenshot(page, 'progress-upload-preview-1280');
    await dialog.getByRole('button', { name: 'Apply 3 rows' }).click();
    await expect.poll(() => page.locator('.alert').getByText(/Actuals saved: 3 values for 2 measures/).count()).toBe(1);

    await expect.poll(() => measureRow('Grade 3 reading proficiency').getByText('On track').count()).toBe(1);
    await expect.poll(() => measureRow('Grade 3 reading proficiency').getByText('51% in 2025-26').count()).toBe(1);
    await expect.poll(() => measureRow('Attendance rate').getByText('On track').count()).toBe(1);
    const after = await goal('Every child reads by grade 3').locator('.card-header').getByRole('button').first().textContent();
    expect(after).toBe('On track');
    expect(after).not.toBe(before);
  });

  it('charts a measure by student group, with a legend and the numbers as a table', async () => {
    await page.getByRole('button', { name: /Grade 3 reading proficiency, open its chart/ }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Grade 3 reading proficiency over time' });
    await dialog.getByRole('img', { name: /Line chart of Grade 3 reading proficiency/ }).waitFor();
    expect(await dialog.getByRole('list', { name: 'Legend' }).getByRole('listitem').allTextContents()).toEqual(['Target, All students', 'Actual, All students', 'Baseline']);
    await dialog.getByLabel('English learners').check();
    await expect.poll(() => dialog.getByRole('columnheader', { name: 'Actual, English learners' }).count()).toBe(1);
    await expect.poll(() => dialog.getByRole('row', { name: /2025-26/ }).textContent()).toContain('38%');
    await expectNoAxeViolations(page, 'measure chart');
    await screenshot(page, 'progress-chart-1280');
    await page.setViewportSize(PHONE);
    await expectNoAxeViolations(page, 'measure chart at 375px');
    await screenshot(page, 'progress-chart-375');
    await page.setViewportSize(DESKTOP);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('shows the board view: goals and guardrails only, on track, off track or stagnant', async () => {
    await page.getByRole('button', { name: 'Board view' }).click();
    await page.waitForURL(/view=board/);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Board view' }).count()).toBe(1);
    expect(await page.getByText('Structured literacy in every K-3 classroom').count()).toBe(0);
    await expect.poll(() => page.getByRole('region', { name: 'The budget stays balanced' }).getByText('No data yet').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'board view');
  });

  it('sets the plan’s at-risk threshold', async () => {
    await page.getByRole('button', { name: 'Status thresholds' }).click();
    const dialog = page.getByRole('dialog', { name: 'Status thresholds' });
    const field = dialog.getByLabel(/At-risk share/);
    await expect.poll(() => field.inputValue()).toBe('50');
    await field.fill('120');
    await dialog.getByRole('button', { name: 'Save thresholds' }).click();
    await expect.poll(() => dialog.getByText('Enter a number more than 0 and at most 100.').count()).toBe(1);
    await field.fill('40');
    // The roll-up weights sit in the same dialog: the strategy counts twice, a typo is named.
    const weight = dialog.getByLabel(/G1\.S1/);
    await weight.fill('two');
    await dialog.getByRole('button', { name: 'Save thresholds' }).click();
    await expect.poll(() => dialog.getByText('Enter a number from 0 to 100.').count()).toBe(1);
    await expectNoAxeViolations(page, 'thresholds and weights');
    await screenshot(page, 'thresholds-weights-1280');
    await weight.fill('2');
    await dialog.getByRole('button', { name: 'Save thresholds' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    const rules = await call('GET', `${planPath.replace(/^\/o\/[^/]+/, '/api')}/monitoring`);
    expect(rules.body.atRiskProgress).toBeCloseTo(0.4);
    expect(rules.body.weights).toEqual({ 'G1.S1': 2 });
  });

  it('shows coverage, each item linking to its element', async () => {
    await page.getByRole('navigation', { name: 'Views of this plan' }).getByRole('link', { name: 'Coverage', exact: true }).click();
    await page.waitForURL(/\/coverage$/);
    const unowned = page.getByRole('region', { name: /Without an owner/ });
    await unowned.getByRole('link', { name: /G1\.M2/ }).waitFor();
    expect(await unowned.getByRole('link', { name: /G1\.M1/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'coverage');
    await unowned.getByRole('link', { name: /G1\.M2/ }).click();
    await page.waitForURL(/\?element=G1\.M2$/);
  });

  it('closes a school year, carrying the open action to the next, and keeps the closure', async () => {
    await page.goto(`${run.server.url}${planPath}/progress`);
    await page.getByRole('button', { name: 'Close the year' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close the year' });
    await dialog.getByLabel('Year to close').fill('2098-99');
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => dialog.locator('.field-error').count()).toBeGreaterThan(0);
    await dialog.getByLabel('Year to close').fill('2025-26');
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => dialog.getByText('Train every K-3 teacher').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'close the year dialog');
    await screenshot(page, 'progress-close-year-1280');
    await dialog.getByRole('button', { name: 'Close the year' }).click();
    await expect.poll(() => page.getByText('2025-26 is closed; 1 open action carried into the next year.').count()).toBeGreaterThan(0);
    const closures = page.getByRole('region', { name: 'Year-end closures' });
    await expect.poll(() => closures.getByText('2025-26', { exact: false }).count()).toBeGreaterThan(0);
    const exported = await call('GET', `${planPath.replace(/^\/o\/[^/]+/, '/api')}/export`);
    expect(exported.body.plan.goals[0].strategies[0].actions[0].due).toBe('2027-06-30');
  });

  it('passes axe-core on Progress, the board view and Coverage at desktop and phone width', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      for (const view of ['/progress', '/progress?view=board', '/coverage']) {
        await page.goto(`${run.server.url}${planPath}${view}`);
        await page.locator('.progress-goal, .board-goal, .coverage-list').first().waitFor();
        await page.waitForLoadState('networkidle');
        await expectNoAxeViolations(page, `${view} at ${viewport.width}px`);
        await screenshot(page, `${view.replace(/[/?=]/g, '-').replace(/^-/, '')}-${viewport.width}`);
      }
    }
  });
});
