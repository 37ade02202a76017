import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';
import { importAdoptedPlan } from '../../testing/adopted-plan.js';
import { createTestApp, json, testConfig, type TestApp } from '../../testing/test-app.js';
import { emailTokenHash } from '../public-comment/post-public-comment.js';
import { issueFormToken } from '../surveys/issue-form-token.js';
import { draftScriptPath } from './draft-page-script.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;

/** A small draft: mission, vision, values, a goal whose measure has a small group's result, a strategy with an action. */
const draftPlan = (district: string, overrides: Partial<PlanDocument['plan']> = {}): PlanDocument => ({
  format: 'strategic-plan/v1',
  organization: { name: district, kind: 'district' },
  plan: {
    title: 'Plan 2027-2030',
    mission: 'Every student leaves ready for what comes next.',
    vision: 'Schools where every family feels welcome.',
    values: [{ name: 'Equity', description: 'We give each student what they need.' }],
    goals: [
      {
        key: 'G1',
        title: 'Every child reads by grade 3',
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
              { period: { label: '2025-26' }, value: 58.5, n: 120, subgroup: 'Students with disabilities' },
            ],
          },
        ],
        strategies: [
          {
            key: 'G1.S1',
            title: 'Tutoring for early readers',
            description: 'Offer small-group tutoring three times a week to every first grader who needs it.',
            actions: [{ key: 'G1.S1.A1', title: 'Hire reading tutors', timeline: 'Fall 2027' }],
          },
        ],
      },
    ],
    ...overrides,
  },
});

/** A district with a draft plan, and its slug. */
async function districtWithPlan(name: string, options: { adopt?: boolean } = {}) {
  const district = await t.factories.organization({ name });
  const planner = await t.factories.user({ organizationId: district.id, role: 'planner' });
  const planId = await importAdoptedPlan(t, { districtId: district.id, headers: planner.auth, document: draftPlan(name), adopt: options.adopt ?? false });
  const { slug } = await t.ctx.db.selectFrom('organizations').select('slug').where('id', '=', district.id).executeTakeFirstOrThrow();
  return { districtId: district.id, planner, planId, slug: slug! };
}

/** Opens public comment through the team's route, as the planner's screen does. */
async function openComment(planId: string, planner: Person, choices: { verify_email?: boolean; show_comments?: boolean } = {}) {
  const { version } = json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: planner.auth }));
  const res = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/public-comment`, headers: planner.auth, payload: { version, closes_on: '2099-12-31', ...choices } });
  expect(res.statusCode, res.body).toBe(201);
  return t.ctx.db.selectFrom('public_comment_periods').select(['id']).where('plan_id', '=', planId).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
}

const page = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const postForm = (url: string, fields: Record<string, string>) =>
  t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(fields).toString() });
/** A form token issued a minute ago: the server refuses one younger than a person reads. */
const agedToken = (windowId: string) => issueFormToken({ code: windowId, secret: testConfig.sessionSecret, now: new Date(Date.now() - 60_000) });

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the public draft page, /p/:slug/draft', () => {
  it('reads in Spanish with the strategy’s text, a “comment on this” link for each part, the form and its own CSP; small groups hidden', async () => {
    const { planner, planId, slug } = await districtWithPlan('Distrito Río Claro');
    await openComment(planId, planner);
    const res = await page(`/p/${slug}/draft`, { 'accept-language': 'es-MX,es;q=0.9' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/style-src 'sha256-/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const html = res.body;
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<h1>Borrador del plan para consulta pública</h1>');
    expect(html).toMatch(/Se reciben comentarios del \d+ de \w+ de \d{4} al 31 de diciembre de 2099\./);
    // The plan's words are the district's English, marked as such inside the Spanish page.
    expect(html).toContain('<p class="quotable" lang="en">Offer small-group tutoring three times a week to every first grader who needs it.</p>');
    expect(html).toContain('data-element="G1.S1" data-label="Estrategia G1.S1"');
    expect(html).toContain(`href="/p/${slug}/draft/comment?element=G1.S1&amp;lang=es#comment-form">Comentar esto<span class="visually-hidden">: Estrategia G1.S1</span>`);
    for (const key of ['mission', 'vision', 'values', 'G1', 'G1.M1', 'G1.S1.A1']) expect(html).toContain(`id="part-${key}" data-element="${key}"`);
    expect(html).toContain('<label for="body">Su comentario (obligatorio)</label>');
    expect(html).toContain('<input type="text" id="website" name="website" tabindex="-1" autocomplete="off">');
    expect(html).toContain('Cómo se moderan los comentarios');
    expect(html).toContain('Madres, padres y familias');
    expect(html).toContain(`<script src="${draftScriptPath}" defer></script>`);
    expect(html).not.toMatch(/<script>|onclick=|style="/);
    // Privacy: English learners (6 students) are hidden, never their value; all students is shown.
    expect(html).toContain('<th scope="row">Estudiantes de inglés</th><td>Oculto para proteger la privacidad de los estudiantes</td>');
    expect(html).not.toContain('41,5');
    expect(html).not.toContain('41.5');
    expect(html).toContain('<dt>Meta</dt><dd>75% (2029-30)</dd>');

    const script = await page(draftScriptPath);
    expect(script.statusCode).toBe(200);
    // Light for a cheap phone on a slow network: the page and its one script, compressed.
    expect(gzipSync(html).length + gzipSync(script.body).length).toBeLessThan(60_000);
    expect(script.headers['content-type']).toContain('text/javascript');
    expect(script.body).toContain('selectionchange');
  });

  it('answers 404 in the reader’s language for a district with no draft out for comment', async () => {
    const { slug } = await districtWithPlan('Distrito Sin Borrador');
    const res = await page(`/p/${slug}/draft?lang=es`);
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('<h1>No hay ningún borrador aquí</h1>');
    const none = await page('/p/no-such-district/draft');
    expect(none.statusCode).toBe(404);
    expect(none.body).toContain('This district has no draft plan out for public comment.');
  });

  it('without a script: the comment page for a strategy, a refused post naming the field, then a comment stored and thanked', async () => {
    const { planner, planId, slug } = await districtWithPlan('Distrito Sin Script');
    const window = await openComment(planId, planner);
    const form = await page(`/p/${slug}/draft/comment?element=G1.S1&lang=es`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<h2>Estrategia G1.S1</h2><p class="quotable" lang="en">Tutoring for early readers</p>');
    expect(form.body).toContain('<input type="hidden" name="element_key" id="element-key" value="G1.S1">');
    expect(form.body).toContain('<label for="quote">El pasaje que comenta (opcional)</label>');
    const submission = /name="submission_id" id="submission-id" value="([0-9a-f-]{36})"/.exec(form.body)![1]!;

    const fields = { element_key: 'G1.S1', form_token: agedToken(window.id), submission_id: submission, quote: 'three times a week', body: '', name: 'Ana', email: '', role: 'families', website: '' };
    const empty = await postForm(`/p/${slug}/draft/comments?lang=es`, fields);
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('<p class="problem" id="body-problem">Escriba su comentario.</p>');
    expect(empty.body).toContain('aria-describedby="body-problem" aria-invalid="true"');
    expect(empty.body).toContain('>three times a week</textarea>');

    const misquoted = await postForm(`/p/${slug}/draft/comments?lang=es`, { ...fields, body: 'Más tutorías, por favor', quote: 'five times a week' });
    expect(misquoted.statusCode).toBe(400);
    expect(misquoted.body).toContain('<p class="problem" id="quote-problem">Estas palabras no están en el texto de esta parte del borrador.');

    const sent = await postForm(`/p/${slug}/draft/comments?lang=es`, { ...fields, body: 'Tres veces por semana es poco para quien más lo necesita.' });
    expect(sent.statusCode, sent.body).toBe(303);
    expect(sent.headers.location).toBe(`/p/${slug}/draft/thanks?lang=es&status=pending`);
    const stored = await t.ctx.db.selectFrom('public_comments').select(['element_key', 'quote', 'body', 'language', 'author_name', 'role', 'submission_id']).where('period_id', '=', window.id).execute();
    expect(stored).toEqual([{ element_key: 'G1.S1', quote: 'three times a week', body: 'Tres veces por semana es poco para quien más lo necesita.', language: 'es', author_name: 'Ana', role: 'families', submission_id: submission }]);
    const thanks = await page(sent.headers.location as string);
    expect(thanks.statusCode).toBe(200);
    expect(thanks.body).toContain('Gracias. Su comentario llegó al equipo de planificación.');
  });

  it('a closed window shows no form; after adoption it points to what we heard', async () => {
    const { planner, planId, slug } = await districtWithPlan('Distrito Cerrado');
    const window = await openComment(planId, planner);
    const { version } = json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: planner.auth }));
    const adopted = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/transitions`, headers: planner.auth, payload: { to: 'adopted', version, adoption: { date: '2027-06-01' } } });
    expect(adopted.statusCode, adopted.body).toBe(200);
    const res = await page(`/p/${slug}/draft?lang=es`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('La consulta pública de este borrador');
    expect(res.body).toContain(`<a href="/p/${slug}/plans/${planId}/heard?lang=es">Vea lo que escuchamos y lo que hicimos</a>`);
    expect(res.body).not.toContain('<form');
    expect(res.body).not.toContain('Comentar esto');
    expect(res.body).not.toContain('<script');
    expect(String(res.headers['content-security-policy'])).not.toContain('script-src');
    const late = await postForm(`/p/${slug}/draft/comments?lang=es`, { element_key: 'G1', body: 'Tarde', submission_id: crypto.randomUUID(), form_token: agedToken(window.id) });
    expect(late.statusCode).toBe(403);
    expect(late.body).not.toContain('<form');
    expect(await t.ctx.db.selectFrom('public_comments').select('id').where('period_id', '=', window.id).execute()).toEqual([]);
  });

  it('an amendment shows the adopted plan’s link and what changed, word by word', async () => {
    const { planner, planId, slug } = await districtWithPlan('Distrito Enmienda', { adopt: true });
    const plan = json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: planner.auth }));
    const amending = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/transitions`, headers: planner.auth, payload: { to: 'amending', version: plan.version } });
    expect(amending.statusCode, amending.body).toBe(200);
    const strategy = await t.ctx.db.selectFrom('plan_elements').select(['id', 'version', 'fields']).where('plan_id', '=', planId).where('key', '=', 'G1.S1').executeTakeFirstOrThrow();
    const edited = await t.app.inject({
      method: 'PATCH',
      url: `/api/plans/${planId}/elements/${strategy.id}`,
      headers: planner.auth,
      payload: { version: strategy.version, fields: { ...(strategy.fields as object), description: 'Offer small-group tutoring four times a week to every first grader who needs it.' } },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    // The district's Spanish words for the adopted plan: kept for a text the draft left as it was, not for one it changed.
    const translated = await t.app.inject({
      method: 'PUT',
      url: `/api/plans/${planId}/public-texts`,
      headers: planner.auth,
      payload: { translations: [{ subject: 'element', subjectKey: 'G1', field: 'title', locale: 'es', text: 'Cada niño lee en tercer grado' }, { subject: 'element', subjectKey: 'G1.S1', field: 'title', locale: 'es', text: 'Tutorías para lectores' }] },
    });
    expect(translated.statusCode, translated.body).toBe(200);
    const retitled = await t.ctx.db.selectFrom('plan_elements').select(['id', 'version', 'fields']).where('plan_id', '=', planId).where('key', '=', 'G1.S1').executeTakeFirstOrThrow();
    await t.app.inject({ method: 'PATCH', url: `/api/plans/${planId}/elements/${retitled.id}`, headers: planner.auth, payload: { version: retitled.version, fields: { ...(retitled.fields as object), title: 'Tutoring for all early readers' } } });
    await openComment(planId, planner);
    const es = (await page(`/p/${slug}/draft?lang=es`)).body;
    expect(es).toContain('<span class="kind-label">Meta G1</span><span>Cada niño lee en tercer grado</span>');
    expect(es).toContain('<span class="kind-label">Estrategia G1.S1</span><span class="quotable" lang="en">Tutoring for all early readers</span>');
    expect(es).not.toContain('Tutorías para lectores');
    const res = await page(`/p/${slug}/draft`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Draft amendment for public comment</h1>');
    expect(res.body).toContain(`<a href="/p/${slug}">Read the plan in effect now</a>`);
    expect(res.body).toContain('<h2 id="comparison-title">What this amendment changes</h2>');
    expect(res.body).toMatch(/<del><span class="visually-hidden" lang="en">removed: <\/span>three<\/del><ins><span class="visually-hidden" lang="en">added: <\/span>four<\/ins>/);
  });

  it('shows accepted comments under their part when the district chooses, never an email', async () => {
    const { planner, planId, slug } = await districtWithPlan('Distrito Comentarios');
    const window = await openComment(planId, planner, { show_comments: true });
    const posted = await t.app.inject({
      method: 'POST',
      url: `/api/public/districts/${slug}/draft/comments`,
      payload: { element_key: 'G1.S1', quote: 'every first grader', body: 'Also second graders, please.', submission_id: crypto.randomUUID(), name: 'Luis', email: 'luis@example.org', role: 'families', form_token: agedToken(window.id) },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    // A moderator's acceptance, as the moderation route records it.
    await t.ctx.db.updateTable('public_comments').set({ status: 'accepted' }).where('period_id', '=', window.id).execute();
    const res = await page(`/p/${slug}/draft`);
    expect(res.body).toMatch(/id="part-G1.S1"[\s\S]*<summary>Comments \(1\)<\/summary><ul class="comment-list"><li><blockquote lang="en">every first grader<\/blockquote><p>Also second graders, please.<\/p><p class="by">Luis · Parents and families<\/p><\/li><\/ul>/);
    expect(res.body).not.toContain('luis@example.org');
  });

  it('asks for the email when the district verifies it, and the mailed link confirms once', async () => {
    const { planner, planId, slug } = await districtWithPlan('Distrito Verifica');
    const window = await openComment(planId, planner);
    // Mail is not configured in tests, so the window is made to ask for a verified email here.
    await t.ctx.db.updateTable('public_comment_periods').set({ verify_email: true }).where('id', '=', window.id).execute();
    const html = (await page(`/p/${slug}/draft?lang=es`)).body;
    expect(html).toContain('<label for="email">Su correo electrónico (obligatorio)</label>');
    expect(html).toContain('le enviaremos un enlace');
    const missing = await postForm(`/p/${slug}/draft/comments?lang=es`, { body: 'Bien', submission_id: crypto.randomUUID(), form_token: agedToken(window.id) });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('<p class="problem" id="email-problem">Escriba su correo electrónico');

    const token = 'c_confirm-me-please-123';
    await t.ctx.db
      .insertInto('public_comments')
      .values({ organization_id: (await t.ctx.db.selectFrom('plans').select('organization_id').where('id', '=', planId).executeTakeFirstOrThrow()).organization_id, plan_id: planId, period_id: window.id, submission_id: crypto.randomUUID(), body: 'Hola', language: 'es', email: 'a@example.org', email_token_hash: emailTokenHash(token), status: 'unconfirmed' })
      .execute();
    const confirmed = await page(`/p/${slug}/draft/confirm?t=${token}`);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('<h1>Su comentario está confirmado</h1>');
    const again = await page(`/p/${slug}/draft/confirm?t=${token}`, { 'accept-language': 'es' });
    expect(again.statusCode).toBe(404);
    expect(again.body).toContain('<h1>Este enlace no funciona</h1>');
    const broken = await page(`/p/${slug}/draft/confirm`);
    expect(broken.statusCode).toBe(404);
    expect(broken.body).toContain('This link does not work');
  });
});
