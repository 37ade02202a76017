import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumPath, DESKTOP, expectNoAxeViolations, screenshot } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/**
 * People at a data retreat on cheap phones in Spanish: they join the room by its code with a name,
 * write what they notice and wonder about a chart, add an item to the SWOT board and spend their
 * dots; another phone's observation and dots appear live without a reload, and what is being typed
 * stays. A small student group shows as hidden, never as a number. axe-core finds nothing.
 */
if (!chromiumPath) console.warn('Skipping the retreat room journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

/** A cheap phone: 375 x 667 at 2x, touch, Spanish from Spain. */
const PHONE_375 = { viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'es-ES' };

/** Reading proficiency by school and student group; Birch's English learners are too few to show. */
const readingFile = [
  'school,year,group,metric,value,n',
  'Alder Elementary,2023-24,All Students,reading_proficiency,41.5,120',
  'Alder Elementary,2023-24,English Learners,reading_proficiency,28,34',
  'Birch Middle,2023-24,All Students,reading_proficiency,52,210',
  'Birch Middle,2023-24,English Learners,reading_proficiency,33,6',
  'Cedar High,2023-24,All Students,reading_proficiency,61.2,180',
  'Cedar High,2023-24,English Learners,reading_proficiency,40,25',
  'District,2023-24,All Students,reading_proficiency,52.4,510',
  'District,2023-24,English Learners,reading_proficiency,33.1,65',
].join('\n');

describe.skipIf(!chromiumPath)('the data retreat room on phones', () => {
  let run: FirstRun;
  let browser: Browser;
  let code: string;
  let charts: { bySchool: string; byGroup: string };
  const contexts: BrowserContext[] = [];

  const phone = async (): Promise<Page> => {
    const context = await browser.newContext(PHONE_375);
    context.setDefaultTimeout(15_000);
    contexts.push(context);
    return context.newPage();
  };
  const join = async (page: Page, name: string) => {
    await page.goto(`${run.server.url}/r/${code}`);
    await page.getByLabel('Su nombre').fill(name);
    await page.getByRole('button', { name: 'Entrar', exact: true }).click();
    await page.getByText(`Está en la sala como ${name}.`).waitFor();
  };

  beforeAll(async () => {
    run = await openFirstRun({ name: 'Distrito Escolar Los Pinos', adminName: 'Elena Ruiz', email: 'elena@lospinos.example' });
    browser = run.browser;
    const page = run.page;
    for (const name of ['Alder Elementary', 'Birch Middle', 'Cedar High']) {
      const school = await callApi(page, 'POST', `/api/organizations/${run.organizationId}/schools`, { name });
      expect(school.status, JSON.stringify(school.body)).toBe(201);
    }
    // The file goes in as the data screen sends it (multipart), then imports with the proposed columns.
    const uploaded = await page.evaluate(
      async ({ districtId, csv }) => {
        const session = await (await fetch('/api/auth/session')).json();
        const form = new FormData();
        form.append('name', 'Lectura 2023-24');
        form.append('file', new Blob([csv], { type: 'text/csv' }), 'reading.csv');
        const response = await fetch(`/api/districts/${districtId}/datasets`, { method: 'POST', headers: { 'x-csrf-token': session.csrfToken }, body: form });
        return { status: response.status, body: await response.json() };
      },
      { districtId: run.organizationId, csv: readingFile },
    );
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    const datasetId = uploaded.body.id as string;
    const dataset = (await callApi(page, 'GET', `/api/datasets/${datasetId}`)).body;
    const mapping = { ...dataset.proposal.mapping, entity: { nameColumn: 'school', districtValues: ['District'] }, period: { column: 'year' }, group: { column: 'group' }, metric: { fixed: { key: 'reading_proficiency', label: 'Reading proficiency', unit: 'percent', higherIsBetter: true } }, valueColumn: 'value', nColumn: 'n', percentScale: '0_100' };
    delete mapping.wideColumns;
    const imported = await callApi(page, 'POST', `/api/datasets/${datasetId}/import`, { mapping, version: dataset.version });
    expect(imported.status, JSON.stringify(imported.body)).toBe(202);
    // The import is a job: wait for it (expect.poll belongs to tests, not to their set-up).
    for (let waited = 0; (await callApi(page, 'GET', `/api/datasets/${datasetId}`)).body.status !== 'ready'; waited += 250) {
      if (waited > 30_000) throw new Error('the reading file did not import within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    const cycle = await callApi(page, 'POST', `/api/districts/${run.organizationId}/cycles`, { templateId: 'cec-strategic-planning', name: 'Plan 2030', startDate: '2026-01-05' });
    expect(cycle.status, JSON.stringify(cycle.body)).toBe(201);
    const sessionId = (await callApi(page, 'GET', `/api/cycles/${cycle.body.id}`)).body.sessions[0].id as string;
    const retreat = await callApi(page, 'POST', `/api/cycles/${cycle.body.id}/retreats`, { session_id: sessionId, title: 'Retiro de datos de otoño', dots_per_person: 3 });
    expect(retreat.status, JSON.stringify(retreat.body)).toBe(201);
    code = retreat.body.join_code;
    const chart = async (question: string, view: object) => {
      const added = await callApi(page, 'POST', `/api/retreats/${retreat.body.id}/charts`, { question, metric: 'reading_proficiency', view });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
      return added.body.id as string;
    };
    charts = {
      bySchool: await chart('¿Qué escuelas leen mejor?', { by: 'school' }),
      byGroup: await chart('¿Cómo leen los estudiantes de inglés en Birch?', { by: 'group', school_id: (await callApi(page, 'GET', `/api/organizations/${run.organizationId}/schools`)).body.schools.find((s: { name: string }) => s.name === 'Birch Middle').id }),
    };
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await run?.close();
  });

  it('joins, writes a notice and a wonder, adds to the board, spends dots, and sees another phone live', async () => {
    const lucia = await phone();
    await lucia.goto(`${run.server.url}/r/${code}`);
    expect(await lucia.locator('html').getAttribute('lang')).toBe('es');
    await lucia.getByRole('heading', { level: 1, name: 'Retiro de datos de otoño' }).waitFor();
    await expectNoAxeViolations(lucia, 'the room’s join form in Spanish at 375 px');
    await screenshot(lucia, 'retreat-room-es-375-join');
    await lucia.getByRole('button', { name: 'Entrar', exact: true }).click();
    // A name is asked for, next to its field.
    await lucia.getByText('Escriba su nombre para que la persona que facilita sepa quién escribió qué.').waitFor();
    expect(await lucia.getByLabel('Su nombre').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(lucia, 'the join form with its problem in Spanish at 375 px');
    await screenshot(lucia, 'retreat-room-es-375-join-problem');
    await join(lucia, 'Lucía');

    const bySchool = lucia.locator(`#chart-${charts.bySchool}`);
    const table = bySchool.getByRole('table');
    expect(await table.getByRole('row').filter({ hasText: 'Cedar High' }).textContent()).toMatch(/61,2\s%/);
    // Birch's six English learners: hidden in words, never a number or a zero.
    const byGroup = lucia.locator(`#chart-${charts.byGroup}`);
    expect(await byGroup.locator('caption').textContent()).toBe('Reading proficiency · 2023-24 · Birch Middle · por grupo de estudiantes');
    const small = byGroup.getByRole('row').filter({ hasText: 'English Learners' });
    expect(await small.textContent()).toContain('Oculto: grupo pequeño');
    expect(await small.textContent()).not.toMatch(/\d/);

    await bySchool.getByLabel('Su observación').fill('Cedar High lee mucho mejor que Alder');
    await bySchool.getByRole('button', { name: 'Añadir observación' }).click();
    await lucia.locator(`#chart-${charts.bySchool} ul.observations li`).filter({ hasText: 'Cedar High lee mucho mejor que Alder' }).getByText('Suya').waitFor();
    await lucia.locator(`#chart-${charts.bySchool}`).getByRole('radio', { name: /Me pregunto/ }).check();
    await lucia.locator(`#chart-${charts.bySchool}`).getByLabel('Su observación').fill('¿Qué hace Cedar que Alder no hace?');
    await lucia.locator(`#chart-${charts.bySchool}`).getByRole('button', { name: 'Añadir observación' }).click();
    const wonder = lucia.locator(`#chart-${charts.bySchool} ul.observations li.wonder`);
    await wonder.filter({ hasText: '¿Qué hace Cedar que Alder no hace?' }).waitFor();
    expect(await wonder.locator('.kind').textContent()).toBe('Me pregunto:');

    await lucia.getByRole('radio', { name: 'Debilidad' }).check();
    await lucia.getByLabel('El elemento').fill('Alder se queda atrás en lectura');
    await lucia.getByRole('button', { name: 'Añadir al tablero' }).click();
    const item = lucia.locator('#swot-weakness li').filter({ hasText: 'Alder se queda atrás en lectura' });
    await item.waitFor();
    await item.getByRole('button', { name: 'Añadir un punto a: Alder se queda atrás en lectura' }).click();
    await lucia.getByText('Puntos restantes: 2 de 3').waitFor();
    await lucia.locator('#swot-weakness li').filter({ hasText: 'Alder se queda atrás en lectura' }).getByRole('button', { name: 'Añadir un punto a: Alder se queda atrás en lectura' }).click();
    await lucia.getByText('Puntos restantes: 1 de 3').waitFor();
    expect(await lucia.locator('#swot-weakness li .dots-total').textContent()).toBe('2 puntos');

    // Lucía starts writing on the other chart; meanwhile Marco, on his phone, writes and votes.
    const draft = lucia.locator(`#chart-${charts.byGroup}`).getByLabel('Su observación');
    await draft.fill('Faltan datos de Birch');
    await lucia.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    const marco = await phone();
    await join(marco, 'Marco');
    await marco.locator(`#chart-${charts.bySchool}`).getByLabel('Su observación').fill('Birch está en la media del distrito');
    await marco.locator(`#chart-${charts.bySchool}`).getByRole('button', { name: 'Añadir observación' }).click();
    await marco.locator(`#chart-${charts.bySchool} ul.observations`).getByText('Birch está en la media del distrito').waitFor();
    await marco.getByRole('button', { name: 'Añadir un punto a: Alder se queda atrás en lectura' }).click();
    await marco.getByText('Puntos restantes: 2 de 3').waitFor();

    const live = lucia.locator(`#chart-${charts.bySchool} ul.observations li`).filter({ hasText: 'Birch está en la media del distrito' });
    await live.waitFor({ timeout: 15_000 });
    expect(await live.locator('.mine').count()).toBe(0);
    await expect.poll(() => lucia.locator('#swot-weakness li .dots-total').textContent(), { timeout: 15_000 }).toBe('3 puntos');
    // No reload: the page is the same, and the half-written observation is still there.
    expect(await lucia.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(await draft.inputValue()).toBe('Faltan datos de Birch');
    expect(await lucia.locator('#live').textContent()).toContain('Observaciones nuevas: 1');
    // Nobody's name but her own.
    expect(await lucia.locator('main').textContent()).not.toContain('Marco');

    await lucia.evaluate(() => window.scrollTo(0, 0));
    await expectNoAxeViolations(lucia, 'the room in Spanish at 375 px');
    await screenshot(lucia, 'retreat-room-es-375');

    // The same room in English on a laptop.
    await lucia.goto(`${run.server.url}/r/${code}?lang=en`);
    await lucia.setViewportSize(DESKTOP);
    await lucia.getByText('You are in the room as Lucía.').waitFor();
    expect(await lucia.locator(`#chart-${charts.byGroup}`).getByRole('row').filter({ hasText: 'English Learners' }).textContent()).toContain('Hidden: small group');
    await expectNoAxeViolations(lucia, 'the room in English at 1280 px');
    await screenshot(lucia, 'retreat-room-en-1280');
  });
});
