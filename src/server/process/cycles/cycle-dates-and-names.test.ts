import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { cycleApi } from '../../testing/cycle-test-kit.js';

type Caller = Awaited<ReturnType<TestApp['factories']['user']>>;
type Dated = { id: string; phaseId: string; date?: string; dueDate?: string };
let t: TestApp;
let api: ReturnType<typeof cycleApi>;
let districtId: string;
let planner: Caller;
let contributor: Caller;
let viewer: Caller;
beforeAll(async () => {
  t = await createTestApp();
  api = cycleApi(t);
  districtId = (await t.factories.organization({ name: 'Cedar Falls' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner', name: 'Paula Planner' });
  contributor = await t.factories.user({ organizationId: districtId, role: 'contributor', name: 'Carlos Contributor' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
});
afterAll(() => t.close());

const louisiana = () => api.start(districtId, planner, { templateId: 'louisiana-strong-school-systems' });
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const datesOf = (rows: Dated[], phaseIds: string[]) => rows.filter((row) => phaseIds.includes(row.phaseId)).map((row) => row.date ?? row.dueDate);

describe('moving a phase with what follows', () => {
  it('moves the later phases and the sessions and deliverables inside them by the same days, audited', async () => {
    const cycle = await louisiana();
    const [first, second, ...rest] = cycle.phases;
    const laterIds = [second.id, ...rest.map((p: { id: string }) => p.id)];
    const res = await api.call('PATCH', `/api/cycles/${cycle.id}/phases/${second.id}`, planner, {
      version: second.version,
      changes: { startDate: addDays(second.startDate, 14), endDate: addDays(second.endDate, 14) },
      shiftFollowing: true,
    });
    expect(res.status).toBe(200);
    const after = await api.read(cycle.id, viewer);
    expect(after.phases[0]).toMatchObject({ startDate: first.startDate, endDate: first.endDate, version: first.version });
    for (const [index, phase] of cycle.phases.entries()) {
      if (index === 0) continue;
      expect(after.phases[index]).toMatchObject({ startDate: addDays(phase.startDate, 14), endDate: addDays(phase.endDate, 14) });
    }
    expect(datesOf(after.sessions, laterIds)).toEqual(datesOf(cycle.sessions, laterIds).map((d) => addDays(d!, 14)));
    expect(datesOf(after.deliverables, laterIds)).toEqual(datesOf(cycle.deliverables, laterIds).map((d) => addDays(d!, 14)));
    expect(datesOf(after.sessions, [first.id])).toEqual(datesOf(cycle.sessions, [first.id]));
    expect(datesOf(after.deliverables, [first.id])).toEqual(datesOf(cycle.deliverables, [first.id]));
    expect(after.endDate).toBe(addDays(cycle.endDate, 14));
    // Carried rows get a new version, so a stale edit of one of them is refused.
    const carried = cycle.deliverables.find((d: Dated) => d.phaseId === rest[0].id);
    const stale = await api.call('PATCH', `/api/cycles/${cycle.id}/deliverables/${carried.id}`, planner, { version: carried.version, changes: { name: 'x' } });
    expect(stale.status).toBe(409);
    const audit = await t.ctx.db.selectFrom('audit_events').select(['action', 'after']).where('entity_id', '=', second.id).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['cycle.phase_changed', 'cycle.dates_shifted']));
    const history = await api.call('GET', `/api/cycles/${cycle.id}/deliverables/${carried.id}/history`, viewer);
    expect(history.body.events.at(-1)).toMatchObject({ kind: 'edited', changes: { before: { dueDate: carried.dueDate }, after: { dueDate: addDays(carried.dueDate, 14) } } });
  });

  it('lengthening only the end moves what follows but not the phase’s own contents', async () => {
    const cycle = await louisiana();
    const [first, second] = cycle.phases;
    const res = await api.call('PATCH', `/api/cycles/${cycle.id}/phases/${first.id}`, planner, { version: first.version, changes: { endDate: addDays(first.endDate, 7) }, shiftFollowing: true });
    expect(res.status).toBe(200);
    const after = await api.read(cycle.id, planner);
    expect(after.phases[1]).toMatchObject({ startDate: addDays(second.startDate, 7), endDate: addDays(second.endDate, 7) });
    expect(datesOf(after.deliverables, [first.id])).toEqual(datesOf(cycle.deliverables, [first.id]));
    expect(datesOf(after.sessions, [second.id])).toEqual(datesOf(cycle.sessions, [second.id]).map((d) => addDays(d!, 7)));
  });

  it('moves nothing else without the option, and nothing at all when the edit is refused', async () => {
    const cycle = await louisiana();
    const [first] = cycle.phases;
    await api.call('PATCH', `/api/cycles/${cycle.id}/phases/${first.id}`, planner, { version: first.version, changes: { endDate: addDays(first.endDate, 7) } });
    let after = await api.read(cycle.id, planner);
    expect(after.phases.slice(1)).toEqual(cycle.phases.slice(1));
    const refused = await api.call('PATCH', `/api/cycles/${cycle.id}/phases/${first.id}`, planner, { version: first.version + 1, changes: { endDate: '2020-01-01' }, shiftFollowing: true });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0].path).toBe('/endDate');
    after = await api.read(cycle.id, planner);
    expect(after.phases.slice(1)).toEqual(cycle.phases.slice(1));
    expect(after.sessions).toEqual(cycle.sessions);
    const wrongKind = await api.call('PATCH', `/api/cycles/${cycle.id}/steps/${cycle.steps[0].id}`, planner, { version: 1, changes: { isDone: true }, shiftFollowing: true });
    expect(wrongKind.status).toBe(400);
  });
});

describe('names for every reader', () => {
  it('gives owner, reviewer and readiness names to a viewer, keeping the ids', async () => {
    const cycle = await louisiana();
    const d = cycle.deliverables[0];
    await api.call('PATCH', `/api/cycles/${cycle.id}/deliverables/${d.id}`, planner, { version: d.version, changes: { ownerId: contributor.id, reviewerId: planner.id } });
    const item = cycle.readiness[0];
    await api.call('PATCH', `/api/cycles/${cycle.id}/readiness/${item.id}`, planner, { version: item.version, state: 'checked' });
    const seen = await api.read(cycle.id, viewer);
    expect(seen.deliverables[0]).toMatchObject({ ownerId: contributor.id, ownerName: 'Carlos Contributor', reviewerId: planner.id, reviewerName: 'Paula Planner' });
    expect(seen.deliverables[1]).toMatchObject({ ownerId: null, ownerName: null, reviewerName: null });
    expect(seen.readiness[0]).toMatchObject({ decidedBy: planner.id, decidedByName: 'Paula Planner' });
    expect(seen.readiness[1].decidedByName).toBeNull();
  });
});

describe('linking a cycle to the plan it produces', () => {
  it('links a plan of the district, refuses one from elsewhere, and unlinks', async () => {
    const cycle = await louisiana();
    const plan = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/plans`, headers: planner.auth, payload: { title: 'Cedar Falls 2026-2031' } });
    const planId = plan.json().id as string;
    const linked = await api.call('PATCH', `/api/cycles/${cycle.id}`, planner, { version: cycle.version, planId });
    expect(linked.status).toBe(200);
    expect(linked.body.plan).toEqual({ id: planId, title: 'Cedar Falls 2026-2031' });
    expect(linked.body.name).toBe(cycle.name);
    expect((await api.read(cycle.id, viewer)).plan.id).toBe(planId);

    const elsewhere = (await t.factories.organization()).id;
    const stranger = await t.factories.user({ organizationId: elsewhere, role: 'planner' });
    const theirs = (await t.app.inject({ method: 'POST', url: `/api/districts/${elsewhere}/plans`, headers: stranger.auth, payload: { title: 'Not yours' } })).json().id;
    const refused = await api.call('PATCH', `/api/cycles/${cycle.id}`, planner, { version: linked.body.version, planId: theirs });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0].path).toBe('/planId');
    expect(JSON.stringify(refused.body)).not.toContain('Not yours');

    const unlinked = await api.call('PATCH', `/api/cycles/${cycle.id}`, planner, { version: linked.body.version, planId: null });
    expect(unlinked.body.plan).toBeNull();
    const audit = await t.ctx.db.selectFrom('audit_events').select(['action', 'after']).where('entity_id', '=', cycle.id).where('action', '=', 'cycle.changed').execute();
    expect(audit).toHaveLength(2);
    const empty = await api.call('PATCH', `/api/cycles/${cycle.id}`, planner, { version: unlinked.body.version });
    expect(empty.status).toBe(400);
    expect((await api.call('PATCH', `/api/cycles/${cycle.id}`, contributor, { version: unlinked.body.version, planId })).status).toBe(403);
  });
});
