import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { importAdoptedPlan } from '../../testing/adopted-plan.js';
import { everyFieldPlan } from '../../../core/plan/format/fixtures/every-field-plan.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planId: string;
let planner: Person;
let contributor: Person;
let viewer: Person;
let outsider: Person;
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Lakeshore' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  contributor = await t.factories.user({ organizationId: districtId, role: 'contributor', name: 'Cam Contributor' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  outsider = await t.factories.user({ organizationId: (await t.factories.organization()).id, role: 'administrator' });
  const document = { ...structuredClone(everyFieldPlan), plan: { ...structuredClone(everyFieldPlan.plan), status: 'draft' as const } };
  delete document.plan.adopted;
  planId = await importAdoptedPlan(t, { districtId, headers: planner.auth, document, adoptedOn: '2026-06-10' });
});
afterAll(() => t.close());

const post = (path: string, payload: object, person: Person = planner) => t.app.inject({ method: 'POST', url: `/api/plans/${planId}${path}`, headers: person.auth, payload });
const patch = (path: string, payload: object, person: Person = planner) => t.app.inject({ method: 'PATCH', url: `/api/plans/${planId}${path}`, headers: person.auth, payload });
const overview = async (query = '', person: Person = viewer) => json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/improvement${query}`, headers: person.auth }));
const detailPaths = (res: { json(): unknown }) => (res.json() as { error: { details: { path: string }[] } }).error.details.map((d) => d.path).sort();
const auditOf = async (entityId: string) => (await t.ctx.db.selectFrom('audit_events').select('action').where('entity_id', '=', entityId).orderBy('id').execute()).map((r) => r.action);

describe('PDSA cycles', () => {
  it('start on a strategy or an action of the plan with a change idea, a prediction and a measure', async () => {
    const onStrategy = await post('/pdsa-cycles', { elementKey: 'P1.I1', changeIdea: 'Coaching cycles every two weeks', prediction: 'Half the teachers use the routine by May', measure: 'Walkthrough counts' });
    expect(onStrategy.statusCode).toBe(201);
    expect(json(onStrategy)).toMatchObject({ elementKey: 'P1.I1', elementKind: 'strategy', number: 1, stage: 'plan', previousCycleId: null, nextCycleId: null, decision: null, version: 1 });
    const onAction = await post('/pdsa-cycles', { elementKey: 'P1.I1.T2', changeIdea: 'Shorter institute days', startedOn: '2026-07-01' }, contributor);
    expect(onAction.statusCode).toBe(201);
    expect(json(onAction)).toMatchObject({ elementKind: 'action', prediction: '', startedOn: '2026-07-01' });
    expect(await auditOf(json(onStrategy).id)).toEqual(['pdsa.started']);
  });

  it('refuse what is not a strategy or action, missing fields, and readers', async () => {
    expect(json(await post('/pdsa-cycles', { elementKey: 'P1.V1', changeIdea: 'x' })).error.details).toEqual([{ path: '/elementKey', message: 'is not a strategy or action of this plan', code: 'not_in_this_plan' }]);
    expect(detailPaths(await post('/pdsa-cycles', { elementKey: 'P1.I1', changeIdea: ' ', startedOn: '2026-02-30' }))).toEqual(['/changeIdea', '/startedOn']);
    expect((await post('/pdsa-cycles', { elementKey: 'P1.I1', changeIdea: 'x' }, viewer)).statusCode).toBe(403);
    expect((await post('/pdsa-cycles', { elementKey: 'P1.I1', changeIdea: 'x' }, outsider)).statusCode).toBe(404);
  });

  it('record do, study and act; a decision dates itself; a stale version is 409 with the current cycle', async () => {
    const cycle = json(await post('/pdsa-cycles', { elementKey: 'P1.I2', changeIdea: 'Reading nights at the library' }));
    const done = await patch(`/pdsa-cycles/${cycle.id}`, { version: 1, stage: 'study', whatHappened: 'Three nights, 40 families', studyFindings: 'Fewer families than predicted' });
    expect(json(done)).toMatchObject({ stage: 'study', whatHappened: 'Three nights, 40 families', version: 2 });
    const stale = await patch(`/pdsa-cycles/${cycle.id}`, { version: 1, decision: 'adopt' });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.current).toMatchObject({ version: 2, stage: 'study' });
    const decided = json(await patch(`/pdsa-cycles/${cycle.id}`, { version: 2, decision: 'abandon', decisionNotes: 'Try schools instead' }));
    expect(decided).toMatchObject({ stage: 'act', decision: 'abandon', decidedOn: today(), version: 3 });
    expect(detailPaths(await patch(`/pdsa-cycles/${cycle.id}`, { version: 3, decision: 'maybe', stage: 'later' }))).toEqual(['/decision', '/stage']);
    expect(await auditOf(cycle.id)).toEqual(['pdsa.started', 'pdsa.changed', 'pdsa.decided']);
    // An abandoned change ends its line.
    expect((await post(`/pdsa-cycles/${cycle.id}/next`, {})).statusCode).toBe(409);
  });

  it('lead to a next cycle that copies the change idea and links back, once', async () => {
    const first = json(await post('/pdsa-cycles', { elementKey: 'P1.I1.T1', changeIdea: 'Peer observation', measure: 'Observation logs' }));
    const early = await post(`/pdsa-cycles/${first.id}/next`, {});
    expect(early.statusCode).toBe(409);
    await patch(`/pdsa-cycles/${first.id}`, { version: 1, decision: 'adapt', decidedOn: '2026-10-01' });
    const next = await post(`/pdsa-cycles/${first.id}/next`, {}, contributor);
    expect(next.statusCode).toBe(201);
    expect(json(next)).toMatchObject({ elementKey: 'P1.I1.T1', number: 2, previousCycleId: first.id, changeIdea: 'Peer observation', measure: 'Observation logs', prediction: '', stage: 'plan', decision: null });
    const again = await post(`/pdsa-cycles/${first.id}/next`, {});
    expect(again.statusCode).toBe(409);
    expect(json(again).error).toMatchObject({ code: 'already_exists', current: { id: json(next).id } });
    const history = await overview('?strategyKey=P1.I1');
    expect(history.strategies.map((s: { key: string }) => s.key)).toEqual(['P1.I1']);
    expect(history.strategies[0].actions.map((a: { key: string }) => a.key)).toEqual(['P1.I1.T1', 'P1.I1.T2', 'P1.I1.T3']);
    const keys = new Set(history.pdsaCycles.map((c: { elementKey: string }) => c.elementKey));
    expect(keys).toEqual(new Set(['P1.I1', 'P1.I1.T1', 'P1.I1.T2']));
    expect(history.pdsaCycles.find((c: { id: string }) => c.id === first.id)).toMatchObject({ nextCycleId: json(next).id, decidedOn: '2026-10-01' });
  });

  it('are removed by whoever manages monitoring; the next cycle stays', async () => {
    const first = json(await post('/pdsa-cycles', { elementKey: 'P1.I2', changeIdea: 'Family texts' }));
    await patch(`/pdsa-cycles/${first.id}`, { version: 1, decision: 'adopt' });
    const next = json(await post(`/pdsa-cycles/${first.id}/next`, {}));
    const remove = (person: Person) => t.app.inject({ method: 'DELETE', url: `/api/plans/${planId}/pdsa-cycles/${first.id}`, headers: person.auth });
    expect((await remove(contributor)).statusCode).toBe(403);
    expect((await remove(planner)).statusCode).toBe(204);
    expect((await remove(planner)).statusCode).toBe(404);
    const all = await overview();
    expect(all.pdsaCycles.find((c: { id: string }) => c.id === next.id)).toMatchObject({ previousCycleId: null, number: 2 });
  });
});

describe('Data Wise trackers', () => {
  it('start on a strategy with eight steps in prepare, inquire and act', async () => {
    const res = await post('/data-wise', { strategyKey: 'P1.I1', title: 'Grade 3 small-group reading', team: 'Literacy coaches' }, contributor);
    expect(res.statusCode).toBe(201);
    const tracker = json(res);
    // Who started it is told, so the screen offers changes only to them and to monitoring managers.
    expect(tracker.createdById).toBe(contributor.id);
    expect(tracker.steps.map((s: { number: number; stage: string }) => `${s.number}${s.stage[0]}`)).toEqual(['1p', '2p', '3i', '4i', '5i', '6a', '7a', '8a']);
    expect(tracker.steps[0]).toEqual({ number: 1, stage: 'prepare', name: 'Organize for collaborative work', status: 'not_started', notes: '', doneOn: null, version: 1 });
    expect(json(await post('/data-wise', { strategyKey: 'P1.I1.T1', title: 'x' })).error.details).toEqual([{ path: '/strategyKey', message: 'is not a strategy of this plan', code: 'not_in_this_plan' }]);
    expect(detailPaths(await post('/data-wise', { strategyKey: 'P1.I1', title: '' }))).toEqual(['/title']);
    expect((await post('/data-wise', { strategyKey: 'P1.I1', title: 'x' }, viewer)).statusCode).toBe(403);
  });

  it('record each step: status, notes, the date done; stale versions are 409', async () => {
    const tracker = json(await post('/data-wise', { strategyKey: 'P1.I2', title: 'Family engagement data' }));
    const step = (n: number, body: object, person: Person = planner) => patch(`/data-wise/${tracker.id}/steps/${n}`, body, person);
    const started = json(await step(1, { version: 1, status: 'in_progress', notes: 'Team norms drafted' }));
    expect(started.steps[0]).toMatchObject({ status: 'in_progress', notes: 'Team norms drafted', doneOn: null, version: 2 });
    const done = json(await step(1, { version: 2, status: 'done' }));
    expect(done.steps[0]).toMatchObject({ status: 'done', doneOn: today(), version: 3 });
    expect(json(await step(2, { version: 1, status: 'done', doneOn: '2026-09-15' })).steps[1]).toMatchObject({ doneOn: '2026-09-15' });
    expect(json(await step(3, { version: 1, status: 'in_progress', doneOn: '2026-09-15' })).error.details).toEqual([{ path: '/doneOn', message: 'can be given only for a step that is done', code: 'only_when_done' }]);
    const stale = await step(1, { version: 2, notes: 'late' });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.current.steps[0].version).toBe(3);
    expect((await step(9, { version: 1, status: 'done' })).statusCode).toBe(400);
    expect(json(await step(1, { version: 3, status: 'in_progress' })).steps[0]).toMatchObject({ status: 'in_progress', doneOn: null });
    const renamed = await patch(`/data-wise/${tracker.id}`, { version: 1, title: 'Family engagement', team: 'Principals' });
    expect(json(renamed)).toMatchObject({ title: 'Family engagement', team: 'Principals', version: 2 });
    expect((await patch(`/data-wise/${tracker.id}`, { version: 1, title: 'Old' })).statusCode).toBe(409);
    expect(await auditOf(tracker.id)).toEqual(['data_wise.started', 'data_wise.step_changed', 'data_wise.step_changed', 'data_wise.step_changed', 'data_wise.step_changed', 'data_wise.changed']);
    const all = await overview('?strategyKey=P1.I2');
    expect(all.dataWiseTrackers.map((d: { id: string }) => d.id)).toEqual([tracker.id]);
  });

  it('are changed only by their creator or someone who manages monitoring', async () => {
    const planners = json(await post('/data-wise', { strategyKey: 'P1.I1', title: "The planner's tracker" }));
    const forbidden = await patch(`/data-wise/${planners.id}/steps/1`, { version: 1, status: 'done' }, contributor);
    expect(forbidden.statusCode).toBe(403);
    expect((await patch(`/data-wise/${planners.id}`, { version: 1, title: 'Taken over' }, contributor)).statusCode).toBe(403);
    expect((await overview()).dataWiseTrackers.find((d: { id: string }) => d.id === planners.id)).toMatchObject({ title: "The planner's tracker", version: 1 });
    const own = json(await post('/data-wise', { strategyKey: 'P1.I1', title: 'Mine' }, contributor));
    expect((await patch(`/data-wise/${own.id}/steps/1`, { version: 1, status: 'in_progress' }, contributor)).statusCode).toBe(200);
    expect(json(await patch(`/data-wise/${own.id}`, { version: 1, team: 'Grade 3' }, contributor))).toMatchObject({ team: 'Grade 3' });
    expect((await patch(`/data-wise/${own.id}/steps/2`, { version: 1, status: 'done' }, planner)).statusCode).toBe(200);
    expect(detailPaths(await patch(`/data-wise/${own.id}/steps/3`, { version: 1, status: 'finished' }, contributor))).toEqual(['/status']);
  });

  it('are not reachable from another district and are removed by managers', async () => {
    const tracker = json(await post('/data-wise', { strategyKey: 'P1.I1', title: 'Private' }));
    expect((await patch(`/data-wise/${tracker.id}/steps/1`, { version: 1, status: 'done' }, outsider)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/improvement`, headers: outsider.auth })).statusCode).toBe(404);
    const remove = (person: Person) => t.app.inject({ method: 'DELETE', url: `/api/plans/${planId}/data-wise/${tracker.id}`, headers: person.auth });
    expect((await remove(contributor)).statusCode).toBe(403);
    expect((await remove(planner)).statusCode).toBe(204);
    expect(await t.ctx.db.selectFrom('data_wise_steps').select('step').where('tracker_id', '=', tracker.id).execute()).toEqual([]);
  });
});
