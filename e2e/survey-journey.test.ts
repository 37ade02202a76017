import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, DESKTOP, expectNoAxeViolations, screenshot } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/**
 * The survey journey: a planner builds a bilingual survey from the Family survey starter,
 * adds a question in English, is told by "Open survey" that its Spanish is missing, follows the
 * link to that text and writes it, opens the survey; a parent answers on a phone in Spanish;
 * the planner sees the results broken down by role with the small group hidden (and the cells
 * that would give it away), in English and in Spanish, and downloads the QR flyer; with the
 * district's population entered, the group heard too little is flagged, and the engagement
 * summary downloads as PDF.
 */
if (!chromiumPath) console.warn('Skipping the survey journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

const TABLET = { width: 768, height: 1024 };
const PHONE_390 = { width: 390, height: 844 };

describe.skipIf(!chromiumPath)('a bilingual survey from starter to results', () => {
  let run: FirstRun;
  let page: Page;
  let surveyPath: string;
  let surveyId: string;
  let publicCode: string;

  beforeAll(async () => {
    run = await openFirstRun({ name: 'Bayou Parish Schools', adminName: 'Claire Boudreaux', email: 'claire@bayou.example' });
    page = run.page;
  }, 120_000);
  afterAll(async () => {
    await run?.close();
  });

  it('builds a survey from the Family survey starter and adds a question in English', async () => {
    await page.getByRole('link', { name: 'Engagement' }).first().click();
    await page.waitForURL(/\/engagement$/);
    await page.getByRole('button', { name: 'New survey' }).click();
    await page.getByRole('button', { name: 'Use this starter: Family survey' }).click();
    await page.waitForURL(/\/engagement\/surveys\/[0-9a-f-]{36}$/);
    surveyPath = new URL(page.url()).pathname;
    surveyId = surveyPath.split('/').at(-1)!;
    await page.getByRole('heading', { level: 1, name: 'Family survey' }).waitFor();

    // Both languages from the start, English first: the builder writes in it.
    expect(await page.locator('.language-chip').allTextContents()).toEqual([expect.stringContaining('English'), expect.stringContaining('Spanish')]);
    await page.getByLabel('Add a question to page 3').selectOption('text');
    await page.getByRole('button', { name: 'Add question' }).nth(2).click();
    await page.getByLabel('Question', { exact: true }).last().fill('How did you hear about this survey?');
    // The new question's key follows its words.
    expect(await page.getByLabel('Key', { exact: true }).last().inputValue()).toBe('how_did_you_hear_about_this_survey');
    await expectNoAxeViolations(page, 'the builder');
    await page.getByRole('button', { name: 'Save survey' }).click();
    await page.getByText('All changes saved').waitFor();
    await screenshot(page, 'survey-builder-desktop');
    await page.setViewportSize(TABLET);
    await screenshot(page, 'survey-builder-tablet');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.setViewportSize(DESKTOP);
  });

  it('is refused opening while the Spanish of the new question is missing, and the list leads to it', async () => {
    await page.getByRole('link', { name: 'Open and share' }).click();
    await page.getByRole('button', { name: 'Open survey' }).click();
    await page.getByText('It cannot open yet: 1 text has no translation').waitFor();
    const missing = page.locator('.missing-list a');
    expect(await missing.allTextContents()).toEqual(['In Spanish: Question 13 (how_did_you_hear_about_this_survey) › Text']);
    await missing.click();
    await page.waitForURL(/\/translations\?lang=es&path=/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('survey-field-questions-12-text-es');
    expect(await page.getByText('1 text missing in Spanish').count()).toBe(1);
    await expectNoAxeViolations(page, 'the translations screen');
    await screenshot(page, 'survey-translations');
    await page.keyboard.type('¿Cómo se enteró de esta encuesta?');
    await page.getByRole('button', { name: 'Save translations' }).click();
    await page.getByText('Every text is written in Spanish.').waitFor();
  });

  it('opens, with a public link and a QR flyer to download', async () => {
    await page.getByRole('link', { name: 'Open and share' }).click();
    await page.getByRole('button', { name: 'Open survey' }).click();
    const link = page.getByLabel('The survey’s public link');
    await link.waitFor();
    publicCode = (await link.inputValue()).split('/s/')[1]!;
    expect(publicCode).toMatch(/^[A-Za-z0-9_-]+$/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the QR flyer (PDF)' }).click()]);
    const file = await download.path();
    expect(readFileSync(file!).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a parent answers on a phone, in Spanish', async () => {
    const phone = await run.browser.newPage({ viewport: PHONE_390, locale: 'es-MX' });
    try {
      await phone.goto(`${run.server.url}/s/${publicCode}?lang=es`);
      expect(await phone.evaluate(() => document.documentElement.lang)).toBe('es');
      const start = phone.getByRole('button', { name: 'Comenzar' });
      if (await start.isVisible()) await start.click();
      await phone.getByLabel('Abuelo, abuela u otro familiar').check();
      await phone.getByRole('button', { name: 'Siguiente' }).click();
      await phone.getByLabel('Satisfecho', { exact: true }).check();
      await phone.getByRole('button', { name: 'Siguiente' }).click();
      // The page refuses answers sent within seconds of its arrival (a robot's pace): a person reads first.
      await phone.waitForTimeout(3_000);
      await phone.getByRole('button', { name: 'Enviar mis respuestas' }).click();
      await phone.getByRole('heading', { name: 'Gracias' }).waitFor();
      await screenshot(phone, 'survey-respondent-phone-es');
    } finally {
      await phone.close();
    }
  });

  it('shows the results broken down by role, the small group hidden, in English and Spanish', async () => {
    // Nineteen more respondents, typed in from paper: twelve parents, six guardians, one more relative.
    const roles = [...Array(12).fill('parent'), ...Array(6).fill('guardian'), 'relative'];
    for (const [i, role] of roles.entries()) {
      const entered = await callApi(page, 'POST', `/api/surveys/${surveyId}/paper-responses`, {
        submission_id: crypto.randomUUID(),
        locale: i % 2 ? 'es' : 'en',
        answers: { role, satisfaction: ['satisfied', 'very_satisfied', 'neutral'][i % 3] },
      });
      expect(entered.status, JSON.stringify(entered.body)).toBe(201);
    }
    await page.goto(`${run.server.url}${surveyPath}/results`);
    await page.getByLabel('Break down by').selectOption('role');
    await page.waitForURL(/results\?by=role/);
    await page.locator('.breakdown-table').first().waitFor();
    expect(await page.locator('.results-respondents-value').textContent()).toBe('20');

    // Two relatives: their column is hidden with the threshold in words, never as a 0.
    const relatives = page.locator('.breakdown-table').first().locator('thead th', { hasText: 'Grandparent or other relative' });
    expect(await relatives.textContent()).toContain('Hidden (fewer than 5 respondents)');
    expect(await page.getByText('Hidden so the small group cannot be worked out').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'the results broken down by role');
    await screenshot(page, 'survey-results-by-role-desktop');
    await page.setViewportSize(PHONE_390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(page, 'survey-results-by-role-phone');
    await page.setViewportSize(DESKTOP);

    await page.getByLabel('Language').first().selectOption('es');
    await page.getByRole('heading', { name: 'Resultados' }).waitFor();
    expect(await page.getByText('Oculto (menos de 5 personas)').count()).toBeGreaterThan(0);
    expect(await page.getByText('Oculto para que no se pueda deducir el grupo pequeño').count()).toBeGreaterThan(0);
    await screenshot(page, 'survey-results-by-role-desktop-es');
    await page.setViewportSize(PHONE_390);
    await screenshot(page, 'survey-results-by-role-phone-es');
    await page.setViewportSize(DESKTOP);
  });

  it('flags the group heard too little against the district’s population, and downloads the summary as PDF', async () => {
    await page.getByLabel('Idioma').first().selectOption('en');
    // Who the district serves, by the starter's role options: 56% parents, 19% guardians, 25% relatives.
    const population = await callApi(page, 'PUT', `/api/districts/${run.organizationId}/population`, {
      version: 0,
      dimension: 'role',
      groups: [
        { key: 'parent', label: 'Parent', count: 900 },
        { key: 'guardian', label: 'Guardian or foster parent', count: 300 },
        { key: 'relative', label: 'Grandparent or other relative', count: 400 },
      ],
    });
    expect(population.status, JSON.stringify(population.body)).toBe(200);
    await page.goto(`${run.server.url}${surveyPath}/representation`);
    const relatives = page.locator('.representation-table tr', { hasText: 'Grandparent or other relative' });
    await relatives.waitFor();
    // Two relatives of twenty answered (10% against 25%): flagged, their count hidden all the same.
    expect(await relatives.textContent()).toContain('Under-represented');
    expect(await relatives.textContent()).toContain('Hidden (fewer than 5 respondents)');
    expect(await page.locator('.representation-table tr', { hasText: 'Guardian or foster parent' }).textContent()).not.toContain('Under-represented');
    await expectNoAxeViolations(page, 'who answered');
    await screenshot(page, 'survey-representation-desktop');
    await page.setViewportSize(PHONE_390);
    await screenshot(page, 'survey-representation-phone');
    await page.setViewportSize(DESKTOP);

    await page.goto(`${run.server.url}${surveyPath}/results`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download summary (PDF)' }).click()]);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
