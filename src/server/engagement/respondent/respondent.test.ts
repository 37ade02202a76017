import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyDocument } from '../../../core/engagement/survey-format.js';
import { createTestApp, json, testConfig, type TestApp } from '../../testing/test-app.js';
import { completePageTexts, savePageTexts } from '../../testing/page-texts-kit.js';
import { openSurveyFor, sampleSurvey } from '../../testing/survey-test-kit.js';
import { issueFormToken } from '../surveys/issue-form-token.js';
import { renderFlyer } from './render-flyer.js';
import { respondentScriptPath } from './survey-page-script.js';

const hasChromium = existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium');
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
let viewer: Person;

const familySurvey = JSON.parse(readFileSync(new URL('../starters/family-survey.json', import.meta.url), 'utf8')) as SurveyDocument;

/** A survey with every question type, a condition, a shuffled list and an Arabic translation. */
function everyTypeSurvey(): SurveyDocument {
  const tri = (en: string, es: string, ar: string) => ({ en, es, ar });
  return {
    format: 'survey/v1',
    title: tri('Our schools next year', 'Nuestras escuelas el próximo año', 'مدارسنا في العام المقبل'),
    intro: tri('Tell us what matters.', 'Díganos qué es importante.', 'أخبرونا بما يهمكم.'),
    thank_you: tri('Thank you for your time!', '¡Gracias por su tiempo!', 'شكرا على وقتكم!'),
    mode: 'anonymous',
    languages: ['en', 'es', 'ar'],
    questions: [
      { key: 'role', type: 'single', page: 1, required: true, text: tri('Who are you?', '¿Quién es usted?', 'من أنت؟'), options: [{ key: 'parent', text: tri('Parent', 'Madre o padre', 'والد') }, { key: 'staff', text: tri('Staff', 'Personal', 'موظف') }] },
      { key: 'why_staff', type: 'text', page: 1, show_if: { question: 'role', any_of: ['staff'] }, text: tri('Which school?', '¿Qué escuela?', 'أي مدرسة؟') },
      {
        key: 'topics',
        type: 'multi',
        page: 1,
        randomize: true,
        fixed_last: ['other'],
        max_choices: 2,
        text: tri('Topics', 'Temas', 'مواضيع'),
        options: ['reading', 'math', 'arts', 'sports', 'other'].map((key) => ({ key, text: tri(`T-${key}`, `T-${key}`, `T-${key}`) })),
      },
      { key: 'safe', type: 'likert', page: 2, scale: 'agreement-5', dont_know: true, text: tri('I feel safe.', 'Me siento seguro.', 'أشعر بالأمان.'), options: ['strongly_disagree', 'disagree', 'neutral', 'agree', 'strongly_agree', 'dont_know'].map((key) => ({ key, text: { ar: key === 'agree' ? 'موافق' : `ر-${key}` } })) },
      {
        key: 'grid',
        type: 'matrix',
        page: 2,
        scale: 'satisfaction-4',
        text: tri('How satisfied are you with...', '¿Qué tan satisfecho está con...', 'ما مدى رضاك عن'),
        items: [{ key: 'food', text: tri('Food', 'Comida', 'الطعام') }, { key: 'buses', text: tri('Buses', 'Autobuses', 'الحافلات') }],
        options: ['very_dissatisfied', 'dissatisfied', 'satisfied', 'very_satisfied'].map((key) => ({ key, text: { ar: `ر-${key}` } })),
      },
      { key: 'priorities', type: 'rank', page: 3, text: tri('Rank these', 'Ordene estas', 'رتب هذه'), options: ['a', 'b', 'c'].map((key) => ({ key, text: tri(`P-${key}`, `P-${key}`, `P-${key}`) })) },
      { key: 'kids', type: 'number', page: 3, integer: true, min: 0, max: 12, text: tri('How many children?', '¿Cuántos hijos?', 'كم عدد الأطفال؟') },
      { key: 'idea', type: 'text', page: 3, long: true, max_length: 800, text: tri('One idea', 'Una idea', 'فكرة واحدة') },
    ],
  };
}

let family: { id: string; code: string };
let every: { id: string; code: string };

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Río Grande ISD' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  // A survey in Arabic opens once the district has the page's own words in Arabic.
  const admin = await t.factories.user({ organizationId: districtId, role: 'administrator' });
  await savePageTexts(t, districtId, admin.auth, { ar: completePageTexts() });
  family = await openSurveyFor(t, districtId, planner.auth, familySurvey);
  every = await openSurveyFor(t, districtId, planner.auth, everyTypeSurvey());
});
afterAll(() => t.close());

const page = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const rowsOf = (surveyId: string) => t.ctx.db.selectFrom('survey_responses').selectAll().where('survey_id', '=', surveyId).execute();
/** A form token from a while ago, as a person who took their time would send. */
const oldToken = (code: string) => issueFormToken({ code, secret: testConfig.sessionSecret, now: new Date(Date.now() - 60_000) });
const postForm = (url: string, fields: Array<[string, string]>) =>
  t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(fields).toString() });

describe('the respondent page', () => {
  it('draws every question type as native controls, in the reader’s language, before a word about the mode', async () => {
    const res = await page(`/s/${every.code}`, { 'accept-language': 'es-MX,es;q=0.9' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['cache-control']).toBe('no-store');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const html = res.body;
    expect(html).toMatch(/<html lang="es" dir="ltr">/);
    expect(html).toContain('<h1>Nuestras escuelas el próximo año</h1>');
    expect(html).toContain('Una encuesta de Río Grande ISD');
    expect(html).toContain('Anónima</strong> No se guarda nada que pueda decir quién es usted, ni siquiera la dirección de su dispositivo.');
    expect(html.indexOf('Anónima')).toBeLessThan(html.indexOf('¿Quién es usted?'));
    // single: a fieldset of radios; required said in words
    expect(html).toMatch(/<fieldset class="question" id="q-role"[^>]*><legend>¿Quién es usted\? <span class="req">\(obligatoria\)<\/span><\/legend>/);
    expect(html).toContain('<input type="radio" id="a-role-parent" name="a.role" value="parent">');
    // multi: checkboxes with its limit; Likert: a radio group on the scale, in Spanish, with "No sé"
    expect(html).toContain('type="checkbox" id="a-topics-reading" name="a.topics"');
    expect(html).toContain('Elija hasta 2.');
    expect(html).toContain('name="a.safe" value="strongly_agree"><span>Muy de acuerdo</span>');
    expect(html).toContain('value="dont_know"><span>No sé</span>');
    // matrix: a table, each radio named by its row and column
    expect(html).toMatch(/<table class="matrix">.*<th scope="col" id="q-grid-p-satisfied">Satisfecho<\/th>/s);
    expect(html).toContain('name="a.grid.buses" value="satisfied" aria-labelledby="q-grid-i-buses q-grid-p-satisfied"');
    // rank: a numbered select per option; number; long text
    expect(html).toMatch(/<select id="a-priorities-a" name="r.priorities.a"><option value="">—<\/option><option value="1">1<\/option><option value="2">2<\/option><option value="3">3<\/option><\/select>/);
    expect(html).toMatch(/<input type="number" id="a-kids" name="a.kids" inputmode="numeric" step="1" min="0" max="12"/);
    expect(html).toMatch(/<textarea id="a-idea" name="a.idea" rows="5" maxlength="800"/);
    // pages with "n of N", the condition for the script, the hidden fields, the honeypot
    expect(html).toContain('<h2 id="page-1-title">Página 1 de 3</h2>');
    expect(html).toContain('<h2 id="page-3-title">Página 3 de 3</h2>');
    expect(html).toMatch(/id="q-why_staff" [^>]*data-show-if="\{[^"]*&quot;question&quot;:&quot;role&quot;/);
    expect(html).toMatch(/name="submission_id" value="[0-9a-f-]{36}"/);
    expect(html).toMatch(/name="form_token" value="f1\./);
    expect(html).toContain('name="website" tabindex="-1"');
    expect(html).toContain(`<script src="${respondentScriptPath}" defer></script>`);
    // the language choice: the other languages as buttons of the same form
    expect(html).toContain(`formaction="/s/${every.code}?lang=en" data-lang="en" lang="en">English</button>`);
    expect(html).toContain(`formaction="/s/${every.code}?lang=ar" data-lang="ar" lang="ar">العربية</button>`);
  });

  it('takes ?lang= over the browser’s languages, and reads Arabic right to left with the page’s own words in the district’s Arabic', async () => {
    expect((await page(`/s/${every.code}?lang=en`, { 'accept-language': 'es' })).body).toMatch(/<html lang="en" dir="ltr">/);
    expect((await page(`/s/${every.code}?lang=fr`, { 'accept-language': 'es' })).body).toMatch(/<html lang="es"/);
    expect((await page(`/s/${every.code}`)).body).toMatch(/<html lang="en"/);
    const arabic = (await page(`/s/${every.code}?lang=ar`)).body;
    expect(arabic).toMatch(/<html lang="ar" dir="rtl">/);
    expect(arabic).toContain('<h1>مدارسنا في العام المقبل</h1>');
    expect(arabic).toContain('<h2 id="page-1-title">الصفحة 1 من 3</h2>');
    expect(arabic).toContain('value="agree"><span>موافق</span>');
  });

  it('shuffles a list where asked, differently for different respondents, with "other" kept last', async () => {
    const orders = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const html = (await page(`/s/${every.code}?lang=en`)).body;
      const order = [...html.matchAll(/id="a-topics-(\w+)"/g)].map((match) => match[1]);
      expect(order).toHaveLength(5);
      expect(order.at(-1)).toBe('other');
      orders.add(order.join());
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('serves its one script with a year’s cache, named by its content', async () => {
    const res = await page(respondentScriptPath);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body).toContain('localStorage');
  });

  it('answers an unknown code with a 404 page and a closed survey with a 410 page, in words a person understands', async () => {
    const unknown = await page('/s/zzzzzzzz', { 'accept-language': 'es' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('text/html');
    expect(unknown.body).toContain('<html lang="es"');
    expect(unknown.body).toContain('No encontramos esta encuesta');
    expect(unknown.body).toContain('No hay ninguna encuesta abierta en esta dirección');
    expect((await page('/s/zzzzzzzz?lang=en')).body).toContain('We cannot find this survey');

    const closing = await openSurveyFor(t, districtId, planner.auth, sampleSurvey());
    expect((await t.app.inject({ method: 'POST', url: `/api/surveys/${closing.id}/close`, headers: planner.auth })).statusCode).toBe(200);
    const closed = await page(`/s/${closing.code}?lang=es`);
    expect(closed.statusCode).toBe(410);
    expect(closed.body).toContain('Esta encuesta está cerrada');
    expect(closed.body).toMatch(/Esta encuesta se cerró el \d+ de \w+ de \d{4}/);
    expect((await postForm(`/s/${closing.code}?lang=en`, [['a.role', 'parent']])).statusCode).toBe(410);
  });
});

describe('the form without a script', () => {
  const base = (code: string, submissionId = randomUUID()): Array<[string, string]> => [
    ['submission_id', submissionId],
    ['form_token', oldToken(code)],
    ['locale', 'es'],
    ['website', ''],
  ];

  it('draws the form again with every answer kept and each problem beside its question, summed up on top', async () => {
    const res = await postForm(`/s/${every.code}?lang=es`, [...base(every.code), ['action', 'send'], ['a.topics', 'math'], ['a.topics', 'arts'], ['a.topics', 'sports'], ['a.kids', '3'], ['r.priorities.a', '1'], ['r.priorities.b', '1'], ['a.idea', 'Más <b>arte</b>']]);
    expect(res.statusCode).toBe(400);
    const html = res.body;
    expect(html).toContain('<div class="summary" id="summary" role="alert"');
    expect(html).toContain('<a href="#q-role">¿Quién es usted?</a>: Responda esta pregunta, por favor.');
    expect(html).toContain('<a href="#q-priorities">Ordene estas</a>: Use cada número una sola vez.');
    expect(html).toMatch(/<fieldset class="question invalid" id="q-role"[^>]*aria-describedby="q-role-error"/);
    expect(html).toContain('<p class="error" id="q-role-error">Responda esta pregunta, por favor.</p>');
    expect(html).toContain('id="a-topics-arts" name="a.topics" value="arts" checked>');
    expect(html).toContain('value="3"');
    expect(html).toContain('Más &lt;b&gt;arte&lt;/b&gt;</textarea>');
    expect(html).toMatch(/<option value="1" selected>1<\/option>/);
    // The duplicate rank stops the form before the survey's own check; fixed, the rest is checked.
    const again = await postForm(`/s/${every.code}?lang=es`, [...base(every.code), ['action', 'send'], ['a.topics', 'math'], ['a.topics', 'arts'], ['a.topics', 'sports']]);
    expect(again.body).toContain('<a href="#q-topics">Temas</a>: Elija como máximo 2.');
    expect(await rowsOf(every.id)).toHaveLength(0);
  });

  it('switches language with every answer kept and nothing stored', async () => {
    const submissionId = randomUUID();
    const res = await postForm(`/s/${every.code}?lang=ar`, [...base(every.code, submissionId), ['action', 'language'], ['a.role', 'staff'], ['a.why_staff', 'Lincoln'], ['a.grid.food', 'satisfied'], ['a.idea', 'Un autobús más']]);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(html).toContain('value="staff" checked>');
    expect(html).toContain('value="Lincoln"');
    expect(html).toContain('name="a.grid.food" value="satisfied" aria-labelledby="q-grid-i-food q-grid-p-satisfied" checked>');
    expect(html).toContain('Un autobús más</textarea>');
    expect(html).toContain(`name="submission_id" value="${submissionId}"`);
    expect(html).not.toContain('class="summary"');
    expect(await rowsOf(every.id)).toHaveLength(0);
  });

  it('sends the answers, without those to questions a condition skips, and redirects to the thanks once however often it is posted', async () => {
    const submissionId = randomUUID();
    const fields: Array<[string, string]> = [...base(every.code, submissionId), ['action', 'send'], ['a.role', 'parent'], ['a.why_staff', 'seen but skipped'], ['a.safe', 'agree'], ['a.grid.food', 'satisfied'], ['r.priorities.b', '1'], ['r.priorities.a', '2'], ['a.kids', '2'], ['a.idea', '  Más arte  ']];
    const sent = await postForm(`/s/${every.code}?lang=es`, fields);
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`/s/${every.code}/thanks?lang=es`);
    expect((await postForm(`/s/${every.code}?lang=es`, fields)).statusCode).toBe(303);
    const rows = await rowsOf(every.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ submission_id: submissionId, locale: 'es', channel: 'web', answers: { role: 'parent', safe: 'agree', grid: { food: 'satisfied' }, priorities: ['b', 'a'], kids: 2, idea: 'Más arte' } });
    const thanks = await page(`/s/${every.code}/thanks?lang=es`);
    expect(thanks.statusCode).toBe(200);
    expect(thanks.body).toContain('¡Gracias por su tiempo!');
  });

  it('tells a form sent faster than a person reads to wait, keeping the answers', async () => {
    const fresh = issueFormToken({ code: every.code, secret: testConfig.sessionSecret });
    const res = await postForm(`/s/${every.code}?lang=en`, [['submission_id', randomUUID()], ['form_token', fresh], ['locale', 'en'], ['action', 'send'], ['a.role', 'staff']]);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('That was quick! Please check your answers and send them again.');
    expect(res.body).toContain(`name="form_token" value="${fresh}"`);
    expect(res.body).toContain('value="staff" checked>');
  });

  it('refuses hostile posts with a 4xx, never a 500, storing nothing', async () => {
    const stored = (await rowsOf(every.id)).length;
    const nul = await postForm(`/s/${every.code}`, [...base(every.code), ['a.idea', 'a\u0000b']]);
    expect(nul.statusCode).toBe(400);
    const json = await t.app.inject({ method: 'POST', url: `/s/${every.code}`, payload: { answers: { role: ['x'] } } });
    expect(json.statusCode).toBe(400);
    const odd = await postForm(`/s/${every.code}?lang=${'x'.repeat(90)}`, [['submission_id', 'nope'], ['form_token', 'y'.repeat(5000)], ['a.kids', '1e400'], ['a.role', '<script>'], ['a.nope', '1'], ['r.priorities.a', '-1']]);
    expect(odd.statusCode).toBe(400);
    expect(odd.body).not.toContain('<script>');
    expect(await rowsOf(every.id)).toHaveLength(stored);
  });

  it('keeps the form-encoded body to its own pages: the API still takes JSON only', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/public/surveys/${every.code}/responses`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'submission_id=x' });
    expect(res.statusCode).toBe(415);
  });
});

describe('the team’s preview, kiosk link and flyer', () => {
  it('previews a draft for the team only, framable by the application, with nothing to send', async () => {
    const draft = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/surveys`, headers: planner.auth, payload: everyTypeSurvey() }));
    expect((await page(`/api/surveys/${draft.id}/preview`)).statusCode).toBe(401);
    const res = await page(`/api/surveys/${draft.id}/preview?lang=es`, viewer.auth);
    expect(res.statusCode).toBe(200);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("form-action 'none'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.body).toContain('Vista previa: las respuestas no se envían');
    expect(res.body).toContain('<button type="submit" name="action" value="send" class="primary" disabled>');
    expect(res.body).toContain(`href="/api/surveys/${draft.id}/preview?lang=ar"`);
  });

  it('gives planners a kiosk link with its token in the fragment, audited; its responses are marked kiosk', async () => {
    expect((await t.app.inject({ method: 'POST', url: `/api/surveys/${family.id}/kiosk-link`, headers: viewer.auth })).statusCode).toBe(403);
    const res = await t.app.inject({ method: 'POST', url: `/api/surveys/${family.id}/kiosk-link`, headers: planner.auth });
    expect(res.statusCode).toBe(201);
    const { url } = json(res);
    expect(url).toMatch(new RegExp(`^${testConfig.publicUrl}/s/${family.code}/kiosk#k=k1\\.`));
    const audit = await t.ctx.db.selectFrom('audit_events').select('action').where('organization_id', '=', districtId).where('entity_id', '=', family.id).execute();
    expect(audit.map((row) => row.action)).toContain('survey.kiosk_started');

    const kiosk = await page(`/s/${family.code}/kiosk?lang=es`);
    expect(kiosk.statusCode).toBe(200);
    expect(kiosk.headers['cache-control']).toBe('no-store');
    expect(kiosk.body).toContain('Puesto de encuesta');
    expect(kiosk.body).toContain('data-action="next-person"');

    const token = decodeURIComponent(url.split('#k=')[1]);
    const submissionId = randomUUID();
    const sent = await t.app.inject({ method: 'POST', url: `/api/public/surveys/${family.code}/responses`, payload: { submission_id: submissionId, locale: 'es', answers: { role: 'parent', satisfaction: 'satisfied' }, kiosk_token: token, form_token: oldToken(family.code) } });
    expect(sent.statusCode).toBe(201);
    const [row] = (await rowsOf(family.id)).filter((r) => r.submission_id === submissionId);
    expect(row?.channel).toBe('kiosk');
  });

  it('draws the flyer in the first two languages, with the link written out and as a QR code', async () => {
    const html = await renderFlyer({ document: everyTypeSurvey(), organizationName: 'Río Grande ISD', url: 'https://plans.example.org/s/abcd2345', closesAt: new Date('2026-05-30T12:00:00Z') });
    expect(html).toContain('<section lang="en" dir="ltr"><p class="call" lang="en" dir="ltr">');
    expect(html).toContain('<section lang="es" dir="ltr"><p class="call" lang="es" dir="ltr">');
    expect(html).not.toContain('lang="ar"');
    expect(html).toContain('Nuestras escuelas el próximo año');
    expect(html).toContain('Responda antes del 30 de mayo de 2026.');
    expect(html).toContain('Answer by May 30, 2026.');
    expect(html).toMatch(/<div class="qr" role="img" aria-label="QR code: https:\/\/plans.example.org\/s\/abcd2345"><svg [^>]*viewBox/);
    expect(html).toContain('<p class="url">https://plans.example.org/s/abcd2345</p>');
  });

  it.skipIf(!hasChromium)('prints the flyer as a one-page PDF for every role of the district', async () => {
    const res = await page(`/api/surveys/${every.id}/flyer.pdf`, viewer.auth);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
    if (!hasPdftotext) return console.warn('pdftotext is not installed, so the flyer’s text was not checked');
    const text = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).stdout.toString('utf8').replace(/\s+/g, ' ');
    expect(text).toContain(`${testConfig.publicUrl}/s/${every.code}`);
    expect(text).toContain('Our schools next year');
    expect(text).toContain('Nuestras escuelas el próximo año');
  });

  it('prints no flyer before the survey has a public link', async () => {
    const draft = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/surveys`, headers: planner.auth, payload: sampleSurvey() }));
    const res = await page(`/api/surveys/${draft.id}/flyer.pdf`, viewer.auth);
    expect(res.statusCode).toBe(409);
    expect(json(res).error.message).toMatch(/open the survey, then print its flyer/);
  });
});

describe('the page’s weight on a slow phone', () => {
  it('loads the family survey in Spanish (HTML with its styles, and the script) in under 60 kB gzip', async () => {
    const html = (await page(`/s/${family.code}?lang=es`)).body;
    const script = (await page(respondentScriptPath)).body;
    const bytes = gzipSync(html).length + gzipSync(script).length;
    console.info(`respondent page, family survey in Spanish: HTML ${html.length} B (${gzipSync(html).length} B gzip), script ${script.length} B (${gzipSync(script).length} B gzip)`);
    expect(bytes).toBeLessThan(60 * 1024);
  });
});
