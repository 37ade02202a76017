import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { cliActor } from '../../platform/audit/actor.js';
import { assignCoachDistricts } from '../../platform/people/assign-coach-districts.js';
import { cycleApi } from '../../testing/cycle-test-kit.js';

type Caller = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let api: ReturnType<typeof cycleApi>;
let districtId: string;
let planner: Caller;
let administrator: Caller;
let contributor: Caller;
let viewer: Caller;
let coach: Caller;
let outsider: Caller;
beforeAll(async () => {
  t = await createTestApp();
  api = cycleApi(t);
  const network = await t.factories.organization({ kind: 'network' });
  districtId = (await t.factories.organization({ name: 'Cedar Falls', networkId: network.id })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  administrator = await t.factories.user({ organizationId: districtId, role: 'administrator' });
  contributor = await t.factories.user({ organizationId: districtId, role: 'contributor' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  coach = await t.factories.user({ organizationId: network.id, role: 'coach' });
  outsider = await t.factories.user();
  await assignCoachDistricts({ db: t.ctx.db, actor: cliActor, networkId: network.id, userId: coach.id, districtIds: [districtId] });
});
afterAll(() => t.close());

const start = () => api.start(districtId, planner, { templateId: 'louisiana-strong-school-systems' });

describe('deliverables', () => {
  it('needs the reviewer’s approval to complete, takes a comment with a request for changes, and keeps the history', async () => {
    const cycle = await start();
    const base = `/api/cycles/${cycle.id}/deliverables/${cycle.deliverables[0].id}`;
    let d = (await api.call('PATCH', base, planner, { version: cycle.deliverables[0].version, changes: { ownerId: contributor.id, reviewerId: coach.id } })).body;
    d = (await api.call('POST', `${base}/status`, contributor, { version: d.version, status: 'in_review' })).body;
    const early = await api.call('POST', `${base}/status`, contributor, { version: d.version, status: 'complete' });
    expect(early.status).toBe(409);
    expect(early.body.error.details[0].path).toBe('/status');
    const silent = await api.call('POST', `${base}/sign-off`, coach, { version: d.version, decision: 'request_changes' });
    expect(silent.status).toBe(400);
    expect(silent.body.error.details[0].path).toBe('/comment');
    expect((await api.call('POST', `${base}/sign-off`, administrator, { version: d.version, decision: 'approve' })).status).toBe(403);
    d = (await api.call('POST', `${base}/sign-off`, coach, { version: d.version, decision: 'request_changes', comment: 'Add how the committee decides' })).body;
    expect(d).toMatchObject({ status: 'in_progress', reviewState: 'changes_requested' });
    d = (await api.call('PATCH', base, contributor, { version: d.version, changes: { documentUrl: 'https://docs.example.org/norms-v2' } })).body;
    d = (await api.call('POST', `${base}/status`, contributor, { version: d.version, status: 'in_review' })).body;
    expect(d.reviewState).toBe('none');
    d = (await api.call('POST', `${base}/sign-off`, coach, { version: d.version, decision: 'approve', comment: 'Clear' })).body;
    d = (await api.call('POST', `${base}/status`, contributor, { version: d.version, status: 'complete' })).body;
    expect(d).toMatchObject({ status: 'complete', reviewState: 'approved' });

    const history = await api.call('GET', `${base}/history`, viewer);
    expect(history.status).toBe(200);
    expect(history.body.events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'edited', 'status_changed', 'changes_requested', 'edited', 'status_changed', 'approved', 'status_changed']);
    expect(history.body.events[1].changes).toEqual({ before: { ownerId: null, reviewerId: null }, after: { ownerId: contributor.id, reviewerId: coach.id } });
    expect(history.body.events[3]).toMatchObject({ actorUserId: coach.id, comment: 'Add how the committee decides', fromStatus: 'in_review', toStatus: 'in_progress' });
    expect(history.body.events.at(-1)).toMatchObject({ actorUserId: contributor.id, fromStatus: 'in_review', toStatus: 'complete' });
  });

  it('completes without sign-off when no reviewer is named, and a planner may sign off one', async () => {
    const cycle = await start();
    const d = cycle.deliverables[1];
    const done = await api.call('POST', `/api/cycles/${cycle.id}/deliverables/${d.id}/status`, planner, { version: d.version, status: 'complete' });
    expect(done.body.status).toBe('complete');
    const signed = await api.call('POST', `/api/cycles/${cycle.id}/deliverables/${d.id}/sign-off`, administrator, { version: done.body.version, decision: 'approve' });
    expect(signed.body.reviewState).toBe('approved');
    expect((await api.call('POST', `/api/cycles/${cycle.id}/deliverables/${d.id}/sign-off`, contributor, { version: signed.body.version, decision: 'approve' })).status).toBe(403);
  });

  it('takes owners from the district and reviewers among planners, administrators and coaches', async () => {
    const cycle = await start();
    const d = cycle.deliverables[2];
    const url = `/api/cycles/${cycle.id}/deliverables/${d.id}`;
    const strangerOwner = await api.call('PATCH', url, planner, { version: d.version, changes: { ownerId: outsider.id } });
    expect(strangerOwner.status).toBe(400);
    expect(strangerOwner.body.error.details[0].path).toBe('/ownerId');
    const viewerReviewer = await api.call('PATCH', url, planner, { version: d.version, changes: { reviewerId: viewer.id } });
    expect(viewerReviewer.body.error.details[0].path).toBe('/reviewerId');
    const ok = await api.call('PATCH', url, planner, { version: d.version, changes: { ownerId: viewer.id, reviewerId: administrator.id, documentUrl: null } });
    expect(ok.body).toMatchObject({ ownerId: viewer.id, reviewerId: administrator.id });
    const badUrl = await api.call('PATCH', url, planner, { version: ok.body.version, changes: { documentUrl: 'javascript:alert(1)' } });
    expect(badUrl.body.error.details[0].path).toBe('/changes/documentUrl');
  });

  it('lets a coach read the cycle and a deliverable’s history', async () => {
    const cycle = await start();
    expect((await api.call('GET', `/api/cycles/${cycle.id}`, coach)).status).toBe(200);
    expect((await api.call('GET', `/api/cycles/${cycle.id}/deliverables/${cycle.deliverables[0].id}/history`, coach)).status).toBe(200);
    expect((await api.call('PATCH', `/api/cycles/${cycle.id}`, coach, { version: 1, name: 'x' })).status).toBe(403);
  });
});

describe('readiness', () => {
  it('refuses a waiver without a reason, naming the field', async () => {
    const cycle = await start();
    const item = cycle.readiness[0];
    const res = await api.call('PATCH', `/api/cycles/${cycle.id}/readiness/${item.id}`, planner, { version: item.version, state: 'waived', reason: '  ' });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('/reason');
    const waived = await api.call('PATCH', `/api/cycles/${cycle.id}/readiness/${item.id}`, planner, { version: item.version, state: 'waived', reason: 'Scope set by the board in June' });
    expect(waived.body).toMatchObject({ state: 'waived', waiverReason: 'Scope set by the board in June', decidedBy: planner.id });
    const stale = await api.call('PATCH', `/api/cycles/${cycle.id}/readiness/${item.id}`, planner, { version: item.version, state: 'checked' });
    expect(stale.status).toBe(409);
  });

  it('blocks closing the first phase until every item is checked or waived, listing the open ones', async () => {
    const cycle = await start();
    const [first] = cycle.phases;
    // Its diagnostic data collection (D) is produced in the data area: a file loaded.
    await t.ctx.db.insertInto('datasets').values({ organization_id: districtId, name: 'Diagnostic data', status: 'ready' }).execute();
    for (const d of cycle.deliverables.filter((x: { phaseId: string }) => x.phaseId === first.id)) {
      const done = await api.call('POST', `/api/cycles/${cycle.id}/deliverables/${d.id}/status`, planner, { version: d.version, status: 'complete' });
      expect(done.status, JSON.stringify(done.body)).toBe(200);
    }
    const [checkedItem, ...rest] = cycle.readiness;
    await api.call('PATCH', `/api/cycles/${cycle.id}/readiness/${checkedItem.id}`, planner, { version: checkedItem.version, state: 'checked' });
    const blocked = await api.call('POST', `/api/cycles/${cycle.id}/phases/${first.id}/close`, planner, { version: first.version });
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.openItems.map((i: { id: string }) => i.id)).toEqual(rest.map((i: { id: string }) => i.id));
    for (const item of rest) await api.call('PATCH', `/api/cycles/${cycle.id}/readiness/${item.id}`, planner, { version: item.version, state: 'checked' });
    const closed = await api.call('POST', `/api/cycles/${cycle.id}/phases/${first.id}/close`, planner, { version: first.version });
    expect(closed.status).toBe(200);
    expect((await api.read(cycle.id, viewer)).currentPhase).toMatchObject({ id: cycle.phases[1].id, guidingQuestion: cycle.phases[1].guidingQuestion });
    const again = await api.call('POST', `/api/cycles/${cycle.id}/phases/${first.id}/close`, planner, { version: closed.body.version });
    expect(again.status).toBe(409);
    const reopened = await api.call('POST', `/api/cycles/${cycle.id}/phases/${first.id}/reopen`, planner, { version: closed.body.version });
    expect(reopened.body).toMatchObject({ isClosed: false, closedAt: null });
    expect((await api.read(cycle.id, viewer)).currentPhase.id).toBe(first.id);
  });

  it('blocks closing a phase whose deliverables are not complete', async () => {
    const cycle = await start();
    const second = cycle.phases[1];
    const res = await api.call('POST', `/api/cycles/${cycle.id}/phases/${second.id}/close`, planner, { version: second.version });
    expect(res.status).toBe(409);
    expect(res.body.error.openDeliverables.map((d: { letter: string }) => d.letter)).toEqual(['E', 'F']);
  });
});
