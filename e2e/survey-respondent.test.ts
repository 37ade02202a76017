import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumPath, expectNoAxeViolations, screenshot } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';
import { arabicPageWords, completePageTexts } from '../src/server/testing/page-texts-kit.js';

/**
 * A member of the public answers a survey on a cheap phone: in Spanish, at 360 px, with and without
 * the page's script, on a connection that drops once; a right-to-left survey in Arabic; and an event's
 * kiosk that starts afresh after each respondent. axe-core finds nothing on any of their screens.
 */
if (!chromiumPath) console.warn('Skipping the survey respondent journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

const PHONE_360 = { width: 360, height: 740 };
const WIDE = { width: 1280, height: 860 };
// The server refuses a form younger than this (issue-form-token.ts): a person takes longer to read.
const FORM_MINIMUM_MS = 3100;
// A wait in Node, not in the page: a page without JavaScript never runs a timer of playwright's.
const readingTime = () => new Promise((resolve) => setTimeout(resolve, FORM_MINIMUM_MS));

const tri = (en: string, es: string, ar: string) => ({ en, es, ar });
/** A survey in English, Spanish and Arabic using every question type the page draws. */
const arabicSurvey = {
  format: 'survey/v1',
  title: tri('Our schools next year', 'Nuestras escuelas el próximo año', 'مدارسنا في العام المقبل'),
  intro: tri('Tell us what matters to your family.', 'Díganos qué es importante para su familia.', 'أخبرونا بما يهم عائلتكم.'),
  thank_you: tri('Thank you for your time!', '¡Gracias por su tiempo!', 'شكرا على وقتكم!'),
  mode: 'confidential',
  languages: ['en', 'es', 'ar'],
  questions: [
    { key: 'role', type: 'single', page: 1, required: true, text: tri('Who are you?', '¿Quién es usted?', 'من أنت؟'), options: [{ key: 'parent', text: tri('Parent', 'Madre o padre', 'أحد الوالدين') }, { key: 'staff', text: tri('Staff', 'Personal', 'موظف') }] },
    { key: 'topics', type: 'multi', page: 1, text: tri('Topics that matter', 'Temas importantes', 'مواضيع مهمة'), options: [{ key: 'reading', text: tri('Reading', 'Lectura', 'القراءة') }, { key: 'math', text: tri('Math', 'Matemáticas', 'الرياضيات') }] },
    {
      key: 'safe',
      type: 'likert',
      page: 1,
      scale: 'agreement-4',
      text: tri('My child feels safe.', 'Mi hijo se siente seguro.', 'يشعر طفلي بالأمان.'),
      options: [
        { key: 'strongly_disagree', text: { ar: 'أعارض بشدة' } },
        { key: 'disagree', text: { ar: 'أعارض' } },
        { key: 'agree', text: { ar: 'أوافق' } },
        { key: 'strongly_agree', text: { ar: 'أوافق بشدة' } },
      ],
    },
    {
      key: 'grid',
      type: 'matrix',
      page: 2,
      scale: 'satisfaction-4',
      text: tri('How satisfied are you with', '¿Qué tan satisfecho está con', 'ما مدى رضاك عن'),
      items: [{ key: 'food', text: tri('Food', 'Comida', 'الطعام') }, { key: 'buses', text: tri('Buses', 'Autobuses', 'الحافلات') }],
      options: [
        { key: 'very_dissatisfied', text: { ar: 'غير راض جدا' } },
        { key: 'dissatisfied', text: { ar: 'غير راض' } },
        { key: 'satisfied', text: { ar: 'راض' } },
        { key: 'very_satisfied', text: { ar: 'راض جدا' } },
      ],
    },
    { key: 'priorities', type: 'rank', page: 2, text: tri('Rank these', 'Ordene estas', 'رتب هذه'), options: [{ key: 'a', text: tri('Smaller classes', 'Clases más pequeñas', 'فصول أصغر') }, { key: 'b', text: tri('More tutoring', 'Más tutorías', 'دروس إضافية') }] },
    { key: 'kids', type: 'number', page: 2, integer: true, min: 0, max: 12, text: tri('How many children?', '¿Cuántos hijos?', 'كم عدد الأطفال؟') },
    { key: 'idea', type: 'text', page: 2, long: true, text: tri('One idea', 'Una idea', 'فكرة واحدة') },
  ],
};

describe.skipIf(!chromiumPath)('a survey answered on a phone', () => {
  let run: FirstRun;
  let browser: Browser;
  let family: { id: string; code: string };
  let arabic: { id: string; code: string };

  const open = async (document: unknown) => {
    const created = await callApi(run.page, 'POST', `/api/districts/${run.organizationId}/surveys`, document);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const opened = await callApi(run.page, 'POST', `/api/surveys/${created.body.id}/open`, {});
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    return { id: created.body.id as string, code: opened.body.public_code as string };
  };
  const responsesOf = async (surveyId: string) => (await callApi(run.page, 'GET', `/api/surveys/${surveyId}`)).body.responses as number;
  const phone = async (options: { locale?: string; javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> => {
    const context = await browser.newContext({ viewport: PHONE_360, locale: options.locale ?? 'es-MX', javaScriptEnabled: options.javaScriptEnabled ?? true });
    // A control that is not there fails in seconds, naming it, rather than at the test's timeout.
    context.setDefaultTimeout(10_000);
    return context;
  };
  /**
   * A page whose script never arrives (as on a connection that drops it): what a browser without
   * JavaScript shows, but one axe-core can still run in (a page with JavaScript off runs nothing).
   */
  const withoutPageScript = async (options: { locale: string }) => {
    const context = await phone(options);
    await context.route('**/s-assets/**', (route) => route.abort());
    return context;
  };
  const withScript = (page: Page) => page.waitForFunction(() => document.documentElement.classList.contains('js'));

  beforeAll(async () => {
    run = await openFirstRun({ name: 'Distrito Escolar Valle Verde', adminName: 'Rosa Méndez', email: 'rosa@valleverde.example' });
    browser = run.browser;
    const starter = await callApi(run.page, 'GET', `/api/districts/${run.organizationId}/survey-starters`);
    family = await open(starter.body.starters.find((s: { key: string }) => s.key === 'family-survey').document);
    // A survey in Arabic opens once the district has translated the page's own words into Arabic.
    const settingsPath = `/api/districts/${run.organizationId}/engagement-settings`;
    const { version } = (await callApi(run.page, 'GET', settingsPath)).body;
    expect((await callApi(run.page, 'PUT', settingsPath, { version, page_texts: { ar: completePageTexts() } })).status).toBe(200);
    arabic = await open(arabicSurvey);
  });
  afterAll(async () => {
    await run?.close();
  });

  it('answers and sends without any script: one form, page headings, errors beside their questions, then the thanks', async () => {
    const context = await phone({ javaScriptEnabled: false });
    const page = await context.newPage();
    const before = await responsesOf(family.id);
    await page.goto(`${run.server.url}/s/${family.code}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await expect.poll(() => page.getByRole('heading', { name: 'Página 3 de 3' }).count()).toBe(1);
    await screenshot(page, 'survey-respondent-es-360-whole-form-without-script');
    await page.getByRole('radio', { name: 'De 3.º a 5.º grado' }).check();
    await readingTime();
    await page.getByRole('button', { name: 'Enviar mis respuestas' }).click();
    // Refused: the required questions are named at the top and beside each, the answer kept.
    await expect.poll(() => page.getByRole('heading', { name: 'Algunas respuestas necesitan revisión' }).count()).toBe(1);
    expect(await page.getByRole('radio', { name: 'De 3.º a 5.º grado' }).isChecked()).toBe(true);
    expect(await page.getByRole('link', { name: '¿Qué opción lo describe mejor?' }).count()).toBe(1);
    await page.screenshot({ path: 'test-results/screens/survey-respondent-es-360-error-summary.png' });
    await page.getByRole('link', { name: '¿Qué opción lo describe mejor?' }).click();
    await page.screenshot({ path: 'test-results/screens/survey-respondent-es-360-error-beside-question.png' });

    await page.getByRole('radio', { name: 'Madre o padre' }).check();
    await page.getByRole('group', { name: /En general, ¿qué tan satisfecho está/ }).getByRole('radio', { name: 'Insatisfecho', exact: true }).check();
    // Answered, but its condition is false once satisfaction changes: dropped before sending.
    await page.getByLabel('¿Qué tendría que cambiar para que usted estuviera satisfecho?').fill('Más comunicación');
    await page.getByRole('group', { name: /En general, ¿qué tan satisfecho está/ }).getByRole('radio', { name: 'Satisfecho', exact: true }).check();
    await page.getByRole('radio', { name: 'Mi hijo o hija se siente seguro en la escuela De acuerdo', exact: true }).check();
    await page.getByLabel('¿Cuántos de sus hijos asisten a nuestras escuelas?').fill('2');
    await page.getByRole('button', { name: 'Enviar mis respuestas' }).click();
    await page.waitForURL(/\/s\/\w+\/thanks\?lang=es$/);
    await expect.poll(() => page.getByText('Gracias. Recibimos sus respuestas y el equipo de planificación las leerá.').count()).toBe(1);
    await screenshot(page, 'survey-respondent-es-360-thanks');
    expect(await responsesOf(family.id)).toBe(before + 1);
    await context.close();

    const scripted = await phone();
    const first = await scripted.newPage();
    await first.goto(`${run.server.url}/s/${family.code}`);
    await withScript(first);
    await first.screenshot({ path: 'test-results/screens/survey-respondent-es-360-first-screen.png' });
    await expectNoAxeViolations(first, 'the survey’s first screen in Spanish at 360 px');
    await scripted.close();

    const checked = await withoutPageScript({ locale: 'es-MX' });
    const refused = await checked.newPage();
    await refused.goto(`${run.server.url}/s/${family.code}`);
    await refused.getByRole('button', { name: 'Enviar mis respuestas' }).click();
    await expect.poll(() => refused.getByRole('heading', { name: 'Algunas respuestas necesitan revisión' }).count()).toBe(1);
    await expectNoAxeViolations(refused, 'the survey refused without its script, in Spanish at 360 px');
    await refused.goto(`${run.server.url}/s/${family.code}/thanks`);
    await expectNoAxeViolations(refused, 'the thanks page in Spanish at 360 px');
    await checked.close();
  });

  it('with the script: one page at a time, answers back after a reload and a switch to Spanish, sent once across a dropped connection', async () => {
    const context = await phone({ locale: 'en-US' });
    const page = await context.newPage();
    const before = await responsesOf(family.id);
    await page.goto(`${run.server.url}/s/${family.code}`);
    await withScript(page);
    expect(await page.getByRole('heading', { name: 'Page 1 of 3' }).isVisible()).toBe(false);
    await expectNoAxeViolations(page, 'the survey’s first screen in English at 360 px');
    await page.getByRole('button', { name: 'Start' }).click();
    expect(await page.getByRole('heading', { name: 'Page 1 of 3' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Page 2 of 3' }).isVisible()).toBe(false);
    // Next refuses a page with a required question left blank.
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.getByText('Please answer this question.').count()).toBe(1);
    await page.getByRole('radio', { name: 'Grandparent or other relative' }).check();
    await page.getByRole('radio', { name: 'My child is challenged to learn Strongly agree' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await page.getByRole('heading', { name: 'Page 2 of 3' }).isVisible()).toBe(true);
    const why = page.getByLabel('What would need to change for you to be satisfied?');
    expect(await why.isVisible()).toBe(false);
    await page.getByRole('group', { name: /Overall, how satisfied/ }).getByRole('radio', { name: 'Very dissatisfied' }).check();
    expect(await why.isVisible()).toBe(true);
    await why.fill('Buses that come on time');

    await page.reload();
    await withScript(page);
    expect(await page.getByRole('heading', { name: 'Page 2 of 3' }).isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: /Overall, how satisfied/ }).getByRole('radio', { name: 'Very dissatisfied' }).isChecked()).toBe(true);
    expect(await why.inputValue()).toBe('Buses that come on time');

    await page.getByRole('button', { name: 'Español' }).click();
    await page.waitForURL(/\?lang=es$/);
    await withScript(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.getByRole('heading', { name: 'Página 2 de 3' }).isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: /En general, ¿qué tan satisfecho está/ }).getByRole('radio', { name: 'Muy insatisfecho' }).isChecked()).toBe(true);
    expect(await page.getByLabel('¿Qué tendría que cambiar para que usted estuviera satisfecho?').inputValue()).toBe('Buses that come on time');
    await page.getByRole('button', { name: 'Atrás' }).click();
    expect(await page.getByRole('radio', { name: 'Abuelo, abuela u otro familiar' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await screenshot(page, 'survey-respondent-es-360-questions');
    await expectNoAxeViolations(page, 'a page of questions in Spanish at 360 px');
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await page.getByRole('radio', { name: 'Escuela 2' }).check();

    // The connection drops for the first attempt; the page says so and tries again by itself.
    const bodies: Array<Record<string, unknown>> = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/responses')) bodies.push(request.postDataJSON());
    });
    await page.route('**/api/public/surveys/*/responses', (route) => route.abort('internetdisconnected'), { times: 1 });
    await page.getByRole('button', { name: 'Enviar mis respuestas' }).click();
    await expect.poll(() => page.getByText(/No hay conexión en este momento/).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'Gracias' }).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByText('Gracias. Recibimos sus respuestas y el equipo de planificación las leerá.').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'the thanks in place in Spanish at 360 px');
    expect(bodies).toHaveLength(2);
    expect(bodies[1]!.submission_id).toBe(bodies[0]!.submission_id);
    expect(bodies[1]).toMatchObject({ locale: 'es', answers: { role: 'relative', climate: { challenged: 'strongly_agree' }, satisfaction: 'very_dissatisfied', dissatisfied_why: 'Buses that come on time', school: 'school_2' } });
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await responsesOf(family.id)).toBe(before + 1);
    await context.close();
  });

  it('reads right to left in Arabic at 360 px, and lays the survey out at 1280 px', async () => {
    const context = await phone({ locale: 'ar' });
    const page = await context.newPage();
    await page.goto(`${run.server.url}/s/${arabic.code}`);
    await withScript(page);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await expectNoAxeViolations(page, 'the first screen in Arabic at 360 px');
    await screenshot(page, 'survey-respondent-ar-360-first-screen');
    // Right to left: the Start button sits against the right edge, not the left.
    const start = (await page.getByRole('button', { name: arabicPageWords.start }).boundingBox())!;
    expect(start.x + start.width).toBeGreaterThan(PHONE_360.width - 30);
    expect(start.x).toBeGreaterThan(PHONE_360.width / 2);
    await page.getByRole('button', { name: arabicPageWords.start }).click();
    await page.getByRole('radio', { name: 'أحد الوالدين' }).check();
    await page.getByRole('button', { name: arabicPageWords.next }).click();
    await page.getByRole('radio', { name: 'الحافلات راض', exact: true }).check();
    await screenshot(page, 'survey-respondent-ar-360-questions');
    await expectNoAxeViolations(page, 'a page with a matrix in Arabic at 360 px');
    await context.close();

    const noScript = await withoutPageScript({ locale: 'ar' });
    const refused = await noScript.newPage();
    await refused.goto(`${run.server.url}/s/${arabic.code}`);
    await refused.getByRole('button', { name: arabicPageWords.send }).click();
    await expect.poll(() => refused.getByRole('heading', { name: arabicPageWords.errorsTitle }).count()).toBe(1);
    await expectNoAxeViolations(refused, 'the survey refused in Arabic at 360 px');
    await refused.goto(`${run.server.url}/s/${arabic.code}/thanks?lang=ar`);
    await expectNoAxeViolations(refused, 'the thanks page in Arabic at 360 px');
    await noScript.close();

    const wide = await browser.newContext({ viewport: WIDE, locale: 'es-MX' });
    const desk = await wide.newPage();
    await desk.goto(`${run.server.url}/s/${arabic.code}`);
    await withScript(desk);
    await desk.getByRole('button', { name: 'Comenzar' }).click();
    await desk.getByRole('radio', { name: 'Personal' }).check();
    await desk.getByRole('button', { name: 'Siguiente' }).click();
    // A matrix is a table on a wide screen: its scale points head the columns.
    expect(await desk.getByRole('columnheader', { name: 'Satisfecho', exact: true }).isVisible()).toBe(true);
    await screenshot(desk, 'survey-respondent-es-1280-matrix');
    await expectNoAxeViolations(desk, 'a page with a matrix in Spanish at 1280 px');
    await wide.close();
  });

  it('runs a kiosk that starts afresh after each respondent, with nothing of the last one to go back to', async () => {
    const link = await callApi(run.page, 'POST', `/api/surveys/${family.id}/kiosk-link`, {});
    expect(link.status).toBe(201);
    const url = (link.body.url as string).replace(/^https?:\/\/[^/]+/, run.server.url);
    const context = await phone();
    const page = await context.newPage();
    const before = await responsesOf(family.id);
    await page.goto(url);
    await withScript(page);
    const entries = await page.evaluate(() => history.length);
    // The token is taken out of the address bar at once.
    expect(page.url()).not.toContain('#k=');
    expect(await page.getByText('Puesto de encuesta').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'the kiosk page in Spanish at 360 px');
    await page.getByRole('button', { name: 'Comenzar' }).click();
    await page.getByRole('radio', { name: 'Madre o padre' }).check();
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await page.getByRole('group', { name: /En general, ¿qué tan satisfecho está/ }).getByRole('radio', { name: 'Muy satisfecho' }).check();
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await readingTime();
    await page.getByRole('button', { name: 'Enviar mis respuestas' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Empezar para la siguiente persona' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'the kiosk’s thanks in Spanish at 360 px');
    expect(await responsesOf(family.id)).toBe(before + 1);
    // After the thanks the page starts again by itself (about 8 s), with every answer cleared.
    await page.waitForEvent('load', { timeout: 15_000 });
    await withScript(page);
    expect(await page.getByRole('button', { name: 'Comenzar' }).isVisible()).toBe(true);
    expect(await page.locator('input[name="a.role"][value=parent]').isChecked()).toBe(false);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    // No page was added to the tab's history: Back leads out of the kiosk, not to the last respondent.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await context.close();
  });
});
