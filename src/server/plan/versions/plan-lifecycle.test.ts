import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { everyFieldPlan } from '../../../core/plan/format/fixtures/every-field-plan.js';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';

let t: TestApp;
let districtId: string;
type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let planner: Person;
let administrator: Person;
let contributor: Person;
let viewer: Person;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Maple Grove Public Schools' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner', name: 'Priya Planner' });
  administrator = await t.factories.user({ organizationId: districtId, role: 'administrator' });
  contributor = await t.factories.user({ organizationId: districtId, role: 'contributor' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
});
afterAll(() => t.close());

/** The every-field plan as a fresh draft: no status, no adoption. */
function draftDocument(): PlanDocument {
  const document = structuredClone(everyFieldPlan);
  document.plan.status = 'draft';
  delete document.plan.adopted;
  return document;
}

async function importPlan(document: PlanDocument = draftDocument()): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/plans/import`, headers: planner.auth, payload: document });
  expect(res.statusCode).toBe(201);
  return json(res).id;
}
const get = async (url: string, headers = viewer.auth) => t.app.inject({ method: 'GET', url, headers });
const detail = async (planId: string) => json(await get(`/api/plans/${planId}`));
const exportOf = async (planId: string) => json(await get(`/api/plans/${planId}/export`));
async function transition(planId: string, body: Record<string, unknown>, headers = planner.auth) {
  const version = body.version ?? (await detail(planId)).version;
  return t.app.inject({ method: 'POST', url: `/api/plans/${planId}/transitions`, headers, payload: { ...body, version } });
}
async function reimport(planId: string, document: PlanDocument) {
  const res = await t.app.inject({ method: 'PUT', url: `/api/plans/${planId}/import?confirm=true`, headers: planner.auth, payload: document });
  expect(res.statusCode).toBe(200);
}
const auditActions = async (planId: string) =>
  (await t.ctx.db.selectFrom('audit_events').select('action').where('entity_id', '=', planId).orderBy('created_at').orderBy('id').execute()).map((r) => r.action);

const adoption = { date: '2026-06-10', body: 'Board of Education', resolution: 'R-26-014', vote: '5-0' };

describe('the plan lifecycle', () => {
  it('goes draft -> public comment -> adopted -> amending -> adopted, freezing a version at each step', async () => {
    const planId = await importPlan();

    const commented = await transition(planId, { to: 'public_comment' });
    expect(commented.statusCode).toBe(200);
    expect(json(commented)).toMatchObject({ lifecycle: 'public_comment', isEditable: true, adoptedVersion: null, header: { plan: { status: 'public_comment' } } });

    const adopted = json(await transition(planId, { to: 'adopted', adoption }));
    expect(adopted).toMatchObject({ lifecycle: 'adopted', isEditable: false, adoptedVersion: 3, header: { plan: { status: 'adopted', adopted: adoption } } });
    const adoptedDocument = await exportOf(planId);
    expect(adoptedDocument.plan).toMatchObject({ status: 'adopted', adopted: adoption });
    expect(json(await get(`/api/plans/${planId}/adopted`))).toEqual(adoptedDocument);

    const amending = json(await transition(planId, { to: 'amending' }));
    expect(amending).toMatchObject({ lifecycle: 'amending', isEditable: true, adoptedVersion: 3 });
    expect(amending.header.plan.status).toBe('draft');
    expect(amending.header.plan.adopted).toBeUndefined();

    // The amendment changes the working copy; the adopted plan stays what the board adopted.
    const amended = await exportOf(planId);
    amended.plan.goals[0].title = 'Early literacy for every child';
    amended.plan.mission = 'We prepare every learner to thrive, with their families.';
    await reimport(planId, amended);
    expect(json(await get(`/api/plans/${planId}/adopted`))).toEqual(adoptedDocument);
    expect(json(await get(`/api/plans/${planId}/versions/3`)).document).toEqual(adoptedDocument);
    const pending = json(await get(`/api/plans/${planId}/compare?from=3&to=current`));
    expect(pending.changed).toEqual([expect.objectContaining({ key: 'P1', kind: 'goal', title: 'Early literacy for every child', changes: [expect.objectContaining({ field: 'title', before: 'Early literacy', after: 'Early literacy for every child' })] })]);
    expect(pending.plan.map((c: { field: string }) => c.field)).toEqual(['adopted', 'mission', 'status']);

    const second = { date: '2027-06-15', body: 'Board of Education' };
    const readopted = json(await transition(planId, { to: 'adopted', adoption: second }));
    expect(readopted).toMatchObject({ lifecycle: 'adopted', adoptedVersion: 5, header: { plan: { status: 'adopted', adopted: second } } });
    const newlyAdopted = json(await get(`/api/plans/${planId}/adopted`));
    expect(newlyAdopted.plan).toMatchObject({ status: 'adopted', adopted: second, mission: amended.plan.mission });
    expect(newlyAdopted.plan.goals[0].title).toBe('Early literacy for every child');

    const compared = json(await get(`/api/plans/${planId}/compare?from=3&to=5`));
    expect(compared).toMatchObject({ isSame: false, added: [], removed: [], moved: [], changed: [{ key: 'P1' }] });
    const mission = compared.plan.find((c: { field: string }) => c.field === 'mission');
    const textOf = (ops: string[]) => mission.textDiff.filter((part: { op: string }) => ops.includes(part.op)).map((part: { text: string }) => part.text).join('');
    expect(textOf(['equal', 'insert'])).toBe(amended.plan.mission);
    expect(textOf(['equal', 'delete'])).toBe(adoptedDocument.plan.mission);
    expect(json(await get(`/api/plans/${planId}/compare?from=5&to=current`)).isSame).toBe(true);

    const { versions } = json(await get(`/api/plans/${planId}/versions`));
    expect(versions.map((v: { number: number; lifecycle: string; label: string }) => [v.number, v.lifecycle, v.label])).toEqual([
      [5, 'adopted', 'Amendment adopted 2027-06-15'],
      [4, 'amending', 'Amendment started'],
      [3, 'adopted', 'Adopted 2026-06-10'],
      [2, 'public_comment', 'Out for public comment'],
      [1, 'draft', 'Imported'],
    ]);
    expect(versions[0]).toMatchObject({ adoption: second, createdBy: 'Priya Planner', createdAt: expect.any(String) });
    expect(versions[1].adoption).toBeNull();
    const frozen = json(await get(`/api/plans/${planId}/versions/2`));
    expect(frozen).toMatchObject({ number: 2, lifecycle: 'public_comment', label: 'Out for public comment', adoption: null, createdAt: expect.any(String) });
    expect(frozen.document.plan.status).toBe('public_comment');
    expect(frozen.document.plan.goals[0].title).toBe('Early literacy');

    expect((await auditActions(planId)).filter((a) => a === 'plan.transitioned')).toHaveLength(4);
    const audit = await t.ctx.db.selectFrom('audit_events').selectAll().where('entity_id', '=', planId).where('action', '=', 'plan.transitioned').orderBy('created_at').orderBy('id').execute();
    expect(audit[1]).toMatchObject({ actor_user_id: planner.id, before: { lifecycle: 'public_comment', adoptedVersion: null }, after: { lifecycle: 'adopted', adoptedVersion: 3, frozenVersion: 3, adoption } });
  });

  it('lets an amendment go out for public comment and back to drafting, and archives an adopted plan', async () => {
    const planId = await importPlan();
    await transition(planId, { to: 'adopted', adoption: { date: '2026-01-20' } });
    await transition(planId, { to: 'amending' });
    expect(json(await transition(planId, { to: 'public_comment' })).lifecycle).toBe('public_comment');
    const back = await transition(planId, { to: 'draft' });
    expect(back.statusCode).toBe(409);
    expect(json(back).error.message).toMatch(/public comment to draft.*amending/);
    expect(json(await transition(planId, { to: 'amending' })).lifecycle).toBe('amending');
    const [latest] = json(await get(`/api/plans/${planId}/versions`)).versions;
    expect(latest.label).toBe('Amendment back to drafting');
    await transition(planId, { to: 'adopted', adoption: { date: '2026-09-01' } });
    const archived = json(await transition(planId, { to: 'archived' }));
    expect(archived).toMatchObject({ lifecycle: 'archived', isEditable: false, header: { plan: { status: 'archived' } } });
    // The last adoption stays readable after the plan is archived.
    expect(json(await get(`/api/plans/${planId}/adopted`)).plan.adopted).toEqual({ date: '2026-09-01' });
  });

  it('discards an amendment: the working copy is the adopted version again, element ids kept', async () => {
    const planId = await importPlan();
    await transition(planId, { to: 'adopted', adoption });
    const adoptedDocument = json(await get(`/api/plans/${planId}/adopted`));
    const goalId = (await detail(planId)).elements.find((e: { key: string }) => e.key === 'P1').id;
    await transition(planId, { to: 'amending' });
    const amended = await exportOf(planId);
    amended.plan.goals[0].title = 'Changed';
    amended.plan.goals.push({ key: 'P9', title: 'A new goal' });
    amended.plan.goals[1]!.strategies = [];
    await reimport(planId, amended);

    const discarded = await transition(planId, { to: 'adopted', discard: true });
    expect(discarded.statusCode).toBe(200);
    expect(json(discarded)).toMatchObject({ lifecycle: 'adopted', adoptedVersion: 2 });
    expect(await exportOf(planId)).toEqual(adoptedDocument);
    expect((await detail(planId)).elements.find((e: { key: string }) => e.key === 'P1').id).toBe(goalId);
    const [latest] = json(await get(`/api/plans/${planId}/versions`)).versions;
    expect(latest).toMatchObject({ number: 4, lifecycle: 'adopted', label: 'Amendment discarded; back to version 2', adoption: null });
    expect(await auditActions(planId)).toContain('plan.amendment_discarded');

    const again = await transition(planId, { to: 'adopted', discard: true });
    expect(again.statusCode).toBe(409);
    expect(json(again).error.message).toMatch(/Only an amendment can be discarded/);
  });

  it('refuses a stale version with 409 and the plan as it is now', async () => {
    const planId = await importPlan();
    const { version } = await detail(planId);
    expect((await transition(planId, { to: 'public_comment', version })).statusCode).toBe(200);
    const stale = await transition(planId, { to: 'draft', version });
    expect(stale.statusCode).toBe(409);
    const { error } = json(stale);
    expect(error.code).toBe('conflict');
    expect(error.current).toMatchObject({ id: planId, lifecycle: 'public_comment', version: version + 1 });
    expect(error.current.elements.length).toBeGreaterThan(0);
    expect(json(await get(`/api/plans/${planId}/versions`)).versions).toHaveLength(2);
  });

  it('refuses a move the lifecycle does not allow with 409 naming both states, freezing nothing', async () => {
    const planId = await importPlan();
    const res = await transition(planId, { to: 'amending' });
    expect(res.statusCode).toBe(409);
    expect(json(res).error).toMatchObject({ code: 'conflict', from: 'draft', to: 'amending', allowed: ['public_comment', 'adopted', 'archived'] });
    expect(json(res).error.message).toMatch(/from draft to amending/);
    await transition(planId, { to: 'archived' });
    const fromArchived = await transition(planId, { to: 'draft' });
    expect(fromArchived.statusCode).toBe(409);
    expect(json(fromArchived).error.message).toMatch(/from archived to draft/);
    expect(json(await get(`/api/plans/${planId}/versions`)).versions).toHaveLength(2);
  });

  it('asks for the adoption date to adopt, and for nothing else', async () => {
    const planId = await importPlan();
    const missing = await transition(planId, { to: 'adopted' });
    expect(missing.statusCode).toBe(400);
    expect(json(missing).error.details).toEqual([{ path: '/adoption/date', message: 'is required to adopt a plan', code: 'required' }]);
    const badDate = await transition(planId, { to: 'adopted', adoption: { date: '2026-02-30' } });
    expect(badDate.statusCode).toBe(400);
    expect(json(badDate).error.details[0].path).toBe('/adoption/date');
    const misplaced = await transition(planId, { to: 'public_comment', adoption });
    expect(json(misplaced).error.details[0].path).toBe('/adoption');
    expect(json(await get(`/api/plans/${planId}/versions`)).versions).toHaveLength(1);
  });

  it('lets administrators and planners transition, and not contributors or viewers', async () => {
    const planId = await importPlan();
    for (const person of [viewer, contributor]) {
      const res = await transition(planId, { to: 'adopted', adoption, version: 1 }, person.auth);
      expect(res.statusCode).toBe(403);
    }
    expect((await transition(planId, { to: 'adopted', adoption }, administrator.auth)).statusCode).toBe(200);
  });
});

describe('versions', () => {
  it('answers 404 for a version or adopted plan that does not exist', async () => {
    const planId = await importPlan();
    expect((await get(`/api/plans/${planId}/versions/9`)).statusCode).toBe(404);
    const adopted = await get(`/api/plans/${planId}/adopted`);
    expect(adopted.statusCode).toBe(404);
    expect(json(adopted).error.code).toBe('not_found');
  });

  it('freezes the adopted version of an adopted import, which /adopted returns', async () => {
    const document = draftDocument();
    document.plan.status = 'adopted';
    document.plan.adopted = adoption;
    const planId = await importPlan(document);
    expect(json(await get(`/api/plans/${planId}/adopted`))).toEqual(document);
  });

  it('refuses a comparison without two versions, or with one that does not exist', async () => {
    const planId = await importPlan();
    const missing = await get(`/api/plans/${planId}/compare?from=1`);
    expect(missing.statusCode).toBe(400);
    expect(json(missing).error.details[0].path).toBe('query/to');
    expect((await get(`/api/plans/${planId}/compare?from=1&to=latest`)).statusCode).toBe(400);
    expect((await get(`/api/plans/${planId}/compare?from=1&to=7`)).statusCode).toBe(404);
    expect(json(await get(`/api/plans/${planId}/compare?from=1&to=1`)).isSame).toBe(true);
  });

  it('has no route that changes a version', () => {
    const writes = t.app.apiRoutes.filter((r) => r.url.includes('/versions') && r.method !== 'GET');
    expect(writes).toEqual([]);
  });
});
