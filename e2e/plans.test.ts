import { mkdirSync, readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, DESKTOP, expectNoAxeViolations, launchBrowser, PHONE, screenshot } from './support/browser.js';
import { startTestServer } from './support/server.js';

/**
 * A planner's journey through the plan editor: build a small plan from nothing in the outline,
 * adopt it, start an amendment, change a title, compare the versions, and take the plan away as
 * Word and PDF. axe-core runs on every view, at desktop and phone width.
 */
const ADMIN = { name: 'Rosa Alvarez', email: 'rosa@maplegrove.example', password: 'maple grove 2026 plan' };
const PLAN_TITLE = 'Maple Grove Learns 2027-2030';
const GOAL = 'Every student reads by grade 3';
const GOAL_RENAMED = 'Every student reads on grade level by grade 3';

/** The bytes of one entry of a .zip (a .docx is one), without a zip library: central directory, then inflate. */
function readZipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let offset = zip.readUInt32LE(end + 16);
  for (let entry = 0; entry < zip.readUInt16LE(end + 10); entry += 1) {
    const method = zip.readUInt16LE(offset + 10);
    const size = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const local = zip.readUInt32LE(offset + 42);
    if (zip.toString('utf8', offset + 46, offset + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${name} is not in the zip`);
}

if (!chromiumPath) console.warn('Skipping the plan journeys: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

describe.skipIf(!chromiumPath)('plan editor journeys in Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let planPath: string;

  const panel = () => page.locator('.detail-panel');
  const treeItem = (name: string | RegExp) => page.getByRole('tree').getByRole('treeitem', { name });
  const planJson = async () => (await page.request.get(`${server.url}/api${planPath.replace(/^\/o\/[^/]+/, '')}`)).json();
  const addUnderSelection = async (level: string, title: string) => {
    await panel().getByRole('button', { name: `Add ${level}` }).click();
    const form = page.getByRole('form', { name: `New ${level}` });
    await form.getByRole('textbox').fill(title);
    await form.getByRole('button', { name: `Add ${level}` }).click();
    await expect.poll(() => panel().getByRole('heading', { level: 2 }).textContent()).toBe(title);
  };
  const save = async () => {
    await panel().getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => panel().getByText('All changes saved').count()).toBe(1);
  };
  const openView = async (name: string) => {
    await page.getByRole('navigation', { name: 'Views of this plan' }).getByRole('link', { name, exact: true }).click();
    await page.waitForLoadState('networkidle');
  };

  beforeAll(async () => {
    mkdirSync('test-results/screens', { recursive: true });
    server = await startTestServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: DESKTOP, acceptDownloads: true });
    await page.goto(server.url);
    await page.waitForURL(/\/setup/);
    await page.getByLabel('Organization name').fill('Maple Grove Schools');
    await page.getByLabel('School district').check();
    await page.getByLabel('Full name').fill(ADMIN.name);
    await page.getByLabel('Email address').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create organization' }).click();
    await page.waitForURL(/\/o\/[0-9a-f-]{36}/);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  it('starts a plan and builds it in the outline', async () => {
    await page.getByRole('link', { name: 'Plans' }).first().click();
    await page.waitForURL(/\/plans$/);
    await expectNoAxeViolations(page, 'plans list (empty)');
    await page.getByRole('button', { name: 'New plan' }).click();
    await page.getByLabel('Title of the plan').fill(PLAN_TITLE);
    await page.getByRole('button', { name: 'Create plan' }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    planPath = new URL(page.url()).pathname;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(PLAN_TITLE);

    await page.getByRole('button', { name: 'Add Goal' }).click();
    const goalForm = page.getByRole('form', { name: 'New Goal' });
    await goalForm.getByLabel('Title of the new Goal').fill(GOAL);
    await goalForm.getByRole('button', { name: 'Add Goal' }).click();
    await expect.poll(() => panel().getByRole('heading', { level: 2 }).textContent()).toBe(GOAL);

    await addUnderSelection('Measure', 'Grade 3 reading proficiency');
    await panel().getByRole('button', { name: 'Add a baseline' }).click();
    const baseline = panel().getByRole('group', { name: 'Baseline' });
    await baseline.getByLabel('Period', { exact: true }).fill('2025-26');
    await baseline.getByLabel(/^Value/).fill('48');
    for (const [at, period, value] of [[1, '2027-28', '55'], [2, '2028-29', '60']] as const) {
      await panel().getByRole('button', { name: 'Add a target' }).click();
      await panel().getByLabel(`Period, Target ${at}`, { exact: true }).fill(period);
      await panel().getByLabel(new RegExp(`^Value, Target ${at} `)).fill(value);
    }
    await save();
    await expectNoAxeViolations(page, 'outline with a measure open');

    await treeItem(new RegExp(GOAL)).click();
    await addUnderSelection('Strategy', 'Structured literacy in every K-3 classroom');
    await panel().getByLabel('Owner’s role or unit').fill('Director of Elementary Education');
    await save();
    await addUnderSelection('Action', 'Train every K-3 teacher in structured literacy');
    await screenshot(page, 'plan-outline-desktop');

    const plan = await planJson();
    const measure = plan.elements.find((element: { kind: string }) => element.kind === 'measure');
    expect(measure.fields.baseline).toMatchObject({ period: { label: '2025-26' }, value: 48 });
    expect(measure.fields.targets.map((target: { value: number }) => target.value)).toEqual([55, 60]);
    expect(plan.elements.find((element: { kind: string }) => element.kind === 'strategy').fields.owner).toBe('Director of Elementary Education');
    expect(plan.elements.map((element: { kind: string }) => element.kind).sort()).toEqual(['action', 'goal', 'measure', 'strategy']);
  });

  it('moves an element with the keyboard', async () => {
    await page.getByRole('button', { name: 'Add Goal' }).click();
    await page.getByRole('form', { name: 'New Goal' }).getByRole('textbox').fill('Every family feels welcome');
    await page.getByRole('form', { name: 'New Goal' }).getByRole('button', { name: 'Add Goal' }).click();
    await treeItem(/Every family feels welcome/).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => (await planJson()).elements.find((element: { fields: { title?: string } }) => element.fields.title === 'Every family feels welcome').position).toBe(0);
    await expect.poll(() => page.locator('[aria-live="polite"]').textContent()).toContain('position 1 of 2');
  });

  it('adopts the plan, starts an amendment and changes a title', async () => {
    await page.getByRole('button', { name: 'Record adoption' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Adopted by').fill('Maple Grove Board of Education');
    await dialog.getByLabel('Resolution number').fill('2027-03');
    await dialog.getByLabel(/^Vote/).fill('5-0');
    await expectNoAxeViolations(page, 'adoption dialog');
    await dialog.getByRole('button', { name: 'Record adoption' }).click();
    await expect.poll(() => page.getByText('Read-only.').count()).toBe(1);
    expect((await planJson()).lifecycle).toBe('adopted');
    await expect.poll(() => page.getByRole('button', { name: 'Add Goal' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'adopted plan, read-only outline');

    await page.getByRole('button', { name: 'Start an amendment' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Start an amendment' }).click();
    await expect.poll(async () => (await planJson()).lifecycle).toBe('amending');

    await treeItem(new RegExp(GOAL)).focus();
    await page.keyboard.press('F2');
    await page.getByLabel(/^New title for/).fill(GOAL_RENAMED);
    await page.keyboard.press('Enter');
    await expect.poll(() => treeItem(new RegExp(GOAL_RENAMED)).count()).toBe(1);
  });

  it('compares the adopted version with the amendment, word by word', async () => {
    await openView('Versions');
    await expectNoAxeViolations(page, 'versions');
    await page.getByRole('row', { name: /Adopted/ }).getByRole('button', { name: /Compare with the working copy/ }).click();
    await expect.poll(() => page.locator('.word-diff ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('on grade level')]));
    await expectNoAxeViolations(page, 'version comparison');
    await screenshot(page, 'plan-compare-desktop');
  });

  it('downloads the plan as Word and PDF', async () => {
    const download = async (label: string) => {
      await page.getByRole('button', { name: 'Download' }).click();
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: label }).click()]);
      return readFileSync((await file.path())!);
    };
    const docx = await download('Document (Word)');
    expect(readZipEntry(docx, 'word/document.xml')).toContain('on grade level by grade 3');
    const pdf = await download('Document (PDF)');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(30);
  });

  it('passes axe-core on every view at desktop and phone width', async () => {
    const views = ['', '/details', '/measures', '/page', '/budget', '/decision-rights', '/checks', '/comments', '/versions'];
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      for (const view of views) {
        await page.goto(`${server.url}${planPath}${view}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        await expectNoAxeViolations(page, `plan ${view || '/outline'} at ${viewport.width}px`);
        await screenshot(page, `plan${view.replace('/', '-') || '-outline'}-${viewport.width}`);
      }
    }
    await page.goto(`${server.url}${planPath}?element=G1`);
    await panel().getByRole('heading', { level: 2 }).waitFor();
    await expectNoAxeViolations(page, `detail panel at ${PHONE.width}px`);
  });
});
