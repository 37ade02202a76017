import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { cycleApi } from '../../testing/cycle-test-kit.js';

type Caller = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let api: ReturnType<typeof cycleApi>;
let districtId: string;
let planner: Caller;
let contributor: Caller;
let viewer: Caller;
beforeAll(async () => {
  t = await createTestApp();
  api = cycleApi(t);
  districtId = (await t.factories.organization({ name: 'Maple Valley' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  contributor = await t.factories.user({ organizationId: districtId, role: 'contributor' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
});
afterAll(() => t.close());

const louisiana = () => api.start(districtId, planner, { templateId: 'louisiana-strong-school-systems' });

describe('planners adapting their cycle', () => {
  it('renames the cycle and moves dates of a phase, a session and a deliverable, each audited', async () => {
    const cycle = await louisiana();
    const renamed = await api.call('PATCH', `/api/cycles/${cycle.id}`, planner, { version: cycle.version, name: 'Maple Valley 2026' });
    expect(renamed.body).toMatchObject({ name: 'Maple Valley 2026', version: cycle.version + 1 });
    const [phase] = cycle.phases;
    const moved = await api.call('PATCH', `/api/cycles/${cycle.id}/phases/${phase.id}`, planner, { version: phase.version, changes: { endDate: '2026-02-08' } });
    expect(moved.body).toMatchObject({ endDate: '2026-02-08', version: phase.version + 1 });
    const backwards = await api.call('PATCH', `/api/cycles/${cycle.id}/phases/${phase.id}`, planner, { version: phase.version + 1, changes: { endDate: '2025-12-01' } });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details[0].path).toBe('/endDate');
    const session = cycle.sessions[0];
    expect((await api.call('PATCH', `/api/cycles/${cycle.id}/sessions/${session.id}`, planner, { version: session.version, changes: { date: '2026-01-07' } })).body.date).toBe('2026-01-07');
    const deliverable = cycle.deliverables[0];
    expect((await api.call('PATCH', `/api/cycles/${cycle.id}/deliverables/${deliverable.id}`, planner, { version: deliverable.version, changes: { dueDate: '2026-01-16' } })).body.dueDate).toBe('2026-01-16');
    const actions = (await t.ctx.db.selectFrom('audit_events').select('action').where('organization_id', '=', districtId).execute()).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['cycle.renamed', 'cycle.phase_changed', 'cycle.session_changed', 'cycle.deliverable_changed']));
    const detail = await api.read(cycle.id, viewer);
    expect(detail.endDate).toBe(cycle.endDate);
    expect(detail.phases[0].endDate).toBe('2026-02-08');
  });

  it('adds, reorders and removes phases, steps, sessions and deliverables', async () => {
    const cycle = await louisiana();
    const added = await api.call('POST', `/api/cycles/${cycle.id}/phases`, planner, { name: 'Board adoption', startDate: '2026-06-29', endDate: '2026-07-12', guidingQuestion: 'Will the board adopt it?', position: 4 });
    expect(added.status).toBe(201);
    const phaseId = added.body.id;
    const moved = await api.call('POST', `/api/cycles/${cycle.id}/phases/${phaseId}/move`, planner, { version: added.body.version, position: 0 });
    expect(moved.status).toBe(200);
    let detail = await api.read(cycle.id, planner);
    expect(detail.phases.map((p: { name: string }) => p.name)).toEqual(['Board adoption', ...cycle.phases.map((p: { name: string }) => p.name)]);
    expect(detail.phases.map((p: { position: number }) => p.position)).toEqual([0, 1, 2, 3, 4]);

    const step = await api.call('POST', `/api/cycles/${cycle.id}/steps`, planner, { phaseId, text: 'Present the plan to the board', linksTo: 'plan.lifecycle' });
    const session = await api.call('POST', `/api/cycles/${cycle.id}/sessions`, planner, { phaseId, name: 'Board vote', format: 'board_meeting', date: '2026-07-09', audience: 'board' });
    const deliverable = await api.call('POST', `/api/cycles/${cycle.id}/deliverables`, planner, { phaseId, name: 'Board resolution', dueDate: '2026-07-12', letter: 'N', ownerId: contributor.id });
    expect([step.status, session.status, deliverable.status]).toEqual([201, 201, 201]);
    expect(deliverable.body).toMatchObject({ letter: 'N', status: 'not_started', ownerId: contributor.id, position: 0 });

    // Deliverable A moves to the new phase, ahead of the resolution.
    const a = detail.deliverables.find((d: { letter: string }) => d.letter === 'A');
    const movedA = await api.call('POST', `/api/cycles/${cycle.id}/deliverables/${a.id}/move`, planner, { version: a.version, phaseId, position: 0 });
    expect(movedA.status).toBe(200);
    detail = await api.read(cycle.id, planner);
    expect(detail.deliverables.filter((d: { phaseId: string }) => d.phaseId === phaseId).map((d: { letter: string }) => d.letter)).toEqual(['A', 'N']);
    expect(detail.deliverables.filter((d: { phaseId: string }) => d.phaseId === a.phaseId).map((d: { position: number }) => d.position)).toEqual([0, 1, 2]);

    const removedStep = await api.call('DELETE', `/api/cycles/${cycle.id}/steps/${step.body.id}`, planner);
    expect(removedStep.body).toEqual({ removed: step.body.id, removedWithIt: null });
    const removedPhase = await api.call('DELETE', `/api/cycles/${cycle.id}/phases/${phaseId}`, planner);
    expect(removedPhase.body.removedWithIt).toEqual({ steps: 0, sessions: 1, deliverables: 2 });
    detail = await api.read(cycle.id, planner);
    expect(detail.phases).toHaveLength(4);
    expect(detail.phases.map((p: { position: number }) => p.position)).toEqual([0, 1, 2, 3]);
    expect(detail.deliverables.map((d: { letter: string }) => d.letter).join('')).toBe('BCDEFGHIJKLM');
  });

  it('refuses fields a kind does not have and a phase of another cycle', async () => {
    const cycle = await louisiana();
    const other = await louisiana();
    const wrong = await api.call('POST', `/api/cycles/${cycle.id}/steps`, planner, { phaseId: other.phases[0].id, text: 'x' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].path).toBe('/phaseId');
    const extra = await api.call('PATCH', `/api/cycles/${cycle.id}/steps/${cycle.steps[0].id}`, planner, { version: 1, changes: { colour: 'red' } });
    expect(extra.status).toBe(400);
    const notOurs = await api.call('PATCH', `/api/cycles/${cycle.id}/steps/${other.steps[0].id}`, planner, { version: 1, changes: { isDone: true } });
    expect(notOurs.status).toBe(404);
  });

  it('answers a stale edit with 409 and the current row', async () => {
    const cycle = await louisiana();
    const step = cycle.steps[0];
    const url = `/api/cycles/${cycle.id}/steps/${step.id}`;
    expect((await api.call('PATCH', url, planner, { version: step.version, changes: { isDone: true } })).status).toBe(200);
    const stale = await api.call('PATCH', url, planner, { version: step.version, changes: { text: 'Lost edit' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'conflict', current: { isDone: true, version: step.version + 1 } });
    const staleCycle = await api.call('PATCH', `/api/cycles/${cycle.id}`, planner, { version: cycle.version + 5, name: 'x' });
    expect(staleCycle.status).toBe(409);
  });
});

describe('who may edit', () => {
  it('refuses viewers every write (403)', async () => {
    const cycle = await louisiana();
    const d = cycle.deliverables[0];
    expect((await api.call('PATCH', `/api/cycles/${cycle.id}`, viewer, { version: 1, name: 'x' })).status).toBe(403);
    expect((await api.call('PATCH', `/api/cycles/${cycle.id}/deliverables/${d.id}`, viewer, { version: d.version, changes: { documentText: 'x' } })).status).toBe(403);
    expect((await api.call('POST', `/api/cycles/${cycle.id}/deliverables/${d.id}/status`, viewer, { version: d.version, status: 'in_progress' })).status).toBe(403);
    expect((await api.call('DELETE', `/api/cycles/${cycle.id}/steps/${cycle.steps[0].id}`, viewer)).status).toBe(403);
  });

  it('lets a contributor update only the deliverables they own, and only their document and status', async () => {
    const cycle = await louisiana();
    const [mine, theirs] = cycle.deliverables;
    const assigned = await api.call('PATCH', `/api/cycles/${cycle.id}/deliverables/${mine.id}`, planner, { version: mine.version, changes: { ownerId: contributor.id } });
    const notOwned = await api.call('PATCH', `/api/cycles/${cycle.id}/deliverables/${theirs.id}`, contributor, { version: theirs.version, changes: { documentText: 'x' } });
    expect(notOwned.status).toBe(403);
    expect((await api.call('POST', `/api/cycles/${cycle.id}/deliverables/${theirs.id}/status`, contributor, { version: theirs.version, status: 'in_progress' })).status).toBe(403);
    const document = await api.call('PATCH', `/api/cycles/${cycle.id}/deliverables/${mine.id}`, contributor, { version: assigned.body.version, changes: { documentText: 'Norms adopted on 12 January' } });
    expect(document.status).toBe(200);
    const dueDate = await api.call('PATCH', `/api/cycles/${cycle.id}/deliverables/${mine.id}`, contributor, { version: document.body.version, changes: { dueDate: '2026-03-01' } });
    expect(dueDate.status).toBe(403);
    expect(dueDate.body.error.details[0].path).toBe('/changes/dueDate');
    expect((await api.call('POST', `/api/cycles/${cycle.id}/deliverables/${mine.id}/status`, contributor, { version: document.body.version, status: 'in_progress' })).status).toBe(200);
    expect((await api.call('POST', `/api/cycles/${cycle.id}/steps`, contributor, { phaseId: cycle.phases[0].id, text: 'x' })).status).toBe(403);
  });
});
