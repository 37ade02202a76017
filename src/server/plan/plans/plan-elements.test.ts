import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let districtId: string;
let planner: Awaited<ReturnType<TestApp['factories']['user']>>;
let contributor: Awaited<ReturnType<TestApp['factories']['user']>>;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Cedar Falls' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  contributor = await t.factories.user({ organizationId: districtId, role: 'contributor' });
});
afterAll(() => t.close());

async function newPlan(title = 'Cedar Falls 2030') {
  const res = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/plans`, headers: planner.auth, payload: { title } });
  expect(res.statusCode).toBe(201);
  return json(res).id as string;
}
async function add(planId: string, body: object) {
  const res = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/elements`, headers: planner.auth, payload: body });
  return { status: res.statusCode, body: json(res) };
}
const exportOf = async (planId: string) => json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/export`, headers: planner.auth }));

describe('building a plan in the outline', () => {
  it('adds goals, measures, strategies and actions with generated keys, and exports them', async () => {
    const planId = await newPlan();
    const goal = (await add(planId, { kind: 'goal', parentId: null, fields: { title: 'Every child reads by grade 3' } })).body;
    const measure = (await add(planId, { kind: 'measure', parentId: goal.id, fields: { name: 'Grade 3 reading', unit: 'percent', direction: 'increase', baseline: { period: { label: '2024-25' }, value: 41 }, targets: [{ period: { label: '2027-28' }, value: 55 }] } })).body;
    const strategy = (await add(planId, { kind: 'strategy', parentId: goal.id, fields: { title: 'Structured literacy', owner: 'Chief Academic Officer' } })).body;
    const action = (await add(planId, { kind: 'action', parentId: strategy.id, fields: { title: 'Train K-3 teachers', owner: 'Literacy Director', due: '2026-08-15' } })).body;
    expect([goal.key, measure.key, strategy.key, action.key]).toEqual(['G1', 'G1.M1', 'G1.S1', 'G1.S1.A1']);
    const document = await exportOf(planId);
    expect(document.organization).toEqual({ name: 'Cedar Falls', kind: 'district' });
    expect(document.plan.goals[0]).toMatchObject({
      key: 'G1',
      measures: [{ key: 'G1.M1', name: 'Grade 3 reading' }],
      strategies: [{ key: 'G1.S1', actions: [{ key: 'G1.S1.A1', due: '2026-08-15' }] }],
    });
  });

  it('refuses fields the kind does not have, and elements in the wrong place', async () => {
    const planId = await newPlan();
    const bad = await add(planId, { kind: 'goal', parentId: null, fields: { title: '', colour: 'red' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['/fields/colour', '/fields/title']);
    const goal = (await add(planId, { kind: 'goal', parentId: null, fields: { title: 'G' } })).body;
    const misplaced = await add(planId, { kind: 'action', parentId: goal.id, fields: { title: 'A' } });
    expect(misplaced.status).toBe(400);
    expect(misplaced.body.error.details[0].path).toBe('/parentId');
    const interim = await add(planId, { kind: 'goal', parentId: null, fields: { title: 'I', kind: 'interim_goal', parent: 'NOPE' } });
    expect(interim.body.error.details[0].path).toBe('/fields/parent');
  });

  it('edits with optimistic locking: a stale save is 409 with the current element', async () => {
    const planId = await newPlan();
    const goal = (await add(planId, { kind: 'goal', parentId: null, fields: { title: 'First title' } })).body;
    const url = `/api/plans/${planId}/elements/${goal.id}`;
    const first = await t.app.inject({ method: 'PATCH', url, headers: planner.auth, payload: { version: goal.version, fields: { title: 'Second title' } } });
    expect(json(first)).toMatchObject({ version: goal.version + 1, fields: { title: 'Second title' } });
    const stale = await t.app.inject({ method: 'PATCH', url, headers: planner.auth, payload: { version: goal.version, fields: { title: 'Lost edit' } } });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error).toMatchObject({ code: 'conflict', current: { fields: { title: 'Second title' } } });
    const audit = await t.ctx.db.selectFrom('audit_events').selectAll().where('entity_id', '=', goal.id).where('action', '=', 'plan.element_changed').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.before).toMatchObject({ fields: { title: 'First title' } });
  });

  it('reorders and moves between parents, keeping positions dense', async () => {
    const planId = await newPlan();
    const g1 = (await add(planId, { kind: 'goal', parentId: null, fields: { title: 'One' } })).body;
    const g2 = (await add(planId, { kind: 'goal', parentId: null, fields: { title: 'Two' } })).body;
    const s1 = (await add(planId, { kind: 'strategy', parentId: g1.id, fields: { title: 'S one' } })).body;
    const s2 = (await add(planId, { kind: 'strategy', parentId: g1.id, fields: { title: 'S two' } })).body;
    const up = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/elements/${g2.id}/move`, headers: planner.auth, payload: { version: g2.version, parentId: null, position: 0 } });
    expect(up.statusCode).toBe(200);
    let document = await exportOf(planId);
    expect(document.plan.goals.map((g: { title: string }) => g.title)).toEqual(['Two', 'One']);
    await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/elements/${s1.id}/move`, headers: planner.auth, payload: { version: s1.version, parentId: g2.id, position: 0 } });
    document = await exportOf(planId);
    expect(document.plan.goals[0].strategies.map((s: { key: string }) => s.key)).toEqual([s1.key]);
    expect(document.plan.goals[1].strategies.map((s: { key: string }) => s.key)).toEqual([s2.key]);
    const rows = await t.ctx.db.selectFrom('plan_elements').select(['key', 'position']).where('plan_id', '=', planId).where('kind', '=', 'strategy').execute();
    expect(rows.every((r) => r.position === 0)).toBe(true);
    const underAction = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/elements/${g1.id}/move`, headers: planner.auth, payload: { version: g1.version, parentId: s2.id, position: 0 } });
    expect(underAction.statusCode).toBe(400);
  });

  it('deletes a subtree and brings it back with undo', async () => {
    const planId = await newPlan();
    const goal = (await add(planId, { kind: 'goal', parentId: null, fields: { title: 'Doomed' } })).body;
    await add(planId, { kind: 'measure', parentId: goal.id, fields: { name: 'm' } });
    const before = await exportOf(planId);
    const deleted = json(await t.app.inject({ method: 'DELETE', url: `/api/plans/${planId}/elements/${goal.id}`, headers: planner.auth }));
    expect(deleted.deleted.sort()).toEqual(['G1', 'G1.M1']);
    expect((await exportOf(planId)).plan.goals).toEqual([]);
    const undone = json(await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/undo-delete`, headers: planner.auth, payload: { undoToken: deleted.undoToken } }));
    expect(undone.restored.sort()).toEqual(['G1', 'G1.M1']);
    expect(await exportOf(planId)).toEqual(before);
  });

  it('changes plan-level fields, null removing one, with 409 on a stale version', async () => {
    const planId = await newPlan();
    const url = `/api/plans/${planId}`;
    const detail = json(await t.app.inject({ method: 'GET', url, headers: planner.auth }));
    const res = await t.app.inject({ method: 'PATCH', url, headers: planner.auth, payload: { version: detail.version, changes: { mission: 'Every learner thrives.', values: [{ name: 'Equity' }] } } });
    expect(json(res).header.plan).toMatchObject({ mission: 'Every learner thrives.', values: [{ name: 'Equity' }] });
    const removed = await t.app.inject({ method: 'PATCH', url, headers: planner.auth, payload: { version: detail.version + 1, changes: { mission: null } } });
    expect(json(removed).header.plan.mission).toBeUndefined();
    const stale = await t.app.inject({ method: 'PATCH', url, headers: planner.auth, payload: { version: detail.version, changes: { vision: 'x' } } });
    expect(stale.statusCode).toBe(409);
    const bad = await t.app.inject({ method: 'PATCH', url, headers: planner.auth, payload: { version: detail.version + 2, changes: { values: [{ nom: 'x' }] } } });
    expect(json(bad).error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['/changes/values/0/nom']));
  });

  it('keeps contributors to reading', async () => {
    const planId = await newPlan();
    expect((await t.app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: contributor.auth })).statusCode).toBe(200);
    const res = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/elements`, headers: contributor.auth, payload: { kind: 'goal', parentId: null, fields: { title: 'x' } } });
    expect(res.statusCode).toBe(403);
  });

  it('keeps the evidence an element cites, and exports it with the plan', async () => {
    const planId = await newPlan();
    const evidence = [{ text: 'Data retreat, March 2026: grade 3 reading flat for four years', url: 'https://example.org/retreat.pdf' }, { text: 'Family survey comments on homework help' }];
    const goal = await add(planId, { kind: 'goal', parentId: null, fields: { title: 'Reading', extensions: { waymark_evidence: evidence } } });
    expect(goal.status).toBe(201);
    expect((await exportOf(planId)).plan.goals[0].extensions).toEqual({ waymark_evidence: evidence });
    const bad = await add(planId, { kind: 'goal', parentId: null, fields: { title: 'x', extensions: { waymark_evidence: [{ text: '', url: 'javascript:alert(1)' }] } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['/fields/extensions/waymark_evidence/0/text', '/fields/extensions/waymark_evidence/0/url']);
  });

  it('keeps typed links to engagement evidence (a survey result, theme, quote, focus-group theme, conversation statement and theme, public comment and its theme) through export', async () => {
    const planId = await newPlan();
    const surveyId = '0b7c2a4e-3f2d-4a7e-9a51-6c1d2e3f4a5b';
    const evidence = [
      { text: 'Family survey: 62% agree reading help at home is hard to find', link: { kind: 'survey_result', survey_id: surveyId, question_key: 'reading_help' } },
      { text: 'Theme "bus times" in 140 comments', link: { kind: 'survey_theme', survey_id: surveyId, question_key: 'comments', theme_id: '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6' } },
      { text: '"My son waits an hour for the bus"', link: { kind: 'survey_quote', survey_id: surveyId, question_key: 'comments', response_id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' } },
      { text: 'Focus groups: transport raised by 4 of 6 groups', link: { kind: 'focus_group_theme', cycle_id: 'c1c2c3c4-d5d6-4e7e-8f8f-909192939495', theme_id: 'd1d2d3d4-e5e6-4f7f-8a8a-b0b1b2b3b4b5' } },
      { text: '"Buses on time" - 78% of participants agreed, across all 3 opinion groups', link: { kind: 'conversation_statement', conversation_id: 'e1e2e3e4-f5f6-4a7a-8b8b-c0c1c2c3c4c5', statement_id: 'f1f2f3f4-a5a6-4b7b-8c8c-d0d1d2d3d4d5' } },
      { text: 'Conversation theme "transport" across 12 ideas', link: { kind: 'conversation_theme', conversation_id: 'e1e2e3e4-f5f6-4a7a-8b8b-c0c1c2c3c4c5', theme_id: 'a9a8a7a6-b5b4-4c3c-8d2d-e1e0e9e8e7e6' } },
      { text: '"Add a late bus" (parent), public comment on S1.2', link: { kind: 'public_comment', plan_id: planId, comment_id: 'b1b2b3b4-c5c6-4d7d-8e8e-f0f1f2f3f4f5' } },
      { text: 'Public comment theme "late buses" across 9 comments', link: { kind: 'public_comment_theme', plan_id: planId, theme_id: 'c9c8c7c6-d5d4-4e3e-8f2f-a1a0a9a8a7a6' } },
    ];
    const goal = await add(planId, { kind: 'goal', parentId: null, fields: { title: 'Reading', extensions: { waymark_evidence: evidence } } });
    expect(goal.status).toBe(201);
    expect((await exportOf(planId)).plan.goals[0].extensions).toEqual({ waymark_evidence: evidence });
    const bad = await add(planId, { kind: 'goal', parentId: null, fields: { title: 'x', extensions: { waymark_evidence: [{ text: 'A', link: { kind: 'survey_theme', survey_id: surveyId, question_key: 'comments' } }, { text: 'B', link: { kind: 'rumour' } }, { text: 'C', link: { kind: 'public_comment', plan_id: planId, comment_id: 'not-an-id' } }] } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['/fields/extensions/waymark_evidence/0/link/theme_id', '/fields/extensions/waymark_evidence/1/link/kind', '/fields/extensions/waymark_evidence/2/link/comment_id']);
  });
});
