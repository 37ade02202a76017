import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, DESKTOP, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/**
 * Themes across a conversation's statements: the planning team opens the Themes tab, finds them,
 * renames one, moves a statement to another theme and reads it all on a phone.
 */
if (!chromiumPath) console.warn('Skipping the conversation themes journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

const statements = [
  ...['Graduates can manage a budget and money', 'Every graduate understands money and saving', 'Students learn to budget their money', 'Money skills like saving and budgeting', 'Manage money, credit and saving'],
  ...['Students write clearly and read well', 'Graduates read and write with confidence', 'Strong reading and writing skills', 'Every student writes a clear essay and reads books', 'Reading for pleasure and writing for work'],
  ...['Kids should cook a healthy meal', 'Graduates cook healthy food at home', 'Cooking healthy meals for themselves', 'Students learn to cook simple healthy food'],
];

describe.skipIf(!chromiumPath)('conversation themes in Chromium', () => {
  let run: FirstRun;
  let themesPath: string;

  beforeAll(async () => {
    run = await openFirstRun();
    const { page, organizationId } = run;
    const created = await callApi(page, 'POST', `/api/districts/${organizationId}/conversations`, {
      mode: 'rate',
      prompt: { en: 'What should our graduates be able to do?', es: '¿Qué deberían saber hacer nuestros graduados?' },
      languages: ['en', 'es'],
      demographics: [],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const conversationId = created.body.id as string;
    for (const text of statements) expect((await callApi(page, 'POST', `/api/conversations/${conversationId}/statements`, { text, language: 'en' })).status).toBe(201);
    themesPath = `/o/${organizationId}/engagement/conversations/${conversationId}/themes`;
  });
  afterAll(() => run?.close());

  it('opens the Themes tab and finds the themes', async () => {
    const { page, server } = run;
    await page.setViewportSize(DESKTOP);
    await page.goto(`${server.url}${themesPath.replace(/\/themes$/, '/statements')}`);
    await page.getByRole('link', { name: 'Themes' }).click();
    await page.waitForURL(/\/themes$/);
    await expect.poll(() => page.getByText('No themes yet').count()).toBe(1);
    await page.getByRole('button', { name: 'Find themes' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 3 }).count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
    await expect.poll(() => page.locator('.alert').getByText('Themes found.').count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: 'Find themes again' }).count()).toBe(1);
    expect(await page.getByText(/renames, merges, splits and moves are lost/).count()).toBe(1);
    await expectNoAxeViolations(page, 'conversation themes');
  });

  it('renames a theme in place', async () => {
    const { page } = run;
    const first = page.getByRole('heading', { level: 3 }).first();
    const before = (await first.textContent())!;
    await page.getByRole('button', { name: 'Rename' }).first().click();
    await page.getByLabel(`New name for ${before}`).fill('Life skills first');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 3, name: 'Life skills first' }).count()).toBe(1);
  });

  it('moves a statement to another theme', async () => {
    const { page } = run;
    const cards = page.locator('.conversation-theme-cards > li');
    const target = (await cards.nth(1).getByRole('heading', { level: 3 }).textContent())!;
    const moving = page.getByRole('combobox', { name: /^Move “.+” to$/ }).first();
    const name = (await moving.getAttribute('aria-label'))!;
    await moving.selectOption({ label: target });
    await expect.poll(() => page.locator('.alert').getByText('Idea moved.').count()).toBe(1);
    // Moved in after the ideas found there: last of the theme, shown with all of them.
    const showAll = cards.nth(1).getByRole('button', { name: /^Show all/ });
    if ((await showAll.count()) > 0) await showAll.click();
    await expect.poll(() => cards.nth(1).getByRole('combobox', { name }).count()).toBe(1);
    expect(await cards.nth(0).getByRole('combobox', { name }).count()).toBe(0);
    await screenshot(page, 'conversation-themes-desktop');
  });

  it('asks before finding them again over the team’s edits', async () => {
    const { page } = run;
    await page.getByRole('button', { name: 'Find themes again' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Replace the team’s changes?' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 3, name: 'Life skills first' }).count()).toBe(1);
  });

  it('fits a phone', async () => {
    const { page } = run;
    await page.setViewportSize(PHONE);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 3, name: 'Life skills first' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'conversation-themes-phone');
  });
});
