import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvidenceDataset } from '../../testing/evidence-rows-kit.js';
import { retreatApi, retreatScenario } from '../../testing/retreat-test-kit.js';
import { TEST_PASSWORD } from '../../testing/factories.js';
import { createTestApp, signInAs, type TestApp } from '../../testing/test-app.js';
import { retreatRoomLimits } from '../retreats/retreat-room-limits.js';
import { retreatScriptPath } from './retreat-page-script.js';

let t: TestApp;
let api: ReturnType<typeof retreatApi>;
let s: Awaited<ReturnType<typeof retreatScenario>>;
beforeAll(async () => {
  t = await createTestApp();
  api = retreatApi(t);
  s = await retreatScenario(t, 'Distrito Sierra');
  // Attendance by school, one school so small its value must never show.
  const entities = [
    ...s.schoolIds.map((schoolId, index) => ({ key: `S${index}`, name: `School ${index}`, status: 'school' as const, schoolId })),
    { key: 'DIST', name: 'District', status: 'district' as const },
  ];
  const rows = [
    { entity: 'S0', period: '2023-24', group: 'All Students', value: 91.7, n: 4 },
    { entity: 'S1', period: '2023-24', group: 'All Students', value: 93.2, n: 120 },
    { entity: 'S2', period: '2023-24', group: 'All Students', value: 95.1, n: 130 },
    { entity: 'DIST', period: '2023-24', group: 'All Students', value: 94.1, n: 254 },
  ];
  await insertEvidenceDataset(t.ctx.db, { organizationId: s.organizationId, metric: { key: 'attendance_rate', label: 'Attendance rate', unit: 'percent' }, entities, rows });
});
afterAll(() => t.close());

type Reply = Awaited<ReturnType<TestApp['app']['inject']>>;
const page = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const postForm = (url: string, fields: Array<[string, string]>, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, payload: new URLSearchParams(fields).toString() });
/** The room's cookie as the page sets it for itself, sent back as the browser would on /r/<code>. */
const pageCookieOf = (res: Reply, code: string) => {
  const cookie = res.cookies.find((c) => c.name === `wm_retreat_${code}` && c.path === `/r/${code}`);
  if (!cookie) throw new Error(`no page cookie in ${JSON.stringify(res.cookies)}`);
  return { cookie: `${cookie.name}=${cookie.value}` };
};

let sessionIndex = 0;
/** A fresh retreat (each on its own session of the cycle) with two charts: ELA by school and attendance by school. */
async function openRetreat(dots = 3) {
  const retreat = await api.create(s.cycleId, s.planner.auth, { session_id: s.sessionIds[sessionIndex++], title: 'Retiro de datos 2026', dots_per_person: dots });
  const chart = async (question: string, metric: string) => api.expectStatus(await api.call('POST', `/api/retreats/${retreat.id}/charts`, s.planner.auth, { question, metric, view: { by: 'school' } }), 201).id as string;
  const ela = await chart('¿Qué escuelas leen mejor?', 'ela_proficient');
  const attendance = await chart('¿Quién viene a clase?', 'attendance_rate');
  return { id: retreat.id as string, code: retreat.join_code as string, ela, attendance };
}

/** Joins by the page's form as a guest; the cookie the phone then sends to the page. */
async function joinByForm(code: string, name: string) {
  const res = await postForm(`/r/${code}?lang=es`, [['action', 'join'], ['display_name', name]]);
  expect(res.statusCode, res.body).toBe(303);
  expect(res.headers.location).toBe(`/r/${code}?lang=es#charts`);
  return { res, headers: pageCookieOf(res, code) };
}

describe('the room page, /r/:code', () => {
  it('asks a phone to join in Spanish, with its own policy, then shows the charts with small groups hidden in words', async () => {
    const room = await openRetreat();
    const before = await page(`/r/${room.code}`, { 'accept-language': 'es-ES,es;q=0.9' });
    expect(before.statusCode).toBe(200);
    expect(before.headers['cache-control']).toBe('no-store');
    const csp = String(before.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/style-src 'sha256-/);
    expect(csp).not.toContain('unsafe-inline');
    expect(before.body).toMatch(/<html lang="es" dir="ltr">/);
    expect(before.body).toContain('<h1>Retiro de datos 2026</h1>');
    expect(before.body).toContain('Un retiro de datos de Distrito Sierra');
    expect(before.body).toContain('<h2 id="join-title">Entrar en la sala</h2>');
    expect(before.body).toContain('<label for="display-name" class="field-label">Su nombre</label>');
    expect(before.body).toContain(`href="/r/${room.code}?lang=en" lang="en" hreflang="en">English</a>`);
    // Before joining, no data and no one's writing.
    expect(before.body).not.toContain('¿Qué escuelas leen mejor?');
    expect(before.body).not.toMatch(/<script>|onclick=|style="/);

    const { res, headers } = await joinByForm(room.code, 'Ana');
    // One token, two cookies: the page's and the room API's (the script's live updates).
    const paths = res.cookies.filter((c) => c.name === `wm_retreat_${room.code}`).map((c) => [c.path, c.httpOnly, c.sameSite]);
    expect(paths).toEqual([
      [`/r/${room.code}`, true, 'Lax'],
      ['/api/public/retreats', true, 'Lax'],
    ]);
    const apiCookie = res.cookies.find((c) => c.path === '/api/public/retreats')!;
    const state = api.expectStatus(await api.call('GET', `/api/public/retreats/${room.code}?chart_data=false`, { cookie: `${apiCookie.name}=${apiCookie.value}` }), 200);
    expect(state.me.display_name).toBe('Ana');

    const joined = await page(`/r/${room.code}?lang=es`, headers);
    expect(joined.statusCode).toBe(200);
    // Each page a known phone loads keeps the room API's cookie beside the page's.
    expect(joined.cookies.map((c) => [c.name, c.value, c.path])).toEqual([[apiCookie.name, apiCookie.value, '/api/public/retreats']]);
    const html = joined.body;
    expect(html).toContain('Está en la sala como Ana.');
    expect(html).toContain(`<script src="${retreatScriptPath}" defer></script>`);
    expect(html).toContain('1. ¿Qué escuelas leen mejor?</h3>');
    expect(html).toContain('<caption>ELA proficient · 2023-24 · por escuela</caption>');
    expect(html).toMatch(/<th scope="row">Cedar High<\/th><td class="value">62\s%<\/td>/);
    expect(html).toMatch(/<tr class="district"><th scope="row">Distrito<\/th><td class="value">52\s%<\/td>/);
    // The small school's attendance: said hidden, never a number, never zero.
    const attendance = html.slice(html.indexOf('¿Quién viene a clase?'), html.indexOf('id="swot"'));
    expect(attendance).toMatch(/<th scope="row">Alder Elementary<\/th><td class="value hidden-cell" colspan="2">Oculto: grupo pequeño<\/td><\/tr>/);
    expect(attendance).not.toMatch(/91[,.]7|>0\s%</);
    expect(html).toContain('Puntos restantes: 3 de 3');

    const script = await page(retreatScriptPath);
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toContain('text/javascript');
    expect(script.body).toContain('chart_data=false');
    // A cheap phone on a slow network loads the room (HTML with its styles, and the script) in a few kB.
    expect(gzipSync(html).length + gzipSync(script.body).length).toBeLessThan(20 * 1024);
  });

  it('takes a notice and a wonder by form, marks one’s own, and never names who wrote', async () => {
    const room = await openRetreat();
    const ana = (await joinByForm(room.code, 'Ana Torres')).headers;
    const ben = (await joinByForm(room.code, 'Ben Ruiz')).headers;
    const observe = (headers: Record<string, string>, kind: string, body: string) => postForm(`/r/${room.code}?lang=es`, [['action', 'observation'], ['chart', room.ela], ['kind', kind], ['body', body]], headers);
    const noticed = await observe(ana, 'notice', 'Cedar lleva ventaja');
    expect(noticed.statusCode, noticed.body).toBe(303);
    expect(noticed.headers.location).toBe(`/r/${room.code}?lang=es#chart-${room.ela}`);
    expect((await observe(ben, 'wonder', '¿Por qué Alder va detrás?')).statusCode).toBe(303);
    const stored = await t.ctx.db.selectFrom('retreat_observations').select(['kind', 'body']).where('retreat_id', '=', room.id).orderBy('created_at').execute();
    expect(stored).toEqual([
      { kind: 'notice', body: 'Cedar lleva ventaja' },
      { kind: 'wonder', body: '¿Por qué Alder va detrás?' },
    ]);

    const html = (await page(`/r/${room.code}?lang=es`, ana)).body;
    expect(html).toMatch(/<li class="notice" data-id="[0-9a-f-]+"><span class="kind">Observo:<\/span> <span class="body">Cedar lleva ventaja<\/span><span class="mine">Suya<\/span><\/li>/);
    expect(html).toMatch(/<li class="wonder" data-id="[0-9a-f-]+"><span class="kind">Me pregunto:<\/span> <span class="body">¿Por qué Alder va detrás\?<\/span><\/li>/);
    expect(html).not.toContain('Ben Ruiz');
    const english = (await page(`/r/${room.code}?lang=en`, ben)).body;
    expect(english).toContain('<span class="kind">I wonder:</span> <span class="body">¿Por qué Alder va detrás?</span><span class="mine">Yours</span>');
    expect(english).not.toContain('Ana Torres');
  });

  it('adds a SWOT item, moves dots, says "no dots left" next to the item, and shows totals, never who voted', async () => {
    const room = await openRetreat(2);
    const cara = (await joinByForm(room.code, 'Cara Vidal')).headers;
    const dev = (await joinByForm(room.code, 'Dev Ortiz')).headers;
    const added = await postForm(`/r/${room.code}?lang=es`, [['action', 'swot'], ['quadrant', 'weakness'], ['text', 'Alder se queda atrás en lectura']], cara);
    expect(added.statusCode, added.body).toBe(303);
    const item = await t.ctx.db.selectFrom('swot_items').select(['id', 'quadrant', 'text']).where('retreat_id', '=', room.id).executeTakeFirstOrThrow();
    expect(item).toMatchObject({ quadrant: 'weakness', text: 'Alder se queda atrás en lectura' });
    expect(added.headers.location).toBe(`/r/${room.code}?lang=es#item-${item.id}`);

    const dot = (headers: Record<string, string>, dots: number) => postForm(`/r/${room.code}?lang=es`, [['action', 'dots'], ['item', item.id], ['dots', String(dots)]], headers);
    for (const dots of [1, 2]) expect((await dot(cara, dots)).statusCode).toBe(303);
    expect((await dot(dev, 1)).statusCode).toBe(303);
    const mine = (await page(`/r/${room.code}?lang=es`, cara)).body;
    expect(mine).toContain('Puntos restantes: 0 de 2');
    expect(mine).toMatch(new RegExp(`<li id="item-${item.id}"[^>]*><p class="item-text">Alder se queda atrás en lectura</p><p class="item-meta"><span class="dots-total">3 puntos</span> · <span class="item-rank">Puesto 1</span></p>`));
    expect(mine).toContain('<span class="my-dots">Sus puntos: 2</span>');
    expect(mine).toContain('<span class="sr">Añadir un punto a: Alder se queda atrás en lectura</span>');

    // A third dot is refused in words next to the item, the page drawn again; nothing changes.
    const over = await dot(cara, 3);
    expect(over.statusCode).toBe(400);
    expect(over.body).toContain(`<p class="error" id="dots-problem-${item.id}">No le quedan puntos. Quite uno de otro elemento primero.</p>`);
    expect(over.body).toContain(`aria-describedby="dots-problem-${item.id}"`);
    const votes = await t.ctx.db.selectFrom('swot_dots').select('dots').where('item_id', '=', item.id).execute();
    expect(votes.map((vote) => vote.dots).sort()).toEqual([1, 2]);
    // Taking one off frees it.
    expect((await dot(cara, 1)).statusCode).toBe(303);
    const after = (await page(`/r/${room.code}?lang=en`, dev)).body;
    expect(after).toContain('<span class="dots-total">2 dots</span>');
    expect(after).toContain('Dots left: 1 of 2');
    for (const name of ['Cara Vidal', 'Dev']) expect(after.replace('You are in the room as Dev Ortiz.', '')).not.toContain(name);
  });

  it('says what is wrong next to the field, in the reader’s language, keeping what was written', async () => {
    const room = await openRetreat();
    const noName = await postForm(`/r/${room.code}?lang=es`, [['action', 'join'], ['display_name', '  ']]);
    expect(noName.statusCode).toBe(400);
    expect(noName.body).toContain('<p class="error" id="name-problem">Escriba su nombre para que la persona que facilita sepa quién escribió qué.</p>');
    expect(noName.body).toMatch(/id="display-name"[^>]*aria-invalid="true" aria-describedby="name-hint name-problem"/);
    const longName = await postForm(`/r/${room.code}?lang=en`, [['action', 'join'], ['display_name', 'x'.repeat(81)]]);
    expect(longName.body).toContain('Your name can have at most 80 characters.');

    const ana = (await joinByForm(room.code, 'Ana')).headers;
    const empty = await postForm(`/r/${room.code}?lang=es`, [['action', 'observation'], ['chart', room.attendance], ['kind', 'notice'], ['body', '']], ana);
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain(`<p class="error" id="obs-body-problem-${room.attendance}">Escriba algo primero.</p>`);
    // The page opens at the refused field: a long room would otherwise hide the message far below.
    expect(empty.body).toMatch(new RegExp(`<textarea id="obs-body-${room.attendance}"[^>]*aria-invalid="true"[^>]*autofocus`));
    // Only that chart's form shows it.
    expect(empty.body).not.toContain(`obs-body-problem-${room.ela}`);
    const long = await postForm(`/r/${room.code}?lang=en`, [['action', 'observation'], ['chart', room.ela], ['kind', 'wonder'], ['body', 'y'.repeat(501)]], ana);
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('At most 500 characters: this has 501.');
    expect(long.body).toContain(`>${'y'.repeat(501)}</textarea>`);
    expect(long.body).toMatch(new RegExp(`id="kind-wonder-${room.ela}" name="kind" value="wonder" checked`));
    const noKind = await postForm(`/r/${room.code}?lang=es`, [['action', 'observation'], ['chart', room.ela], ['body', 'Algo']], ana);
    expect(noKind.body).toContain('Elija «Observo» o «Me pregunto».');
    const noQuadrant = await postForm(`/r/${room.code}?lang=es`, [['action', 'swot'], ['text', 'Presupuesto']], ana);
    expect(noQuadrant.statusCode).toBe(400);
    expect(noQuadrant.body).toContain('<p class="error" id="swot-quadrant-problem">Elija dónde va el elemento.</p>');
    expect(noQuadrant.body).toContain('>Presupuesto</textarea>');
    const nul = await postForm(`/r/${room.code}?lang=en`, [['action', 'swot'], ['quadrant', 'threat'], ['text', 'a\u0000b']], ana);
    expect(nul.statusCode).toBe(400);
    expect(nul.body).toContain('This text has characters that cannot be kept.');
    // A phone the room does not know is asked to join, not failed.
    const stranger = await postForm(`/r/${room.code}?lang=es`, [['action', 'swot'], ['quadrant', 'threat'], ['text', 'Recortes']]);
    expect(stranger.statusCode).toBe(400);
    expect(stranger.body).toContain('Entre en la sala primero: no se reconoció su teléfono.');
    expect(stranger.body).toContain('<h2 id="join-title">Entrar en la sala</h2>');
    expect(await t.ctx.db.selectFrom('swot_items').select('id').where('retreat_id', '=', room.id).execute()).toEqual([]);
  });

  it('shows a kind 429 past the address’s limit', async () => {
    const room = await openRetreat();
    const ana = (await joinByForm(room.code, 'Ana')).headers;
    // The address has added as many items as an hour allows (as the limiter counts them).
    while (retreatRoomLimits.items.take({ secret: t.ctx.config.sessionSecret, surveyId: room.id, address: '127.0.0.1' }));
    const res = await postForm(`/r/${room.code}?lang=es`, [['action', 'swot'], ['quadrant', 'strength'], ['text', 'Buenos maestros']], ana);
    expect(res.statusCode).toBe(429);
    expect(res.body).toContain('Demasiado a la vez desde esta red. Espere un minuto y vuelva a intentarlo.');
    expect(res.body).toContain('>Buenos maestros</textarea>');
  });

  it('lets a signed-in member join as themselves, and only with the CSRF token their page carries', async () => {
    const room = await openRetreat();
    const session = await signInAs(t.app, s.viewer.email, TEST_PASSWORD);
    const before = await page(`/r/${room.code}?lang=en`, { cookie: session.cookie });
    expect(before.body).toContain('You are signed in as Vic Viewer: you join as yourself.');
    expect(before.body).toContain('>Join as Vic Viewer</button>');
    expect(before.body).toContain(`<input type="hidden" name="csrf" value="${session.csrfToken}">`);
    expect(before.body).not.toContain('id="display-name"');
    // Another site's form has no token: not the member, and no phone of the room either.
    const forged = await postForm(`/r/${room.code}?lang=en`, [['action', 'join']], { cookie: session.cookie });
    expect(forged.statusCode).toBe(400);
    expect(await t.ctx.db.selectFrom('retreat_participants').select('id').where('retreat_id', '=', room.id).execute()).toEqual([]);

    const joined = await postForm(`/r/${room.code}?lang=en`, [['action', 'join'], ['csrf', session.csrfToken]], { cookie: session.cookie });
    expect(joined.statusCode, joined.body).toBe(303);
    expect(joined.cookies).toEqual([]);
    const participants = await t.ctx.db.selectFrom('retreat_participants').select(['display_name', 'user_id']).where('retreat_id', '=', room.id).execute();
    expect(participants).toEqual([{ display_name: 'Vic Viewer', user_id: s.viewer.id }]);
    const inRoom = await page(`/r/${room.code}?lang=en`, { cookie: session.cookie });
    expect(inRoom.body).toContain('You are in the room as Vic Viewer.');
    const posted = await postForm(`/r/${room.code}?lang=en`, [['action', 'observation'], ['chart', room.ela], ['kind', 'notice'], ['body', 'Birch is climbing'], ['csrf', session.csrfToken]], { cookie: session.cookie });
    expect(posted.statusCode).toBe(303);
    expect((await page(`/r/${room.code}?lang=en`, { cookie: session.cookie })).body).toContain('Birch is climbing</span><span class="mine">Yours</span>');
  });

  it('answers 404 for an unknown code and 410 once closed, in the reader’s language, and sends a code as typed to its address', async () => {
    const missing = await page('/r/ZZZZZZ', { 'accept-language': 'es' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('<h1>Sala no encontrada</h1>');
    expect(String(missing.headers['content-security-policy'])).not.toContain('script-src');
    expect((await page('/r/nope', { 'accept-language': 'en' })).body).toContain('<h1>Room not found</h1>');

    const room = await openRetreat();
    const typed = await page(`/r/${room.code.toLowerCase().slice(0, 3)}-${room.code.toLowerCase().slice(3)}?lang=es`);
    expect(typed.statusCode).toBe(303);
    expect(typed.headers.location).toBe(`/r/${room.code}?lang=es`);

    const ana = (await joinByForm(room.code, 'Ana')).headers;
    const { version } = (await api.board(room.id, s.planner.auth)).retreat;
    api.expectStatus(await api.call('PUT', `/api/retreats/${room.id}`, s.planner.auth, { status: 'closed', version }), 200);
    const closed = await page(`/r/${room.code}`, { ...ana, 'accept-language': 'es-MX' });
    expect(closed.statusCode).toBe(410);
    expect(closed.body).toContain('<h1>Esta sala está cerrada</h1>');
    expect(closed.body).toContain('Distrito Sierra');
    const late = await postForm(`/r/${room.code}?lang=en`, [['action', 'observation'], ['chart', room.ela], ['kind', 'notice'], ['body', 'Late']], ana);
    expect(late.statusCode).toBe(410);
    expect(late.body).toContain('<h1>This room is closed</h1>');
  });
});
