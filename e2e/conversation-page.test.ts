import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { chromiumPath, expectNoAxeViolations, screenshot } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';
import { sampleConversation } from '../src/server/testing/conversation-test-kit.js';

/**
 * A participant takes part in a vote-mode conversation on a cheap phone in Spanish: starts with
 * the demographic question, votes, adds an idea and is shown a near-duplicate first; and the same
 * without any script, by plain form posts. axe-core finds nothing on their screens.
 */
if (!chromiumPath) console.warn('Skipping the conversation page journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

const PHONE_360 = { width: 360, height: 740 };
/** A bilingual vote-mode conversation with one demographic question (the test kit's). */
const graduates = sampleConversation();
// The server refuses a form token younger than this (issue-form-token.ts): a person takes longer to read.
const readingTime = () => new Promise((resolve) => setTimeout(resolve, 3100));

describe.skipIf(!chromiumPath)('a conversation on a phone', () => {
  let run: FirstRun;
  let browser: Browser;
  let conversation: { id: string; code: string };

  const phone = async (options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> => {
    const context = await browser.newContext({ viewport: PHONE_360, locale: 'es-MX', javaScriptEnabled: options.javaScriptEnabled ?? true });
    context.setDefaultTimeout(10_000);
    return context;
  };

  beforeAll(async () => {
    run = await openFirstRun({ name: 'Distrito Escolar Valle Verde', adminName: 'Rosa Méndez', email: 'rosa@valleverde.example' });
    browser = run.browser;
    const created = await callApi(run.page, 'POST', `/api/districts/${run.organizationId}/conversations`, graduates);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    for (const seed of [
      { text: 'Más rutas de autobús para la escuela secundaria', language: 'es', translations: { en: 'More bus routes for the high school' } },
      { text: 'Every graduate can manage money', language: 'en', translations: { es: 'Cada graduado sabe administrar su dinero' } },
    ]) {
      const added = await callApi(run.page, 'POST', `/api/conversations/${id}/statements`, seed);
      expect(added.status, JSON.stringify(added.body)).toBe(201);
    }
    const opened = await callApi(run.page, 'POST', `/api/conversations/${id}/open`, {});
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    conversation = { id, code: opened.body.public_code as string };
  });
  afterAll(async () => {
    await run?.close();
  });

  it('with the script: starts, votes with big buttons, and is shown a near-duplicate before posting an idea', async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(`${run.server.url}/c/${conversation.code}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await expect.poll(() => page.getByRole('heading', { name: '¿Qué deberían saber hacer nuestros graduados?' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'the conversation’s start in Spanish at 360 px');
    await screenshot(page, 'conversation-page-es-360-start');
    await page.getByRole('radio', { name: 'Madre o padre' }).check();
    await readingTime();
    await page.getByRole('button', { name: 'Empezar' }).click();

    const agree = page.getByRole('button', { name: 'De acuerdo', exact: true });
    await agree.waitFor();
    expect(await page.getByText('Idea inicial del equipo').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'En desacuerdo' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Paso' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'an idea to vote on in Spanish at 360 px');
    await screenshot(page, 'conversation-page-es-360-vote');
    const first = await page.locator('#statement-text').textContent();
    await agree.click();
    await expect.poll(() => page.locator('#answered-count').textContent()).toBe('1');
    await expect.poll(() => page.locator('#statement-text').textContent()).not.toBe(first);

    const idea = page.getByLabel(/Su idea/);
    await idea.fill('Necesitamos más rutas de autobús a la escuela secundaria');
    expect(await page.locator('#idea-count').textContent()).toBe(`Caracteres restantes: ${300 - 'Necesitamos más rutas de autobús a la escuela secundaria'.length}`);
    await page.getByRole('button', { name: 'Publicar idea' }).click();
    await page.getByRole('heading', { name: 'Estas ideas parecen decir lo mismo' }).waitFor();
    expect(await page.locator('#similar-list').getByText('Más rutas de autobús para la escuela secundaria').count()).toBe(1);
    await expectNoAxeViolations(page, 'near-duplicates pointed out in Spanish at 360 px');
    await screenshot(page, 'conversation-page-es-360-similar');
    await page.getByRole('button', { name: 'Publicar la mía de todos modos' }).click();
    await page.getByText('Gracias: su idea está publicada y otras personas ya pueden responder.').waitFor();
    const statements = await callApi(run.page, 'GET', `/api/conversations/${conversation.id}/statements`);
    expect(statements.body.statements.map((s: { text: string }) => s.text)).toContain('Necesitamos más rutas de autobús a la escuela secundaria');
    await context.close();
  });

  it('without any script: starts, votes and posts an idea by plain form posts', async () => {
    const context = await phone({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${run.server.url}/c/${conversation.code}`);
    await page.getByRole('radio', { name: 'Estudiante' }).check();
    await readingTime();
    await page.getByRole('button', { name: 'Empezar' }).click();
    await page.getByRole('button', { name: 'De acuerdo', exact: true }).click();
    await expect.poll(() => page.locator('#answered-count').textContent()).toBe('1');
    await page.getByLabel(/Su idea/).fill('Clases de cocina saludable para todos');
    await readingTime();
    await page.getByRole('button', { name: 'Publicar idea' }).click();
    await page.getByText('Gracias: su idea está publicada y otras personas ya pueden responder.').waitFor();
    await screenshot(page, 'conversation-page-es-360-without-script');
    await context.close();
  });
});
