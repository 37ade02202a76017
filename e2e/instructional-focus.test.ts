import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, DESKTOP, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/**
 * Performance Fact's 4-page Instructional Focus, as a planner produces it: from the cycle's
 * checklist (where the deliverable cannot be complete while its pages are empty) to the editor,
 * page by page, saved, downloaded as PDF, and then the deliverable completed. At 1280 and 375 px,
 * in English and Spanish.
 */
if (!chromiumPath) console.warn('Skipping the Instructional Focus journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

describe.skipIf(!chromiumPath)('the Instructional Focus in Chromium', () => {
  let run: FirstRun;
  let page: Page;
  let cycleId: string;
  let deliverableId: string;

  const shoot = async (name: string) => {
    await screenshot(page, `${name}-1280`);
    await page.setViewportSize(PHONE);
    await screenshot(page, `${name}-375`);
    await page.setViewportSize(DESKTOP);
  };

  beforeAll(async () => {
    run = await openFirstRun({ name: 'Cedar Falls Schools', adminName: 'Grace Liu', email: 'grace@cedar.example' });
    page = run.page;
    const started = await callApi(page, 'POST', `/api/districts/${run.organizationId}/cycles`, { templateId: 'performance-fact-strategic-alignment', name: 'Alignment 2027', startDate: '2027-01-04' });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    cycleId = started.body.id;
    deliverableId = started.body.deliverables.find((d: { templateKey: string }) => d.templateKey === 'instructional-focus').id;
  });
  afterAll(async () => {
    await run?.close();
  });

  it('leads from the checklist to the editor, and refuses "complete" while the pages are empty', async () => {
    await page.goto(`${run.server.url}/o/${run.organizationId}/process/${cycleId}`);
    await page.getByRole('button', { name: 'Checklist', exact: true }).click();
    const item = page.locator('li.checklist-item').filter({ has: page.getByRole('link', { name: 'The Instructional Focus' }) });
    await item.getByText('Nothing there yet: it cannot be complete').waitFor();
    await item.scrollIntoViewIfNeeded();
    await screenshot(page, 'instructional-focus-checklist-1280');
    const before = await callApi(page, 'GET', `/api/cycles/${cycleId}/deliverables/${deliverableId}/history`);
    expect(before.status).toBe(200);
    const version = (await callApi(page, 'GET', `/api/cycles/${cycleId}`)).body.deliverables.find((d: { id: string }) => d.id === deliverableId).version;
    const refused = await callApi(page, 'POST', `/api/cycles/${cycleId}/deliverables/${deliverableId}/status`, { version, status: 'complete' });
    expect(refused.status).toBe(409);
    await item.getByRole('link', { name: 'The Instructional Focus' }).click();
    await page.getByRole('heading', { level: 1, name: 'Instructional Focus' }).waitFor();
    await page.getByText('Pages written: 0 of 4').waitFor();
  });

  it('writes the four pages, saves them, and downloads them in four pages', async () => {
    await page.getByLabel('The goal it serves').fill('Every third grader reads on grade level by 2030.');
    await page.getByLabel('Our instructional focus').fill('Daily small-group reading with decodable texts in kindergarten to grade 3.');
    await page.getByLabel('For which students').fill('Kindergarten to grade 3, English learners first.');
    await page.getByRole('button', { name: 'Add to What our data and our community tell us' }).click();
    await page.getByRole('group', { name: 'What our data and our community tell us' }).getByLabel('Item 1', { exact: true }).fill('Only 38% of English learners read at level 3 or 4, against 52% in the district.');
    await page.getByRole('button', { name: 'Add a strategy' }).click();
    await page.getByRole('group', { name: 'Strategy 1' }).getByLabel('Name', { exact: true }).fill('Structured literacy block');
    await page.getByRole('group', { name: 'Strategy 1' }).getByLabel('ESSA evidence tier').selectOption('1');
    await page.getByRole('button', { name: 'Add a commitment' }).click();
    await page.getByLabel('Who', { exact: true }).fill('Grade 3 teachers');
    await page.getByLabel('Commits to', { exact: true }).fill('Teach the 30-minute block every day.');
    await page.getByText('Pages written: 4 of 4').waitFor();
    await expectNoAxeViolations(page, 'the Instructional Focus editor');
    await shoot('instructional-focus-editor');
    await page.getByRole('button', { name: 'Save the Instructional Focus' }).click();
    await page.getByRole('button', { name: 'Save the Instructional Focus' }).and(page.locator('[disabled]')).waitFor();

    const saved = await callApi(page, 'GET', `/api/cycles/${cycleId}/instructional-focus`);
    expect(saved.body).toMatchObject({ version: 1, pages_done: ['focus', 'evidence', 'strategies', 'commitments'] });
    expect(saved.body.focus.strategies.strategies[0]).toMatchObject({ name: 'Structured literacy block', essaTier: '1' });

    const pdf = await page.evaluate(async (url) => {
      const response = await fetch(url);
      const text = new TextDecoder('latin1').decode(await response.arrayBuffer());
      return { status: response.status, type: response.headers.get('content-type'), pages: text.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0 };
    }, `/api/cycles/${cycleId}/instructional-focus.pdf`);
    expect(pdf).toEqual({ status: 200, type: 'application/pdf', pages: 4 });
  });

  it('lets the deliverable be completed once the four pages are written', async () => {
    await page.goto(`${run.server.url}/o/${run.organizationId}/process/${cycleId}`);
    await page.getByRole('button', { name: 'Checklist', exact: true }).click();
    const item = page.locator('li.checklist-item').filter({ has: page.getByRole('link', { name: 'The Instructional Focus' }) });
    await item.getByText('Pages written: 4 of 4').waitFor();
    const version = (await callApi(page, 'GET', `/api/cycles/${cycleId}`)).body.deliverables.find((d: { id: string }) => d.id === deliverableId).version;
    const done = await callApi(page, 'POST', `/api/cycles/${cycleId}/deliverables/${deliverableId}/status`, { version, status: 'complete' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
  });

  it('reads in Spanish', async () => {
    await page.goto(`${run.server.url}/o/${run.organizationId}/data/instructional-focus/${cycleId}`);
    await page.getByLabel('Language').first().selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Enfoque Pedagógico' }).waitFor();
    await page.getByText('Páginas escritas: 4 de 4').waitFor();
    await expectNoAxeViolations(page, 'the Instructional Focus editor in Spanish');
    await shoot('instructional-focus-editor-es');
  });
});
