import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageTextKeys } from '../../../core/engagement/respondent-page-words.js';
import type { SurveyDocument } from '../../../core/engagement/survey-format.js';
import { arabicPageWords, completePageTexts } from '../../testing/page-texts-kit.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let admin: Person;
let planner: Person;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Río Grande ISD' })).id;
  admin = await t.factories.user({ organizationId: districtId, role: 'administrator' });
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
});
afterAll(() => t.close());

const url = () => `/api/districts/${districtId}/engagement-settings`;
const settings = async () => json(await t.app.inject({ method: 'GET', url: url(), headers: planner.auth }));
const put = (payload: object, headers = admin.auth) => t.app.inject({ method: 'PUT', url: url(), headers, payload });
const page = (path: string) => t.app.inject({ method: 'GET', url: path });
const tri = (en: string, es: string, ar: string) => ({ en, es, ar });
/** A survey whose own texts are all in English, Spanish and Arabic: only the page's words can be missing. */
const arabicSurvey = (): SurveyDocument => ({
  format: 'survey/v1',
  title: tri('Family survey', 'Encuesta para familias', 'استبيان العائلات'),
  mode: 'anonymous',
  languages: ['en', 'es', 'ar'],
  questions: [
    { key: 'role', type: 'single', page: 1, required: true, text: tri('Who are you?', '¿Quién es usted?', 'من أنت؟'), options: [{ key: 'parent', text: tri('Parent', 'Madre o padre', 'أحد الوالدين') }] },
    { key: 'idea', type: 'text', page: 2, text: tri('One idea', 'Una idea', 'فكرة واحدة') },
  ],
});

describe('the respondent page’s texts in the engagement settings', () => {
  it('refuses each wrong text by its pointer, saying which placeholder is missing, and stores nothing', async () => {
    const res = await put({ version: 1, page_texts: { ar: { pageOf: 'الصفحة {page}', next: ' ', nextt: 'التالي' }, en: { next: 'Onward' }, Arabic: { next: 'التالي' } } });
    expect(res.statusCode).toBe(400);
    const details = json(res).error.details as Array<{ path: string; code: string; message: string }>;
    expect(details.map((d) => [d.path, d.code]).sort()).toEqual([
      ['/page_texts/Arabic', 'invalid_format'],
      ['/page_texts/ar/next', 'required'],
      ['/page_texts/ar/nextt', 'unknown_field'],
      ['/page_texts/ar/pageOf', 'invalid_format'],
      ['/page_texts/en', 'not_changed_here'],
    ]);
    expect(details.find((d) => d.path === '/page_texts/ar/pageOf')!.message).toContain('{pages}');
    expect(await settings()).toMatchObject({ page_texts: {}, version: 1 });
  });

  it('saves them trimmed with an audit event, lets planners read them, and refuses a stale version with the current ones', async () => {
    const saved = await put({ version: 1, page_texts: { ar: { next: ' التالي ', send: 'أرسل إجاباتي' } } });
    expect(saved.statusCode).toBe(200);
    expect(json(saved)).toMatchObject({ page_texts: { ar: { next: 'التالي', send: 'أرسل إجاباتي' } }, respondent_threshold: 5, version: 2 });
    expect((await settings()).page_texts).toEqual({ ar: { next: 'التالي', send: 'أرسل إجاباتي' } });
    const stale = await put({ version: 1, page_texts: {} });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.current.page_texts).toEqual({ ar: { next: 'التالي', send: 'أرسل إجاباتي' } });
    expect((await put({ version: 2, page_texts: { ar: { next: 'x' } } }, planner.auth)).statusCode).toBe(403);
    const audit = await t.ctx.db.selectFrom('audit_events').select(['before', 'after']).where('entity_id', '=', districtId).where('action', '=', 'engagement.settings_changed').execute();
    expect(audit).toEqual([expect.objectContaining({ before: expect.objectContaining({ page_texts: {} }), after: expect.objectContaining({ page_texts: { ar: { next: 'التالي', send: 'أرسل إجاباتي' } } }) })]);
    // The threshold alone leaves the texts as they are.
    expect(json(await put({ version: 2, respondent_threshold: 6 })).page_texts).toEqual({ ar: { next: 'التالي', send: 'أرسل إجاباتي' } });
  });
});

describe('a survey in Arabic', () => {
  let survey: { id: string; code: string };

  it('cannot open while the district lacks page texts in Arabic, and opens once it has them all', async () => {
    const created = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/surveys`, headers: planner.auth, payload: arabicSurvey() });
    const id = json(created).id as string;
    const open = () => t.app.inject({ method: 'POST', url: `/api/surveys/${id}/open`, headers: planner.auth });
    const refused = await open();
    expect(refused.statusCode).toBe(400);
    expect(json(refused).error.details).toEqual([
      { path: '/page_texts/ar', code: 'missing_translation', params: { language: 'ar', count: pageTextKeys.length - 2 }, message: expect.stringMatching(/needs \d+ of the respondent page’s own texts in ar/) },
    ]);
    const { version } = await settings();
    expect((await put({ version, page_texts: { ar: completePageTexts() } })).statusCode).toBe(200);
    const opened = await open();
    expect(opened.statusCode, opened.body).toBe(200);
    survey = { id, code: json(opened).public_code };
  });

  it('is drawn with the district’s Arabic words, right to left', async () => {
    const res = await page(`/s/${survey.code}?lang=ar`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(html).toContain(`data-action="next">${arabicPageWords.next}</button>`);
    expect(html).toContain(`value="send" class="primary">${arabicPageWords.send}</button>`);
    expect(html).toContain('<h2 id="page-1-title">الصفحة 1 من 2</h2>');
    expect(html).toContain('استبيان من Río Grande ISD');
    expect(html).toContain(`<span class="req">(${arabicPageWords.required})</span>`);
    expect(html).not.toContain('lang="en" dir="ltr"');
    // The script's words too: the problems it may show.
    expect(html).toContain(arabicPageWords['problem.required']);
    // English and Spanish stay built in.
    expect((await page(`/s/${survey.code}?lang=es`)).body).toContain('data-action="next">Siguiente</button>');
  });

  it('says thanks, runs a kiosk and previews in Arabic', async () => {
    expect((await page(`/s/${survey.code}/thanks?lang=ar`)).body).toContain(`<h2 id="thanks-title">${arabicPageWords.thanksTitle}</h2>`);
    expect((await page(`/s/${survey.code}/kiosk?lang=ar`)).body).toContain(`<span class="badge">${arabicPageWords.kioskBadge}</span>`);
    const preview = await t.app.inject({ method: 'GET', url: `/api/surveys/${survey.id}/preview?lang=ar`, headers: planner.auth });
    expect(preview.body).toContain(arabicPageWords.previewBanner);
  });

  it('falls back to English per text, marked as English, where a text went missing after it opened', async () => {
    const { version, page_texts: texts } = await settings();
    const { next: _next, ...withoutNext } = texts.ar;
    expect((await put({ version, page_texts: { ar: withoutNext } })).statusCode).toBe(200);
    const html = (await page(`/s/${survey.code}?lang=ar`)).body;
    expect(html).toContain('data-action="next"><span lang="en" dir="ltr">Next</span></button>');
    expect(html).toContain(`value="send" class="primary">${arabicPageWords.send}</button>`);
    const { version: now } = await settings();
    expect((await put({ version: now, page_texts: { ar: completePageTexts() } })).statusCode).toBe(200);
  });

  it('says it is closed in Arabic, when it is closed', async () => {
    expect((await t.app.inject({ method: 'POST', url: `/api/surveys/${survey.id}/close`, headers: planner.auth })).statusCode).toBe(200);
    const closed = await page(`/s/${survey.code}?lang=ar`);
    expect(closed.statusCode).toBe(410);
    expect(closed.body).toMatch(/<html lang="ar" dir="rtl">/);
    expect(closed.body).toContain(`<h1>${arabicPageWords.closedTitle}</h1>`);
    expect(closed.body).toContain('أُغلق هذا الاستبيان في');
    // In Spanish, the server's own message as before.
    expect((await page(`/s/${survey.code}?lang=es`)).body).toContain('Esta encuesta se cerró el');
  });
});
