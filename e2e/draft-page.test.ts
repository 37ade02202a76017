import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumPath, DESKTOP, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/**
 * A resident reads the district's draft plan at /p/<slug>/draft in Spanish on a cheap phone and
 * comments on a passage of a strategy: selected with the finger or mouse, with the page's script;
 * and the same without any script, by the plain "comment on this" link and form. axe-core finds
 * nothing on the public pages at desktop and phone width.
 */
if (!chromiumPath) console.warn('Skipping the draft page journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

const PHONE_360 = { width: 360, height: 740 };
const STRATEGY_TEXT = 'Offer small-group tutoring three times a week to every first grader who needs it.';
// The server refuses a form token younger than this (issue-form-token.ts): a person takes longer to read.
const readingTime = () => new Promise((resolve) => setTimeout(resolve, 3100));

const draft = {
  format: 'strategic-plan/v1',
  organization: { name: 'Distrito Escolar Valle Verde', kind: 'district' },
  plan: {
    title: 'Valle Verde 2027-2030',
    mission: 'Every student leaves ready for what comes next.',
    vision: 'Schools where every family feels welcome.',
    values: [{ name: 'Equity', description: 'We give each student what they need.' }],
    goals: [
      {
        key: 'G1',
        title: 'Every child reads by grade 3',
        description: 'Reading well by the end of grade 3 is the surest sign of success later on.',
        measures: [
          {
            key: 'G1.M1',
            name: 'Grade 3 reading proficiency',
            unit: 'percent',
            baseline: { period: { label: '2025-26' }, value: 62 },
            targets: [{ period: { label: '2029-30' }, value: 75 }],
            actuals: [
              { period: { label: '2025-26' }, value: 62, n: 480 },
              { period: { label: '2025-26' }, value: 41.5, n: 6, subgroup: 'English learners' },
            ],
          },
        ],
        strategies: [
          { key: 'G1.S1', title: 'Tutoring for early readers', description: STRATEGY_TEXT, actions: [{ key: 'G1.S1.A1', title: 'Hire reading tutors', timeline: 'Fall 2027' }] },
          { key: 'G1.S2', title: 'Books at home', description: 'Send a book home every month with each child in kindergarten to grade 2.' },
        ],
      },
      { key: 'G2', title: 'Every student feels safe at school', strategies: [{ key: 'G2.S1', title: 'Restorative practices in every school' }] },
    ],
  },
};

describe.skipIf(!chromiumPath)('a resident comments on the draft plan', () => {
  let run: FirstRun;
  let browser: Browser;
  let planId: string;
  let draftUrl: string;

  const open = async (viewport: { width: number; height: number }, options: { javaScriptEnabled?: boolean; locale?: string } = {}): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({ viewport, locale: options.locale ?? 'es-MX', javaScriptEnabled: options.javaScriptEnabled ?? true });
    context.setDefaultTimeout(10_000);
    return { context, page: await context.newPage() };
  };
  const comments = async () => (await callApi(run.page, 'GET', `/api/plans/${planId}/comments/public`)).body.comments as Array<{ element_key: string | null; quote: string | null; body: string; role: string | null }>;

  beforeAll(async () => {
    run = await openFirstRun({ name: 'Distrito Escolar Valle Verde', adminName: 'Rosa Méndez', email: 'rosa@valleverde.example' });
    browser = run.browser;
    const imported = await callApi(run.page, 'POST', `/api/districts/${run.organizationId}/plans/import`, draft);
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    planId = imported.body.id as string;
    const plan = await callApi(run.page, 'GET', `/api/plans/${planId}`);
    const opened = await callApi(run.page, 'POST', `/api/plans/${planId}/public-comment`, { version: plan.body.version, closes_on: '2099-12-31', show_comments: false });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const windows = await callApi(run.page, 'GET', `/api/plans/${planId}/public-comment`);
    draftUrl = windows.body.draft_url as string;
    expect(draftUrl).toMatch(/\/p\/[^/]+\/draft$/);
  });
  afterAll(async () => {
    await run?.close();
  });

  it('reads with no axe violations at desktop and phone width', async () => {
    for (const [viewport, name] of [
      [DESKTOP, 'draft-page-1280'],
      [PHONE, 'draft-page-375'],
    ] as const) {
      const { context, page } = await open(viewport, { locale: 'en-US' });
      await page.goto(draftUrl);
      await page.getByRole('heading', { name: 'Draft plan for public comment' }).waitFor();
      expect(await page.getByText('Tutoring for early readers').count()).toBeGreaterThan(0);
      await expectNoAxeViolations(page, `the draft page at ${viewport.width} px`);
      await screenshot(page, name);
      await context.close();
    }
  });

  it('in Spanish on a 360 px phone: selects a passage of a strategy and comments on it (script)', async () => {
    const { context, page } = await open(PHONE_360);
    await page.goto(draftUrl);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.getByRole('heading', { name: 'Borrador del plan para consulta pública' }).waitFor();
    expect(await page.getByText('Estudiantes de inglés').count()).toBe(1);
    expect(await page.getByText('41,5').count()).toBe(0);
    await expectNoAxeViolations(page, 'the draft in Spanish at 360 px');
    await screenshot(page, 'draft-page-es-360');

    // Select words of the strategy's text by dragging across its first line, as a finger or mouse does.
    const text = page.locator('#part-G1\\.S1 > p.quotable');
    await text.scrollIntoViewIfNeeded();
    const box = (await text.boundingBox())!;
    await page.mouse.move(box.x + 1, box.y + 6);
    await page.mouse.down();
    await page.mouse.move(box.x + Math.min(box.width - 4, 220), box.y + 8, { steps: 6 });
    await page.mouse.up();
    const passage = page.getByRole('button', { name: 'Comentar el pasaje seleccionado' });
    await passage.waitFor();
    await screenshot(page, 'draft-page-es-360-passage-selected');
    await passage.click();

    const quote = page.getByLabel('El pasaje que comenta (opcional)');
    await expect.poll(() => quote.inputValue()).not.toBe('');
    const quoted = await quote.inputValue();
    expect(STRATEGY_TEXT).toContain(quoted);
    expect(await page.locator('#part-G1\\.S1 #comment-form').count()).toBe(1);
    expect(await page.locator('#target-label').textContent()).toBe('Estrategia G1.S1: Tutoring for early readers');
    await page.getByLabel('Su comentario (obligatorio)').fill('Tres veces por semana es poco para quien más lo necesita.');
    await page.getByLabel('Usted es (opcional)').selectOption({ label: 'Madres, padres y familias' });
    await expectNoAxeViolations(page, 'the comment form under a strategy in Spanish at 360 px');
    await screenshot(page, 'draft-page-es-360-form');
    await readingTime();
    await page.getByRole('button', { name: 'Enviar comentario' }).click();
    await page.getByText('Gracias. Su comentario llegó al equipo de planificación.').waitFor();
    await screenshot(page, 'draft-page-es-360-sent');
    const stored = await comments();
    expect(stored).toContainEqual(expect.objectContaining({ element_key: 'G1.S1', quote: quoted, body: 'Tres veces por semana es poco para quien más lo necesita.', role: 'families' }));
    await context.close();
  });

  it('in Spanish on a 360 px phone without any script: the link, the form, a refusal naming the field, then the thanks', async () => {
    const { context, page } = await open(PHONE_360, { javaScriptEnabled: false });
    await page.goto(draftUrl);
    // The link's text says which part to a screen reader too (a visually hidden ": Estrategia G1.S2").
    await page.getByRole('link', { name: /^Comentar esto\s*: Estrategia G1\.S2$/ }).click();
    await page.waitForURL(/\/draft\/comment\?element=G1\.S2/);
    await page.getByRole('heading', { name: 'Comentar esto' }).waitFor();
    await page.getByLabel('El pasaje que comenta (opcional)').fill('every month');
    await readingTime();
    await page.getByRole('button', { name: 'Enviar comentario' }).click();
    await page.getByText('Escriba su comentario.').waitFor();
    expect(await page.getByLabel('Su comentario (obligatorio)').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'draft-page-es-360-without-script-refused');
    await page.getByLabel('Su comentario (obligatorio)').fill('Un libro al mes ayuda mucho; ¿también en verano?');
    await page.getByRole('button', { name: 'Enviar comentario' }).click();
    await page.getByRole('heading', { name: 'Gracias por su comentario' }).waitFor();
    await screenshot(page, 'draft-page-es-360-without-script-thanks');
    expect(await comments()).toContainEqual(expect.objectContaining({ element_key: 'G1.S2', quote: 'every month', body: 'Un libro al mes ayuda mucho; ¿también en verano?' }));
    await context.close();
  });

  // axe runs as a script in the page, so the pages without one are checked in a browser with scripts on: they have none to run.
  it('the comment page, a refusal and the thanks have no axe violations at desktop and phone width', async () => {
    for (const [viewport, name] of [
      [DESKTOP, '1280'],
      [PHONE, '375'],
    ] as const) {
      const { context, page } = await open(viewport);
      await page.goto(`${draftUrl}/comment?element=G1`);
      await page.getByRole('heading', { name: 'Comentar esto' }).waitFor();
      await expectNoAxeViolations(page, `the comment page in Spanish at ${viewport.width} px`);
      await page.getByRole('button', { name: 'Enviar comentario' }).click();
      await page.getByText('Escriba su comentario.').waitFor();
      await expectNoAxeViolations(page, `a refused comment in Spanish at ${viewport.width} px`);
      await screenshot(page, `draft-page-es-${name}-comment-refused`);
      await page.getByLabel('Su comentario (obligatorio)').fill('Me gusta esta meta.');
      await readingTime();
      await page.getByRole('button', { name: 'Enviar comentario' }).click();
      await page.getByRole('heading', { name: 'Gracias por su comentario' }).waitFor();
      await expectNoAxeViolations(page, `the thanks in Spanish at ${viewport.width} px`);
      await context.close();
    }
  });

  it('the mailed link’s landing, the missing draft and the closed draft have no axe violations', async () => {
    const { context, page } = await open(PHONE);
    await page.goto(`${draftUrl}/confirm?t=not-a-real-token-123`);
    await page.getByRole('heading', { name: 'Este enlace no funciona' }).waitFor();
    await expectNoAxeViolations(page, 'a broken confirmation link in Spanish at 375 px');
    await page.goto(`${run.server.url}/p/no-such-district/draft`);
    await page.getByRole('heading', { name: 'No hay ningún borrador aquí' }).waitFor();
    await expectNoAxeViolations(page, 'no draft in Spanish at 375 px');

    const plan = await callApi(run.page, 'GET', `/api/plans/${planId}`);
    const back = await callApi(run.page, 'POST', `/api/plans/${planId}/transitions`, { to: 'draft', version: plan.body.version });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    await page.goto(draftUrl);
    await page.getByText('Los comentarios están cerrados').waitFor();
    expect(await page.locator('form').count()).toBe(0);
    await expectNoAxeViolations(page, 'the closed draft in Spanish at 375 px');
    await screenshot(page, 'draft-page-es-375-closed');
    await context.close();
  });

  it('after adoption points to what we heard; an amendment out for comment shows what it changes, word by word', async () => {
    const step = async (body: Record<string, unknown>) => {
      const plan = await callApi(run.page, 'GET', `/api/plans/${planId}`);
      const moved = await callApi(run.page, 'POST', `/api/plans/${planId}/transitions`, { version: plan.body.version, ...body });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    };
    await step({ to: 'adopted', adoption: { date: '2027-06-01' } });
    const { context, page } = await open(PHONE);
    await page.goto(draftUrl);
    await page.getByRole('link', { name: 'Vea lo que escuchamos y lo que hicimos' }).waitFor();
    expect(await page.getByRole('link', { name: 'Vea lo que escuchamos y lo que hicimos' }).getAttribute('href')).toMatch(new RegExp(`/plans/${planId}/heard\\?lang=es$`));

    await step({ to: 'amending' });
    const plan = await callApi(run.page, 'GET', `/api/plans/${planId}`);
    const strategy = (plan.body.elements as Array<{ id: string; key: string; version: number; fields: Record<string, unknown> }>).find((e) => e.key === 'G1.S1')!;
    const edited = await callApi(run.page, 'PATCH', `/api/plans/${planId}/elements/${strategy.id}`, { version: strategy.version, fields: { ...strategy.fields, description: STRATEGY_TEXT.replace('three', 'four') } });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const again = await callApi(run.page, 'GET', `/api/plans/${planId}`);
    const opened = await callApi(run.page, 'POST', `/api/plans/${planId}/public-comment`, { version: again.body.version, closes_on: '2099-12-31' });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    for (const [viewport, name] of [
      [PHONE, '375'],
      [DESKTOP, '1280'],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto(draftUrl);
      await page.getByRole('heading', { name: 'Qué cambia esta enmienda' }).waitFor();
      expect(await page.locator('.comparison del').first().textContent()).toBe('eliminado: three');
      expect(await page.locator('.comparison ins').first().textContent()).toBe('añadido: four');
      expect(await page.getByRole('link', { name: 'Lea el plan vigente' }).count()).toBe(1);
      await expectNoAxeViolations(page, `the amendment in Spanish at ${viewport.width} px`);
      await screenshot(page, `draft-page-es-${name}-amendment`);
    }
    await context.close();
  });
});
