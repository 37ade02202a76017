import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumPath, DESKTOP, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';
import { sampleConversation } from '../src/server/testing/conversation-test-kit.js';

/**
 * A rate-mode conversation's results: the team reads them on the Results tab (top ideas, by group,
 * participation), publishes the public page, and a parent reads it on a cheap phone in Spanish
 * with no script. axe-core finds nothing on either.
 */
if (!chromiumPath) console.warn('Skipping the conversation results journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

const PHONE_360 = { width: 360, height: 740 };
/** A bilingual rate-mode conversation with the test kit's demographic question (parent or student). */
const ideas = sampleConversation({ mode: 'rate', prompt: { en: 'How should we spend the new library budget?', es: '¿Cómo deberíamos gastar el nuevo presupuesto de la biblioteca?' } });

describe.skipIf(!chromiumPath)('a conversation’s results', () => {
  let run: FirstRun;
  let browser: Browser;
  let conversation: { id: string; code: string };
  const seeds: string[] = [];

  beforeAll(async () => {
    run = await openFirstRun({ name: 'Distrito Escolar Valle Verde', adminName: 'Rosa Méndez', email: 'rosa@valleverde.example' });
    browser = run.browser;
    const created = await callApi(run.page, 'POST', `/api/districts/${run.organizationId}/conversations`, ideas);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    for (const seed of [
      { text: 'Más libros en español para los primeros grados', language: 'es', translations: { en: 'More Spanish books for the early grades' } },
      { text: 'Open the library after school until six', language: 'en', translations: { es: 'Abrir la biblioteca después de clases hasta las seis' } },
      { text: 'New laptops to borrow', language: 'en', translations: { es: 'Computadoras portátiles nuevas para prestar' } },
    ]) {
      const added = await callApi(run.page, 'POST', `/api/conversations/${id}/statements`, seed);
      expect(added.status, JSON.stringify(added.body)).toBe(201);
      seeds.push(added.body.id as string);
    }
    const opened = await callApi(run.page, 'POST', `/api/conversations/${id}/open`, {});
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    conversation = { id, code: opened.body.public_code as string };
    const replied = await callApi(run.page, 'PUT', `/api/conversations/${id}/statements/${seeds[1]}/reply`, {
      version: 0,
      reply: { en: 'We will ask the librarians.', es: 'Lo consultaremos con el personal de la biblioteca.' },
      what_we_did: { en: 'Open until six from March.', es: 'Abierta hasta las seis desde marzo.' },
    });
    expect(replied.status, JSON.stringify(replied.body)).toBe(200);

    // Twelve parents and eight students rate, written straight to the tables (the public route's
    // form tokens make a person wait; the participant page has its own journey).
    const db = run.server.database.db;
    const people = await db
      .insertInto('conversation_participants')
      .values(Array.from({ length: 20 }, (_, index) => ({ conversation_id: id, organization_id: run.organizationId, external_id: null, device_hash: null, email_hash: null, demographics: JSON.stringify({ role: index < 12 ? 'parent' : 'student' }), created_at: new Date(Date.UTC(2026, 2, 1 + (index % 5))) })))
      .returning('id')
      .execute();
    const ratingOf = [(i: number) => (i < 12 ? 5 : 4), (i: number) => (i < 12 ? 4 : 5), (i: number) => (i < 12 ? 1 : 5)];
    await db
      .insertInto('conversation_votes')
      .values(seeds.flatMap((statementId, s) => people.map((person, i) => ({ statement_id: statementId, participant_id: person.id, conversation_id: id, organization_id: run.organizationId, value: ratingOf[s]!(i), voted_at: new Date(Date.UTC(2026, 2, 2 + (i % 6))) }))))
      .execute();
  });
  afterAll(async () => {
    await run?.close();
  });

  it('shows the team the results, by group, and publishes the public page', async () => {
    const page = run.page;
    await page.setViewportSize(DESKTOP);
    await page.goto(`${run.server.url}/o/${run.organizationId}/engagement/conversations/${conversation.id}/results`);
    await expect.poll(() => page.getByRole('heading', { name: 'Ideas rated highest' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: 'Results' }).getAttribute('aria-current')).toBe('page');
    await page.getByLabel('Top ideas by group').selectOption('role');
    await expect.poll(() => page.getByRole('heading', { name: 'Parent: 12 people' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'Ideas groups rate differently' }).count()).toBe(1);
    expect(await page.getByText('New laptops to borrow · Gap: 4').count()).toBe(1);
    await expectNoAxeViolations(page, 'the Results tab');
    await screenshot(page, 'conversation-results-1280');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'conversation-results-375');
    await page.setViewportSize(DESKTOP);

    expect((await page.request.get(`${run.server.url}/c/${conversation.code}/results`)).status()).toBe(404);
    await page.getByRole('button', { name: 'Publish results' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Open the results page' }).count()).toBe(1);
    expect((await page.request.get(`${run.server.url}/c/${conversation.code}/results`)).status()).toBe(200);
  });

  it('lets a parent read the published results on a phone in Spanish, without a script', async () => {
    // The page has no script at all (its policy allows none), so what a phone without one shows is this.
    const context = await browser.newContext({ viewport: PHONE_360, locale: 'es-MX' });
    const page = await context.newPage();
    const response = await page.goto(`${run.server.url}/c/${conversation.code}/results`);
    expect(response?.status()).toBe(200);
    expect(Number(response?.headers()['content-length'] ?? (await response!.body()).length)).toBeLessThan(20_000);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('¿Cómo deberíamos gastar el nuevo presupuesto de la biblioteca?');
    const top = page.locator('ol.results > li');
    expect(await top.count()).toBe(3);
    expect(await top.first().textContent()).toContain('Más libros en español para los primeros grados');
    expect(await page.getByText('Abrir la biblioteca después de clases hasta las seis').count()).toBe(1);
    expect(await page.getByText('Lo consultaremos con el personal de la biblioteca.').count()).toBe(1);
    expect(await page.getByText('Abierta hasta las seis desde marzo.').count()).toBe(1);
    // No sideways scrolling on a 360 px phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, 'the public results in Spanish at 360 px');
    await screenshot(page, 'conversation-results-page-es-360');
    await context.close();
  });

  it('shows a vote-mode conversation’s common ground and opinion groups on a phone in Spanish', async () => {
    const created = await callApi(run.page, 'POST', `/api/districts/${run.organizationId}/conversations`, { ...ideas, mode: 'vote' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    const statements: string[] = [];
    for (const text of ['Más horas de biblioteca', 'Menos tareas', 'Más clubes de lectura', 'Uniformes obligatorios']) {
      statements.push((await callApi(run.page, 'POST', `/api/conversations/${id}/statements`, { text, language: 'es', translations: { en: text } })).body.id as string);
    }
    const code = (await callApi(run.page, 'POST', `/api/conversations/${id}/open`, {})).body.public_code as string;
    const db = run.server.database.db;
    const people = await db
      .insertInto('conversation_participants')
      .values(Array.from({ length: 24 }, () => ({ conversation_id: id, organization_id: run.organizationId, external_id: null, device_hash: null, email_hash: null, demographics: '{}', created_at: new Date() })))
      .returning('id')
      .execute();
    // Everyone agrees on the first; two camps of twelve split on the rest.
    await db
      .insertInto('conversation_votes')
      .values(statements.flatMap((statementId, s) => people.map((person, i) => ({ statement_id: statementId, participant_id: person.id, conversation_id: id, organization_id: run.organizationId, value: s === 0 || i < 12 ? 1 : -1, voted_at: new Date() }))))
      .execute();
    expect((await callApi(run.page, 'PUT', `/api/conversations/${id}/results/publication`, {})).status).toBe(200);
    const context = await browser.newContext({ viewport: PHONE_360, locale: 'es-MX' });
    const page = await context.newPage();
    expect((await page.goto(`${run.server.url}/c/${code}/results`))?.status()).toBe(200);
    expect(await page.getByRole('heading', { name: 'En qué está de acuerdo la mayoría' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: /Grupo A: 12 personas/ }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, 'the public results of a vote in Spanish at 360 px');
    await screenshot(page, 'conversation-results-page-vote-es-360');
    await context.close();
  });
});
