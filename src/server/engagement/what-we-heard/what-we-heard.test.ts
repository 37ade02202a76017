import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { commentScenario, rosa, spam, type Scenario } from '../../testing/public-comment-scenario.js';
import type { WhatWeHeard } from './what-we-heard.schema.js';

let t: TestApp;
let s: Scenario;
let themeLabel: string;
const api = (lang = 'en') => t.app.inject({ method: 'GET', url: `/api/public/districts/${s.slug}/plans/${s.planId}/heard?lang=${lang}` });
const page = (query = '') => t.app.inject({ method: 'GET', url: `/p/${s.slug}/plans/${s.planId}/heard${query}` });

beforeAll(async () => {
  t = await createTestApp();
  s = await commentScenario(t, 'Lakeside Unified');
  // The team groups the comments into themes and answers the first theme as a whole.
  const windowId = (await t.ctx.db.selectFrom('public_comment_periods').select('id').where('plan_id', '=', s.planId).executeTakeFirstOrThrow()).id;
  const base = `/api/plans/${s.planId}/public-comment/windows/${windowId}/themes`;
  await t.app.inject({ method: 'POST', url: `${base}/find`, headers: s.auth, payload: { version: 0 } });
  let themes = json(await t.app.inject({ method: 'GET', url: base, headers: s.auth }));
  for (let attempt = 0; themes.status === 'running' && attempt < 600; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    themes = json(await t.app.inject({ method: 'GET', url: base, headers: s.auth }));
  }
  expect(themes.status).toBe('done');
  const first = themes.themes[0];
  themeLabel = first.label;
  const disposed = await t.app.inject({ method: 'PUT', url: `${base}/${first.id}/disposition`, headers: s.auth, payload: { version: first.version, disposition: 'partly', note: 'Some of this is in the budget.', changed_keys: ['G1.S1'] } });
  expect(disposed.statusCode, disposed.body).toBe(200);
}, 180_000);
afterAll(() => t.close());

describe('what we heard, what we did', () => {
  it('answers 404 (data and page) while the plan is not adopted, and for another district', async () => {
    expect((await api()).statusCode).toBe(404);
    const res = await page('?lang=es');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('<html lang="es">');
    expect(res.body).toContain('Página no encontrada');
    expect((await t.app.inject({ method: 'GET', url: `/p/${s.slug}/plans/not-a-plan/heard` })).statusCode).toBe(404);
  });

  it('after adoption shows each engagement: the comment with its disposition and the word diff of the strategy, small groups hidden', async () => {
    await s.adopt();
    const res = await api();
    expect(res.statusCode, res.body).toBe(200);
    const heard = json<WhatWeHeard>(res);
    expect(heard.plan).toMatchObject({ title: 'Plan 2027-2030', adopted_on: '2027-06-15' });
    expect(heard.cycle).toEqual({ name: 'Strategic plan 2027' });
    expect(heard.engagements.map((engagement) => engagement.kind)).toEqual(['survey', 'public_comment']);

    const comment = heard.engagements.find((engagement) => engagement.kind === 'public_comment')!;
    if (comment.kind !== 'public_comment') throw new Error('no public comment');
    expect(comment.comments).toBe(9);
    const byRole = comment.representation.find((table) => table.dimension === 'role')!;
    expect(byRole.rows.find((row) => row.label === 'Student')!.people).toEqual({ suppressed: true, reason: 'small_group' });
    expect(byRole.rows.find((row) => row.label === 'Parent')!.people).toEqual({ suppressed: true, reason: 'complement' });
    const shown = comment.shown.find((item) => item.body === rosa.body)!;
    expect(shown).toMatchObject({ element_key: 'G1.S1', element: 'Strategy G1.S1: Tutoring for early readers', quote: 'three times a week', disposition: { value: 'accepted', label: 'Accepted', note: 'We added a fourth weekly session.' } });
    const change = shown.disposition!.changes[0]!;
    expect(change).toMatchObject({ key: 'G1.S1', change: 'changed' });
    const diff = change.fields.find((field) => field.field === 'description')!.text_diff!;
    expect(diff.filter((part) => part.op !== 'equal').map((part) => [part.op, part.text.trim()])).toEqual([
      ['delete', 'three'],
      ['insert', 'four'],
    ]);
    expect(comment.themes.find((theme) => theme.label === themeLabel)!.disposition).toMatchObject({ value: 'partly', note: 'Some of this is in the budget.' });

    const survey = heard.engagements[0]!;
    if (survey.kind !== 'survey') throw new Error('no survey');
    expect(survey.respondents).toBe(11);
    expect(survey.representation[0]!.rows.find((row) => row.label === 'Student')!.people).toEqual({ suppressed: true, reason: 'small_group' });
    expect(heard.goals).toEqual([
      { key: 'G1', title: 'Every child reads by grade 3', citations: [] },
      { key: 'G2', title: 'Every family feels welcome', citations: [{ element_key: 'G2', kind: 'goal', about: 'Every family feels welcome', text: 'Families asked for evening meetings (spring survey)' }] },
    ]);
    for (const secret of [rosa.name, rosa.email, spam, '@']) expect(res.body).not.toContain(secret);

    // The plan at another district's address is not there.
    const other = await t.factories.organization({ name: 'Another District' });
    const { slug } = await t.ctx.db.selectFrom('organizations').select('slug').where('id', '=', other.id).executeTakeFirstOrThrow();
    expect((await t.app.inject({ method: 'GET', url: `/api/public/districts/${slug}/plans/${s.planId}/heard` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/p/${slug}/plans/${s.planId}/heard` })).statusCode).toBe(404);
  });

  it('is a script-free page with its own policy, in English and Spanish, with the diff marked for every reader', async () => {
    const res = await page();
    expect(res.statusCode).toBe(200);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/style-src 'sha256-/);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    const html = res.body;
    expect(html).not.toMatch(/<script|onclick=|style="/);
    expect(html).toContain('<h1>What we heard, what we did</h1>');
    expect(html).toContain(`<p class="comment-body"><span lang="en" dir="auto">${rosa.body}</span></p>`);
    expect(html).toContain('<del><span class="visually-hidden" lang="en">removed: </span>three</del>');
    expect(html).toContain('<ins><span class="visually-hidden" lang="en">added: </span>four</ins>');
    expect(html).toContain('<th scope="row">Student</th><td class="num">fewer than 5</td>');
    expect(html).toContain('Families asked for evening meetings (spring survey)');
    for (const secret of [rosa.name, rosa.email, spam]) expect(html).not.toContain(secret);

    const spanish = await page('?lang=es');
    expect(spanish.body).toContain('<html lang="es">');
    expect(spanish.body).toContain('<h1>Lo que escuchamos, lo que hicimos</h1>');
    expect(spanish.body).toContain('<span class="change-kind">Aceptado</span>');
    expect(spanish.body).toContain('<td class="num">menos de 5</td>');
  });

  it('is linked from the district’s progress page, once it publishes the plan', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/p/${s.slug}/heard` })).statusCode).toBe(404);
    const { version } = JSON.parse((await t.app.inject({ method: 'GET', url: `/api/districts/${s.districtId}/public-site`, headers: s.auth })).body);
    const published = await t.app.inject({ method: 'PUT', url: `/api/districts/${s.districtId}/public-site`, headers: s.auth, payload: { planId: s.planId, isPublished: true, hiddenKeys: [], version } });
    expect(published.statusCode, published.body).toBe(200);
    const progress = await t.app.inject({ method: 'GET', url: `/p/${s.slug}?lang=es` });
    expect(progress.body).toContain(`<a href="/p/${s.slug}/heard?lang=es">Lo que escuchamos de la comunidad y lo que hicimos</a>`);
    const onward = await t.app.inject({ method: 'GET', url: `/p/${s.slug}/heard?lang=es` });
    expect(onward.statusCode).toBe(302);
    expect(onward.headers.location).toBe(`/p/${s.slug}/plans/${s.planId}/heard?lang=es`);
  });
});
