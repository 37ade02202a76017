import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/**
 * The themes of a survey's open answers: from a text question's results, the planning team opens
 * its answers, finds their themes, renames one, merges two, stars a quote and searches.
 */
if (!chromiumPath) console.warn('Skipping the survey themes journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

const comments = [
  ...['The bus ride is far too long', 'Bus rides of an hour are too long', 'My kids ride the bus for an hour', 'Long bus rides every morning', 'The bus stop is too far', 'Bus stops far from home', 'El autobús tarda demasiado', 'The bus comes too early'],
  ...['Class sizes are too big', 'Smaller class sizes please', 'Big classes hurt learning', 'Teachers need smaller classes', 'Class size matters most', 'Too many students per class', 'Class sizes keep growing', 'Keep class sizes small'],
  ...['Keep friends together', 'My daughter will lose her friends', 'Friends matter to kids', 'Separating friends is hard', 'Do not split friends up', 'Kids need their friends', 'Friends keep kids happy', 'Friends together please'],
  'N/A',
];

describe.skipIf(!chromiumPath)('survey themes in Chromium', () => {
  let run: FirstRun;
  let answersPath: string;

  beforeAll(async () => {
    run = await openFirstRun();
    const { page, organizationId } = run;
    // The survey and its answers come through the API, as the builder and the paper forms would.
    const document = {
      format: 'survey/v1',
      mode: 'anonymous',
      languages: ['en', 'es'],
      title: { en: 'Boundary options', es: 'Opciones de límites' },
      questions: [{ key: 'comment', type: 'text', long: true, text: { en: 'What matters most to your family?', es: '¿Qué es lo más importante para su familia?' } }],
    };
    const created = await callApi(page, 'POST', `/api/districts/${organizationId}/surveys`, document);
    expect(created.status).toBe(201);
    const surveyId = created.body.id as string;
    expect((await callApi(page, 'POST', `/api/surveys/${surveyId}/open`, {})).status).toBe(200);
    for (const comment of comments) {
      const paper = await callApi(page, 'POST', `/api/surveys/${surveyId}/paper-responses`, { submission_id: randomUUID(), locale: 'en', answers: { comment } });
      expect(paper.status).toBe(201);
    }
    answersPath = `/o/${organizationId}/engagement/surveys/${surveyId}`;
  });
  afterAll(() => run?.close());

  it('opens a text question\'s answers from its results and finds their themes', async () => {
    const { page, server } = run;
    await page.goto(`${server.url}${answersPath}/results`);
    await page.getByRole('link', { name: 'Themes and quotes' }).click();
    await page.waitForURL(/\/answers\/comment$/);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'What matters most to your family?' }).count()).toBe(1);
    await expect.poll(() => page.getByText('No themes yet').count()).toBe(1);
    await page.getByRole('button', { name: 'Find themes' }).click();
    // Found on the server in the background; the page looks again until they are there.
    await expect.poll(() => page.getByRole('heading', { level: 3 }).count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
    await expect.poll(() => page.getByText('Themes found.').count()).toBe(1);
    await expectNoAxeViolations(page, 'answers and themes');
  });

  it('renames a theme in place', async () => {
    const { page } = run;
    const first = page.getByRole('heading', { level: 3 }).first();
    const before = (await first.textContent())!;
    await page.getByRole('button', { name: 'Rename' }).first().click();
    await page.getByLabel(`New name for ${before}`).fill('What families told us first');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 3, name: 'What families told us first' }).count()).toBe(1);
    await expect.poll(() => page.getByText('Theme: What families told us first').count()).toBeGreaterThan(0);
  });

  it('merges two themes into one', async () => {
    const { page } = run;
    const before = await page.getByRole('heading', { level: 3 }).count();
    const checks = page.getByRole('checkbox', { name: /^Select .+ to merge$/ });
    await checks.nth(0).check();
    await checks.nth(1).check();
    await page.getByRole('button', { name: 'Merge selected themes (2)' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 3 }).count()).toBe(before - 1);
  });

  it('stars a quote, which is then listed with the starred ones', async () => {
    const { page } = run;
    const star = page.getByRole('button', { name: 'Star this quote' }).first();
    await star.click();
    await expect.poll(() => page.getByRole('button', { name: 'Star this quote', pressed: true }).count()).toBe(1);
    await page.getByRole('button', { name: /^Starred\s+1$/ }).click();
    await expect.poll(() => page.getByText('1 answer', { exact: true }).count()).toBe(1);
  });

  it('searches the answers whatever the accents, and works on a phone', async () => {
    const { page } = run;
    await page.getByRole('button', { name: /^All answers/ }).click();
    await page.getByLabel('Search the answers').fill('autobus');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => page.getByText('El autobús tarda demasiado').count()).toBe(1);
    expect(await page.locator('mark').first().textContent()).toBe('autobús');
    await page.setViewportSize(PHONE);
    const [themes, answers] = [await page.locator('#themes-heading').boundingBox(), await page.locator('#answers-heading').boundingBox()];
    // On a phone the themes come above the answers, and nothing is wider than the screen.
    expect(themes!.y).toBeLessThan(answers!.y);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'survey-themes-phone');
  });
});
