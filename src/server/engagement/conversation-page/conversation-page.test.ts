import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { addSeed, openConversationFor, sampleConversation, seasonedFormToken } from '../../testing/conversation-test-kit.js';
import { conversationScriptPath } from './conversation-page-script.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Río Grande ISD' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
});
afterAll(() => t.close());

type Reply = Awaited<ReturnType<TestApp['app']['inject']>>;
const page = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const postForm = (url: string, fields: Array<[string, string]>, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, payload: new URLSearchParams(fields).toString() });
/** The participant cookie a start without a script sets, as the browser sends it back. */
const cookieOf = (res: Reply) => String(res.headers['set-cookie']).split(';')[0]!;

/** Starts without a script (the page's form post) and returns the cookie that keeps the participant. */
async function startWithoutScript(code: string, fields: Array<[string, string]> = [['a.role', 'parent']]) {
  const res = await postForm(`/c/${code}?lang=es`, [['action', 'join'], ['form_token', seasonedFormToken(code)], ...fields]);
  expect(res.statusCode, res.body).toBe(303);
  expect(res.headers.location).toBe(`/c/${code}?lang=es#respond`);
  expect(String(res.headers['set-cookie'])).toMatch(new RegExp(`HttpOnly.*SameSite=Lax|SameSite=Lax.*HttpOnly`, 'i'));
  expect(String(res.headers['set-cookie'])).toContain(`Path=/c/${code}`);
  return { cookie: cookieOf(res) };
}

describe('the participant page, /c/:code', () => {
  it('draws the prompt, the mode in plain words, the policy and the start in Spanish, with its own CSP', async () => {
    const { code } = await openConversationFor(t, districtId, planner.auth);
    const res = await page(`/c/${code}`, { 'accept-language': 'es-MX,es;q=0.9' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['cache-control']).toBe('no-store');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/style-src 'sha256-/);
    expect(csp).not.toContain('unsafe-inline');
    const html = res.body;
    expect(html).toMatch(/<html lang="es" dir="ltr">/);
    expect(html).toContain('¿Qué deberían saber hacer nuestros graduados?</h1>');
    expect(html).toContain('Una conversación de Río Grande ISD');
    expect(html).toContain('Anónima</strong> No se guarda nada que diga quién es usted; su dispositivo guarda un identificador al azar');
    expect(html).toContain('Cómo se moderan las ideas');
    expect(html).toContain('Ataca, insulta o amenaza a una persona.');
    // the demographic question, as the survey page draws it, and the start
    expect(html).toContain('¿Qué le describe mejor?');
    expect(html).toContain('<input type="radio" id="a-role-parent" name="a.role" value="parent">');
    expect(html).toContain('>Empezar</button>');
    expect(html).toContain(`<script src="${conversationScriptPath}" defer></script>`);
    expect(html).toContain(`href="/c/${code}?lang=en" lang="en" hreflang="en">English</a>`);
    expect(html).not.toMatch(/<script>|onclick=|style="/);

    const script = await page(conversationScriptPath);
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toContain('text/javascript');
    expect(script.body).toContain('waymark-conversation:');
  });

  it('lets a person without a script start, see a seed statement in English, and vote: the vote is stored', async () => {
    const { id, code } = await openConversationFor(t, districtId, planner.auth);
    const seed = await addSeed(t, id, planner.auth, 'Every graduate can manage money');
    const { cookie } = await startWithoutScript(code);
    const participants = await t.ctx.db.selectFrom('conversation_participants').select('demographics').where('conversation_id', '=', id).execute();
    expect(participants).toHaveLength(1);
    expect(participants[0]!.demographics).toEqual({ role: 'parent' });

    const en = await page(`/c/${code}?lang=en`, { cookie });
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('What should our graduates be able to do?</h1>');
    expect(en.body).toMatch(/id="statement-text" lang="en" dir="auto">Every graduate can manage money<\/p>/);
    expect(en.body).toMatch(/<p class="label" id="seed-label">Seed statement by the team<\/p>/);
    expect(en.body).toContain(`name="statement" value="${seed}"`);
    expect(en.body).toContain('<button type="submit" name="value" value="1" class="agree">Agree</button>');
    expect(en.body).toContain('Ideas you have responded to: <span id="answered-count">0</span>');

    const voted = await postForm(`/c/${code}?lang=es`, [['action', 'vote'], ['statement', seed], ['value', '-1']], { cookie });
    expect(voted.statusCode, voted.body).toBe(303);
    const votes = await t.ctx.db.selectFrom('conversation_votes').select(['statement_id', 'value']).where('conversation_id', '=', id).execute();
    expect(votes).toEqual([{ statement_id: seed, value: -1 }]);

    const after = await page(`/c/${code}?lang=es`, { cookie });
    expect(after.body).toContain('Ideas a las que ha respondido: <span id="answered-count">1</span>');
    expect(after.body).toMatch(/<div class="card" id="done">.*Ha respondido a todas las ideas por ahora/s);
    expect(after.body).toMatch(/<div class="card" id="statement" hidden>/);
  });

  it('shows a Spanish seed’s team translation, with De acuerdo / En desacuerdo / Paso in Spanish', async () => {
    const { id, code } = await openConversationFor(t, districtId, planner.auth);
    const seeded = await t.app.inject({ method: 'POST', url: `/api/conversations/${id}/statements`, headers: planner.auth, payload: { text: 'Every graduate speaks two languages', language: 'en', translations: { es: 'Cada graduado habla dos idiomas' } } });
    expect(seeded.statusCode, seeded.body).toBe(201);
    const { cookie } = await startWithoutScript(code);
    const es = await page(`/c/${code}?lang=es`, { cookie });
    expect(es.body).toMatch(/id="statement-text" lang="es" dir="auto">Cada graduado habla dos idiomas<\/p>/);
    expect(es.body).toContain('Traducción del equipo. Original: <span id="original-text" lang="en">Every graduate speaks two languages</span>');
    expect(es.body).toContain('Idea inicial del equipo');
    for (const word of ['>De acuerdo</button>', '>En desacuerdo</button>', '>Paso</button>']) expect(es.body).toContain(word);
  });

  it('draws rate mode as five star radio buttons in a fieldset', async () => {
    const { id, code } = await openConversationFor(t, districtId, planner.auth, sampleConversation({ mode: 'rate', demographics: [] }));
    await addSeed(t, id, planner.auth, 'More time for the arts');
    const { cookie } = await startWithoutScript(code, []);
    const res = await page(`/c/${code}?lang=en`, { cookie });
    expect(res.body).toMatch(/<fieldset class="stars"><legend>Your rating<\/legend>/);
    expect(res.body).toContain('<input type="radio" id="current-star-5" name="value" value="5" required>');
    expect(res.body).toContain('<span>5 stars</span>');
  });

  it('points out a near-duplicate idea without a script, posts it with confirm, and says when pre-moderation holds it', async () => {
    const { id, code } = await openConversationFor(t, districtId, planner.auth, sampleConversation({ moderation: 'pre' }));
    await addSeed(t, id, planner.auth, 'More bus routes for the high school');
    const { cookie } = await startWithoutScript(code);
    const idea: Array<[string, string]> = [['action', 'idea'], ['form_token', seasonedFormToken(code)], ['text', 'We need more bus routes to the high school'], ['website', '']];
    const similar = await postForm(`/c/${code}?lang=en`, idea, { cookie });
    expect(similar.statusCode, similar.body).toBe(200);
    expect(similar.body).toMatch(/<div id="similar-box" role="region" aria-labelledby="similar-title">/);
    expect(similar.body).toContain('<li><p lang="en">More bus routes for the high school</p>');
    expect(similar.body).toContain('>Post mine anyway</button>');
    expect(await t.ctx.db.selectFrom('conversation_statements').select('id').where('conversation_id', '=', id).execute()).toHaveLength(1);

    const confirmed = await postForm(`/c/${code}?lang=en`, [...idea, ['confirm', '1']], { cookie });
    expect(confirmed.statusCode, confirmed.body).toBe(303);
    expect(confirmed.headers.location).toBe(`/c/${code}?lang=en&posted=pending#idea-title`);
    const stored = await t.ctx.db.selectFrom('conversation_statements').select(['text', 'status']).where('conversation_id', '=', id).where('is_seed', '=', false).execute();
    expect(stored).toEqual([{ text: 'We need more bus routes to the high school', status: 'pending' }]);
    const held = await page(`/c/${code}?lang=es&posted=pending`, { cookie });
    expect(held.body).toContain('Gracias: su idea aparecerá cuando un moderador la haya leído.');
  });

  it('refuses a form token sent too quickly, keeping the idea, and asks a person it does not know to start', async () => {
    const { code } = await openConversationFor(t, districtId, planner.auth, sampleConversation({ demographics: [] }));
    const { cookie } = await startWithoutScript(code, []);
    const fresh = json(await page(`/api/public/conversations/${code}`)).form_token as string;
    const quick = await postForm(`/c/${code}?lang=es`, [['action', 'idea'], ['form_token', fresh], ['text', 'Clases de cocina']], { cookie });
    expect(quick.statusCode).toBe(400);
    expect(quick.body).toContain('Un momento, por favor: vuelva a enviar en unos segundos.');
    expect(quick.body).toContain('>Clases de cocina</textarea>');
    const stranger = await postForm(`/c/${code}?lang=es`, [['action', 'vote'], ['statement', '00000000-0000-4000-8000-000000000000'], ['value', '1']]);
    expect(stranger.statusCode).toBe(400);
    expect(stranger.body).toContain('Se perdió su lugar en esta conversación');
  });

  it('answers 404 for an unknown code and 410 once closed, in the reader’s language', async () => {
    const missing = await page('/c/zzzzzzzz', { 'accept-language': 'es' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('<h1>Conversación no encontrada</h1>');
    expect(missing.body).toContain('No hay ninguna conversación abierta en esta dirección');
    expect(String(missing.headers['content-security-policy'])).not.toContain('script-src');
    const { id, code } = await openConversationFor(t, districtId, planner.auth);
    await t.app.inject({ method: 'POST', url: `/api/conversations/${id}/close`, headers: planner.auth });
    const closed = await page(`/c/${code}?lang=en`);
    expect(closed.statusCode).toBe(410);
    expect(closed.body).toContain('<h1>This conversation has closed</h1>');
  });

  it('loads in Spanish (HTML with its styles, and the script) in under 60 kB gzip', async () => {
    const { id, code } = await openConversationFor(t, districtId, planner.auth);
    await addSeed(t, id, planner.auth, 'Every graduate can manage money');
    const html = (await page(`/c/${code}?lang=es`)).body;
    const script = (await page(conversationScriptPath)).body;
    const bytes = gzipSync(html).length + gzipSync(script).length;
    expect(bytes).toBeLessThan(60 * 1024);
  });
});
