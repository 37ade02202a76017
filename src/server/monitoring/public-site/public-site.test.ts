import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { cedarPlan, importAdoptedPlan } from '../../testing/monitoring-test-kit.js';

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);

let t: TestApp;
let districtId: string;
let slug: string;
let planId: string;
let planner: Awaited<ReturnType<TestApp['factories']['user']>>;
let viewer: Awaited<ReturnType<TestApp['factories']['user']>>;

beforeAll(async () => {
  t = await createTestApp();
  const district = await t.factories.organization({ name: 'Cedar Falls' });
  districtId = district.id;
  slug = district.slug;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  planId = await importAdoptedPlan(t, districtId, planner);
  // 2021-22 for G1.M1: all students and four groups that make up the total; Pacific Islander is under 10.
  const rows = [
    { measure_key: 'G1.M1', period: '2021-22', value: 47, n: 400 },
    { measure_key: 'G1.M1', period: '2021-22', subgroup: 'English learners', value: 31, n: 120 },
    { measure_key: 'G1.M1', period: '2021-22', subgroup: 'Pacific Islander', value: 12.5, n: 8 },
    { measure_key: 'G1.M1', period: '2021-22', subgroup: 'Students with disabilities', value: 22, n: 40 },
    { measure_key: 'G1.M1', period: '2021-22', subgroup: 'Other students', value: 55.1, n: 232 },
  ];
  // "Other students" is the district's own group: added to its list first, as results must name a listed group.
  const added = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/student-groups`, headers: planner.auth, payload: { category: 'other', name: 'Other students' } });
  expect(added.statusCode, added.body).toBe(201);
  const posted = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/actuals`, headers: planner.auth, payload: rows });
  expect(posted.statusCode).toBe(200);
});
afterAll(() => t.close());

const publish = (body: Record<string, unknown>, headers = planner.auth) => t.app.inject({ method: 'PUT', url: `/api/districts/${districtId}/public-site`, headers, payload: body });
const publicPlan = (lang = 'en') => t.app.inject({ method: 'GET', url: `/api/public/districts/${slug}/plan?lang=${lang}` });

describe('the public site', () => {
  it('answers nothing until the district publishes an adopted plan, then only what it chose', async () => {
    expect((await publicPlan()).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/p/${slug}` })).statusCode).toBe(404);
    expect((await publish({ planId, isPublished: true, hiddenKeys: [], version: 0 }, viewer.auth)).statusCode).toBe(403);
    const saved = await publish({ planId, isPublished: true, hiddenKeys: ['G1.M2'], version: 0 });
    expect(saved.statusCode).toBe(200);
    expect(json(saved)).toMatchObject({ planId, isPublished: true, hiddenKeys: ['G1.M2'], slug, version: 1 });
    expect((await publish({ planId, isPublished: true, hiddenKeys: [], version: 0 })).statusCode).toBe(409);

    const body = json(await publicPlan());
    expect(body.district).toEqual({ name: 'Cedar Falls', slug });
    expect(body.goals.map((g: { key: string }) => g.key)).toEqual(['G1', 'G2']);
    expect(body.goals[0].measures.map((m: { key: string }) => m.key)).toEqual(['G1.M1']);
    const audit = await t.ctx.db.selectFrom('audit_events').select('action').where('organization_id', '=', districtId).where('action', '=', 'public_site.saved').execute();
    expect(audit).toHaveLength(1);
  });

  it('hides a small group, and nothing of another category, and never sends n', async () => {
    const response = await publicPlan();
    expect(response.body).not.toMatch(/"n":/);
    const measure = json(response).goals[0].measures[0];
    const actualOf = (subgroup: string | null) => measure.series.find((s: { subgroup: string | null }) => s.subgroup === subgroup).actuals[0];
    expect(actualOf(null)).toMatchObject({ periodLabel: '2021-22', value: 47, isHidden: false, hiddenBecause: null });
    // Posted as "Pacific Islander", another name on the district's list: kept under the list's name.
    expect(actualOf('Native Hawaiian or Other Pacific Islander')).toMatchObject({ value: null, isHidden: true, hiddenBecause: 'small_group', range: null });
    // Race and ethnicity, English learners and disability are different breakdowns: with the
    // other races unpublished, no subtraction gives Pacific Islander away.
    expect(actualOf('Students with disabilities')).toMatchObject({ value: 22, isHidden: false });
    expect(actualOf('English learners')).toMatchObject({ value: 31, isHidden: false });
    expect(response.body).not.toContain('12.5');
    expect(measure).toMatchObject({ status: expect.any(String), latest: { periodLabel: '2021-22', value: 47, isHidden: false } });

    const page = await t.app.inject({ method: 'GET', url: `/p/${slug}/goals/G1` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('Grade 3 reading proficiency');
    expect(page.body).toContain('47%');
    expect(page.body).not.toContain('12.5');
    expect(page.body).toContain('Hidden to protect student privacy');
  });

  it('reads in Spanish where the district translated, and says so where it did not', async () => {
    const spanishBefore = json(await publicPlan('es'));
    expect(spanishBefore.goals[0].title).toEqual({ text: 'Every child reads', language: 'en', isTranslated: false });
    const texts = json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/public-texts`, headers: viewer.auth }));
    expect(texts.texts.find((x: { subjectKey: string; field: string }) => x.subjectKey === 'G1' && x.field === 'title')).toMatchObject({ original: 'Every child reads', translations: { es: null } });

    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/plans/${planId}/public-texts`,
      headers: planner.auth,
      payload: { translations: [{ subject: 'element', subjectKey: 'G1', field: 'title', locale: 'es', text: 'Cada niño lee' }] },
    });
    expect(saved.statusCode).toBe(200);
    const spanish = json(await publicPlan('es'));
    expect(spanish.language).toBe('es');
    expect(spanish.goals[0].title).toEqual({ text: 'Cada niño lee', language: 'es', isTranslated: true });
    const page = await t.app.inject({ method: 'GET', url: `/p/${slug}?lang=es` });
    expect(page.body).toContain('<html lang="es">');
    expect(page.body).toContain('¿Cómo vamos?');
    expect(page.body).toContain('Cada niño lee');
    expect(page.body).toContain('<span lang="en">Budget stays balanced</span>');
    expect(page.body).toContain('todavía no están disponibles en español');

    const bad = await t.app.inject({ method: 'PUT', url: `/api/plans/${planId}/public-texts`, headers: planner.auth, payload: { translations: [{ subject: 'element', subjectKey: 'G1', field: 'title', locale: 'fr', text: 'x' }] } });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.details[0].path).toBe('/translations/0/locale');
  });

  it('keeps showing the adopted plan while an amendment is drafted', async () => {
    const detail = json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: planner.auth }));
    const amending = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/transitions`, headers: planner.auth, payload: { to: 'amending', version: detail.version } });
    expect(amending.statusCode).toBe(200);
    const goal = await t.ctx.db.selectFrom('plan_elements').select(['id', 'version']).where('plan_id', '=', planId).where('key', '=', 'G1').where('deleted_at', 'is', null).executeTakeFirstOrThrow();
    const edited = await t.app.inject({ method: 'PATCH', url: `/api/plans/${planId}/elements/${goal.id}`, headers: planner.auth, payload: { version: goal.version, fields: { title: 'Every child reads and writes (draft)' } } });
    expect(edited.statusCode).toBe(200);

    const team = json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/scorecard`, headers: viewer.auth }));
    expect(team.goals[0].title).toBe('Every child reads and writes (draft)');
    const body = json(await publicPlan());
    expect(body.goals[0].title.text).toBe('Every child reads');
    expect(body.goals[0].measures[0].latest).toMatchObject({ periodLabel: '2021-22', value: 47, isHidden: false });
    expect((await t.app.inject({ method: 'GET', url: `/p/${slug}` })).body).not.toContain('(draft)');
  });

  it('offers a widget the district’s own site may frame, and withdraws everything when unpublished', async () => {
    const widget = await t.app.inject({ method: 'GET', url: `/p/${slug}/widget` });
    expect(widget.statusCode).toBe(200);
    expect(widget.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(widget.body).toContain(`/p/${slug}/goals/G1`);
    const current = json(await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/public-site`, headers: viewer.auth }));
    expect((await publish({ planId, isPublished: false, hiddenKeys: [], version: current.version })).statusCode).toBe(200);
    expect((await publicPlan()).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/p/${slug}/widget` })).statusCode).toBe(404);
  });

  it('refuses to publish a draft, naming the field', async () => {
    const other = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/plans`, headers: planner.auth, payload: { title: 'Next plan' } });
    const draftId = json(other).id;
    const current = json(await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/public-site`, headers: viewer.auth }));
    const refused = await publish({ planId: draftId, isPublished: true, hiddenKeys: [], version: current.version });
    expect(refused.statusCode).toBe(400);
    expect(json(refused).error.details[0]).toEqual({ path: '/isPublished', message: 'only an adopted plan can be published', code: 'not_adopted' });
  });
});

describe('the public site protects student privacy', () => {
  let other: { slug: string };
  const plan = (lang = 'en') => t.app.inject({ method: 'GET', url: `/api/public/districts/${other.slug}/plan?lang=${lang}` });
  const measureOf = (body: { goals: { measures: { key: string }[] }[] }, key: string) => body.goals.flatMap((g) => g.measures).find((m) => m.key === key) as Record<string, any>;
  const actualOf = (measure: Record<string, any>, subgroup: string | null, period: string) =>
    measure.series.find((s: { subgroup: string | null }) => s.subgroup === subgroup).actuals.find((a: { periodLabel: string }) => a.periodLabel === period);

  beforeAll(async () => {
    const district = await t.factories.organization({ name: 'Maple Grove' });
    other = district;
    const owner = await t.factories.user({ organizationId: district.id, role: 'planner' });
    const otherPlanId = await importAdoptedPlan(t, district.id, owner);
    const rows = [
      // The issue's first example: one small English learners group beside 1,180 students.
      { measure_key: 'G1.M1', period: '2022-23', value: 61.2, n: 1180 },
      { measure_key: 'G1.M1', period: '2022-23', subgroup: 'EL', value: 40, n: 8 },
      // The issue's second example: Female would be (100 x 50.56 - 95 x 51.57) / 5 = 31.37.
      { measure_key: 'G1.M2', period: '2021-22', value: 50.56, n: 100 },
      { measure_key: 'G1.M2', period: '2021-22', subgroup: 'Male', value: 51.57, n: 95 },
      { measure_key: 'G1.M2', period: '2021-22', subgroup: 'Female', value: 31.37, n: 5 },
      // 150 students at 96.5%: published as "95% or more".
      { measure_key: 'G1.M2', period: '2022-23', value: 96.5, n: 150 },
      // A whole measure about 6 students: hidden, and said so.
      { measure_key: 'G2.M1', period: '2022-23', value: 3, n: 6 },
    ];
    const posted = await t.app.inject({ method: 'POST', url: `/api/plans/${otherPlanId}/actuals`, headers: owner.auth, payload: rows });
    expect(posted.statusCode, posted.body).toBe(200);
    const saved = await t.app.inject({ method: 'PUT', url: `/api/districts/${district.id}/public-site`, headers: owner.auth, payload: { planId: otherPlanId, isPublished: true, hiddenKeys: [], version: 0 } });
    expect(saved.statusCode, saved.body).toBe(200);
  });

  it('keeps all students shown beside one small English learners group', async () => {
    const response = await plan();
    const measure = measureOf(json(response), 'G1.M1');
    expect(measure.latest).toEqual({ periodLabel: '2022-23', value: 61.2, isHidden: false, hiddenBecause: null, range: null });
    expect(measure.status).not.toBeNull();
    // Posted as "EL", kept as the measure writes that group.
    expect(actualOf(measure, 'English learners', '2022-23')).toMatchObject({ value: null, isHidden: true, hiddenBecause: 'small_group' });
    const page = (await t.app.inject({ method: 'GET', url: `/p/${other.slug}/goals/G1` })).body;
    expect(page).toContain('61.2%');
    expect(page).toContain('Hidden to protect student privacy');
  });

  it('decides the all-students baseline by the same rule as the results: a baseline of unknown n stays', async () => {
    const measure = measureOf(json(await plan()), 'G1.M1');
    expect(measure.series.find((s: { subgroup: string | null }) => s.subgroup === null).baseline).toMatchObject({ periodLabel: '2019-20', value: 40 });
  });

  it('does not let Female be worked out from all students and Male', async () => {
    const response = await plan();
    expect(response.body).not.toMatch(/"n":/);
    expect(response.body).not.toContain('31.37');
    const measure = measureOf(json(response), 'G1.M2');
    expect(actualOf(measure, null, '2021-22')).toMatchObject({ value: 50.56, isHidden: false });
    expect(actualOf(measure, 'Female', '2021-22')).toMatchObject({ value: null, isHidden: true, hiddenBecause: 'small_group' });
    expect(actualOf(measure, 'Male', '2021-22')).toMatchObject({ value: null, isHidden: true, hiddenBecause: 'complement' });
    const page = (await t.app.inject({ method: 'GET', url: `/p/${other.slug}/goals/G1` })).body;
    expect(page).not.toContain('31.37');
    expect(page).not.toContain('51.57');
    expect(page).toContain('50.56%');
  });

  it('publishes a value near 100% of a small group as a range, in English and Spanish', async () => {
    const measure = measureOf(json(await plan()), 'G1.M2');
    expect(measure.latest).toEqual({ periodLabel: '2022-23', value: null, isHidden: true, hiddenBecause: 'top_coded', range: { min: 95, max: 100 } });
    expect(measure.status).toBeNull();
    expect(JSON.stringify(measure)).not.toContain('96.5');
    const english = (await t.app.inject({ method: 'GET', url: `/p/${other.slug}/goals/G1` })).body;
    expect(english).toContain('95% or more (2022-23)');
    const spanish = (await t.app.inject({ method: 'GET', url: `/p/${other.slug}/goals/G1?lang=es` })).body;
    expect(spanish).toContain('95% o más (2022-23)');
    expect(spanish).toContain('Oculto para proteger la privacidad de los estudiantes');
  });

  it('says a hidden latest result is hidden for privacy, never that there is no result yet', async () => {
    const measure = measureOf(json(await plan()), 'G2.M1');
    expect(measure.latest).toEqual({ periodLabel: '2022-23', value: null, isHidden: true, hiddenBecause: 'small_group', range: null });
    const english = (await t.app.inject({ method: 'GET', url: `/p/${other.slug}/goals/G2` })).body;
    expect(english).toContain('Hidden to protect student privacy (2022-23)');
    expect(english).not.toContain('No result yet');
    const spanish = (await t.app.inject({ method: 'GET', url: `/p/${other.slug}/goals/G2?lang=es` })).body;
    expect(spanish).toContain('Oculto para proteger la privacidad de los estudiantes (2022-23)');
    expect(spanish).not.toContain('Todavía sin resultado');
  });
});

describe('what shaped each goal, on the public site', () => {
  const id = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
  const survey = { text: 'Family survey: 62% find reading help at home hard to find (n = 310)', link: { kind: 'survey_result', survey_id: id, question_key: 'reading_help' } };
  const comment = { text: '“Tutoring should start in kindergarten” (parent), public comment on G1.S1', link: { kind: 'public_comment', plan_id: id, comment_id: id } };
  let shaped: { id: string; slug: string };
  let owner: Awaited<ReturnType<TestApp['factories']['user']>>;
  let shapedPlanId: string;
  const plan = (lang = 'en') => t.app.inject({ method: 'GET', url: `/api/public/districts/${shaped.slug}/plan?lang=${lang}` });
  const goalPage = (key: string, lang = 'en') => t.app.inject({ method: 'GET', url: `/p/${shaped.slug}/goals/${key}${lang === 'en' ? '' : `?lang=${lang}`}` });

  beforeAll(async () => {
    shaped = await t.factories.organization({ name: 'Birch Valley' });
    owner = await t.factories.user({ organizationId: shaped.id, role: 'planner' });
    const document = structuredClone(cedarPlan);
    const goal = document.plan.goals[0]!;
    goal.extensions = { waymark_evidence: [survey, { text: 'Data retreat 2020: grade 3 reading flat for four years', url: 'https://example.org/retreat.pdf' }] };
    goal.measures![0]!.extensions = { waymark_evidence: [survey] };
    goal.measures![1]!.extensions = { waymark_evidence: [{ text: 'Attendance audit, kept off the public page' }] };
    goal.strategies![0]!.extensions = { waymark_evidence: [comment] };
    shapedPlanId = await importAdoptedPlan(t, shaped.id, owner, document);
    const saved = await t.app.inject({ method: 'PUT', url: `/api/districts/${shaped.id}/public-site`, headers: owner.auth, payload: { planId: shapedPlanId, isPublished: true, hiddenKeys: ['G1.M2'], version: 0 } });
    expect(saved.statusCode, saved.body).toBe(200);
  });

  it('lists the goal’s, its measures’ and strategies’ citations once each, in words only, leaving out a hidden measure’s', async () => {
    const response = await plan();
    const [g1, g2] = json(response).goals;
    expect(g1.shapedBy).toEqual([
      { elementKey: 'G1', about: null, text: { text: survey.text, language: 'en', isTranslated: true } },
      { elementKey: 'G1', about: null, text: { text: 'Data retreat 2020: grade 3 reading flat for four years', language: 'en', isTranslated: true } },
      { elementKey: 'G1.S1', about: { text: 'High-dosage tutoring', language: 'en', isTranslated: true }, text: { text: comment.text, language: 'en', isTranslated: true } },
    ]);
    expect(g2.shapedBy).toEqual([]);
    expect(response.body).not.toContain(id);
    expect(response.body).not.toContain('retreat.pdf');
    expect(response.body).not.toContain('Attendance audit');

    const page = (await goalPage('G1')).body;
    expect(page).toContain('<h2 id="shaped-by">What shaped this goal</h2>');
    expect(page).toContain(`<li><p>${comment.text}</p><p class="about">About: High-dosage tutoring</p></li>`);
    expect(page).not.toContain(id);
    expect(page).not.toContain('<script');
    expect((await goalPage('G2')).body).not.toContain('shaped-by');
  });

  it('reads in Spanish, the district’s translation where it wrote one, else the words as cited, marked', async () => {
    const texts = json(await t.app.inject({ method: 'GET', url: `/api/plans/${shapedPlanId}/public-texts`, headers: owner.auth })).texts as Array<{ subjectKey: string; field: string; original: string }>;
    expect(texts.filter((text) => text.field.startsWith('evidence_')).map((text) => `${text.subjectKey}/${text.field}`)).toEqual(['G1/evidence_1', 'G1/evidence_2', 'G1.S1/evidence_1', 'G1.M1/evidence_1', 'G1.M2/evidence_1']);
    expect(texts.some((text) => text.subjectKey === 'G1.S1' && text.field === 'title')).toBe(true);
    const translations = [
      { subject: 'element', subjectKey: 'G1', field: 'evidence_1', locale: 'es', text: 'Encuesta a las familias: al 62 % le cuesta encontrar ayuda con la lectura en casa (n = 310)' },
      { subject: 'element', subjectKey: 'G1.S1', field: 'title', locale: 'es', text: 'Tutoría intensiva' },
    ];
    expect((await t.app.inject({ method: 'PUT', url: `/api/plans/${shapedPlanId}/public-texts`, headers: owner.auth, payload: { translations } })).statusCode).toBe(200);
    const page = (await goalPage('G1', 'es')).body;
    expect(page).toContain('<h2 id="shaped-by">Qué dio forma a esta meta</h2>');
    expect(page).toContain('<li><p>Encuesta a las familias: al 62 % le cuesta encontrar ayuda con la lectura en casa (n = 310)</p></li>');
    expect(page).toContain(`<li><p><span lang="en">${comment.text}</span></p><p class="about">Sobre: Tutoría intensiva</p></li>`);
  });

  it('keeps the adopted citations while an amendment is drafted', async () => {
    const detail = json(await t.app.inject({ method: 'GET', url: `/api/plans/${shapedPlanId}`, headers: owner.auth }));
    expect((await t.app.inject({ method: 'POST', url: `/api/plans/${shapedPlanId}/transitions`, headers: owner.auth, payload: { to: 'amending', version: detail.version } })).statusCode).toBe(200);
    const goal = await t.ctx.db.selectFrom('plan_elements').select(['id', 'version']).where('plan_id', '=', shapedPlanId).where('key', '=', 'G1').where('deleted_at', 'is', null).executeTakeFirstOrThrow();
    const edited = await t.app.inject({
      method: 'PATCH',
      url: `/api/plans/${shapedPlanId}/elements/${goal.id}`,
      headers: owner.auth,
      payload: { version: goal.version, fields: { title: 'Every child reads', extensions: { waymark_evidence: [{ text: 'A draft citation, not adopted yet' }] } } },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const body = (await plan()).body;
    expect(body).not.toContain('not adopted yet');
    expect(json(await plan()).goals[0].shapedBy.map((c: { text: { text: string } }) => c.text.text)).toContain(survey.text);
  });

  it.skipIf(!hasChromium)(`passes axe-core with its citations at desktop and phone width, in English and Spanish${hasChromium ? '' : ` (skipped: no Chromium at ${chromiumPath})`}`, async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      for (const [width, lang] of [[1280, 'en'], [375, 'en'], [360, 'es']] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.setContent((await goalPage('G1', lang)).body);
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string }> }> } }).axe;
          return (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] })).violations.map((v) => v.id);
        });
        expect(violations, `${width} ${lang}`).toEqual([]);
        // Nothing wider than the phone's screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} ${lang}`).toBeLessThanOrEqual(width);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
});
