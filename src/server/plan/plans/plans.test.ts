import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, signInAs, type TestApp } from '../../testing/test-app.js';
import { TEST_PASSWORD } from '../../testing/factories.js';
import { hasSharedSpec, invalidSpecExamples, missingSharedSpec, readSpecExample } from '../../testing/shared-spec.js';
import { everyFieldPlan } from '../../../core/plan/format/fixtures/every-field-plan.js';

let t: TestApp;
let districtId: string;
let planner: Awaited<ReturnType<TestApp['factories']['user']>>;
let viewer: Awaited<ReturnType<TestApp['factories']['user']>>;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Riverbend Unified' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
});
afterAll(() => t.close());

if (!hasSharedSpec) console.warn(`Skipping plan tests on the published examples: ${missingSharedSpec}.`);

async function importDocument(document: unknown, headers: Record<string, string> = planner.auth) {
  return t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/plans/import`, headers, payload: document as object });
}
async function exportDocument(planId: string, headers: Record<string, string> = planner.auth) {
  return json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/export`, headers }));
}
const planCount = async () => (await t.ctx.db.selectFrom('plans').select('id').execute()).length;

describe('import and export', () => {
  it('round-trips a plan using every field, messy values included', async () => {
    const res = await importDocument(everyFieldPlan);
    expect(res.statusCode).toBe(201);
    expect(await exportDocument(json(res).id)).toEqual(everyFieldPlan);
  });

  it.skipIf(!hasSharedSpec)('round-trips the published example exactly', async () => {
    const example = readSpecExample('riverbend-2026-2031.json');
    const res = await importDocument(example);
    expect(res.statusCode).toBe(201);
    expect(await exportDocument(json(res).id)).toEqual(example);
  });

  it.skipIf(!hasSharedSpec)('refuses every published invalid document with 400, its problems and their paths, storing nothing', async () => {
    const before = await planCount();
    for (const { file, document } of invalidSpecExamples()) {
      const res = await importDocument(document);
      expect(res.statusCode, file).toBe(400);
      const { error } = json(res);
      expect(error.code, file).toBe('invalid_plan');
      expect(error.details.length, file).toBeGreaterThan(0);
      for (const detail of error.details) expect(detail.path, file).toMatch(/^(\/[^/]+)*$/);
    }
    expect(await planCount()).toBe(before);
  });

  it('names the exact path of a bad unit, a duplicate key and a dangling parent', async () => {
    const res = await importDocument({
      format: 'strategic-plan/v1',
      organization: { name: 'X', kind: 'district' },
      plan: {
        title: 'T',
        goals: [
          { key: 'G1', title: 'g', measures: [{ key: 'G1.M1', name: 'm', unit: 'furlongs' }] },
          { key: 'G1', title: 'again' },
          { key: 'I1', kind: 'interim_goal', parent: 'G9', title: 'i' },
        ],
      },
    });
    const paths = json(res).error.details.map((d: { path: string }) => d.path);
    expect(paths).toContain('/plan/goals/0/measures/0/unit');
    // Schema problems are reported first; fix them and the key rules speak.
    const keys = await importDocument({ format: 'strategic-plan/v1', organization: { name: 'X', kind: 'district' }, plan: { title: 'T', goals: [{ key: 'G1', title: 'a' }, { key: 'G1', title: 'b' }, { key: 'I1', kind: 'interim_goal', parent: 'G9', title: 'i' }] } });
    expect(json(keys).error.details.map((d: { path: string }) => d.path)).toEqual(['/plan/goals/1/key', '/plan/goals/2/parent']);
  });

  it('refuses a document over 5 MB with invalid_plan', async () => {
    const big = structuredClone(everyFieldPlan);
    big.plan.extensions = { padding: 'x'.repeat(5 * 1024 * 1024) };
    const res = await importDocument(big);
    expect(res.statusCode).toBe(400);
    expect(json(res).error.code).toBe('invalid_plan');
  });

  it('works with a session and CSRF token as well as an API token', async () => {
    const session = await signInAs(t.app, planner.email, TEST_PASSWORD);
    const res = await importDocument(everyFieldPlan, session.headers);
    expect(res.statusCode).toBe(201);
  });

  it('lets viewers read and export but not import', async () => {
    const { id } = json(await importDocument(everyFieldPlan));
    expect((await t.app.inject({ method: 'GET', url: `/api/plans/${id}/export`, headers: viewer.auth })).statusCode).toBe(200);
    expect((await importDocument(everyFieldPlan, viewer.auth)).statusCode).toBe(403);
  });

  it('downloads the document under the plan title, whatever its letters', async () => {
    const document = structuredClone(everyFieldPlan);
    document.plan.title = 'Kőszeg: Plan 2030 / «draft»';
    const { id } = json(await importDocument(document));
    const res = await t.app.inject({ method: 'GET', url: `/api/plans/${id}/export?download=1`, headers: viewer.auth });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''K%C5%91szeg");
  });

  it('lists the district plans with ids', async () => {
    const { plans } = json(await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/plans`, headers: viewer.auth }));
    expect(plans.length).toBeGreaterThan(0);
    expect(plans[0]).toMatchObject({ id: expect.any(String), title: expect.any(String), lifecycle: expect.any(String) });
    const districts = json(await t.app.inject({ method: 'GET', url: '/api/districts', headers: viewer.auth })).districts;
    expect(districts[0]).toMatchObject({ id: districtId, slug: 'riverbend-unified' });
  });

  it('freezes the adopted version of an imported adopted plan', async () => {
    const adopted = { ...structuredClone(everyFieldPlan), plan: { ...structuredClone(everyFieldPlan.plan), status: 'adopted' as const } };
    const { id } = json(await importDocument(adopted));
    const detail = json(await t.app.inject({ method: 'GET', url: `/api/plans/${id}`, headers: viewer.auth }));
    expect(detail).toMatchObject({ lifecycle: 'adopted', adoptedVersion: 1, isEditable: false });
  });
});

describe('re-import matched by key', () => {
  it('previews what would change, stores nothing, then applies it when confirmed', async () => {
    const { id } = json(await importDocument(everyFieldPlan));
    const detailBefore = json(await t.app.inject({ method: 'GET', url: `/api/plans/${id}`, headers: planner.auth }));
    const goalId = detailBefore.elements.find((e: { key: string }) => e.key === 'P1').id;
    const edited = structuredClone(everyFieldPlan);
    edited.plan.goals[0]!.title = 'Early literacy for every child';
    edited.plan.goals[0]!.strategies![0]!.actions!.pop();
    edited.plan.goals.push({ key: 'P3', title: 'Talent', measures: [{ key: 'P3.M1', name: 'Teacher retention', unit: 'percent' }] });
    const url = `/api/plans/${id}/import`;

    const preview = json(await t.app.inject({ method: 'PUT', url, headers: planner.auth, payload: edited }));
    expect(preview).toMatchObject({
      applied: false,
      added: [{ key: 'P3' }, { key: 'P3.M1' }],
      removed: [{ key: 'P1.I1.T3' }],
      changed: [{ key: 'P1', changes: ['title'] }],
    });
    expect(await exportDocument(id)).toEqual(everyFieldPlan);

    const applied = json(await t.app.inject({ method: 'PUT', url: `${url}?confirm=true`, headers: planner.auth, payload: edited }));
    expect(applied.applied).toBe(true);
    expect(await exportDocument(id)).toEqual(edited);
    const detailAfter = json(await t.app.inject({ method: 'GET', url: `/api/plans/${id}`, headers: planner.auth }));
    expect(detailAfter.elements.find((e: { key: string }) => e.key === 'P1').id).toBe(goalId);
  });

  it('leaves status and adoption to the lifecycle', async () => {
    const { id } = json(await importDocument(everyFieldPlan));
    const claimsAdoption = { ...structuredClone(everyFieldPlan), plan: { ...structuredClone(everyFieldPlan.plan), status: 'adopted' as const } };
    const preview = json(await t.app.inject({ method: 'PUT', url: `/api/plans/${id}/import`, headers: planner.auth, payload: claimsAdoption }));
    expect(preview.header).toEqual([]);
    await t.app.inject({ method: 'PUT', url: `/api/plans/${id}/import?confirm=true`, headers: planner.auth, payload: claimsAdoption });
    expect((await exportDocument(id)).plan.status).toBe('public_comment');
    expect(json(await t.app.inject({ method: 'GET', url: `/api/plans/${id}`, headers: planner.auth })).lifecycle).toBe('public_comment');
  });

  it('refuses an invalid document without touching the plan', async () => {
    const { id } = json(await importDocument(everyFieldPlan));
    const res = await t.app.inject({ method: 'PUT', url: `/api/plans/${id}/import?confirm=true`, headers: planner.auth, payload: { format: 'nope' } });
    expect(res.statusCode).toBe(400);
    expect(await exportDocument(id)).toEqual(everyFieldPlan);
  });
});
