import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { cliActor } from '../../platform/audit/actor.js';
import { assignCoachDistricts } from '../../platform/people/assign-coach-districts.js';
import { cycleApi } from '../../testing/cycle-test-kit.js';
import { fillWorkAreas } from '../../testing/work-areas-kit.js';

type Caller = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let api: ReturnType<typeof cycleApi>;
let districtId: string;
let planner: Caller;
let contributor: Caller;
let coach: Caller;
beforeAll(async () => {
  t = await createTestApp();
  api = cycleApi(t);
  const network = await t.factories.organization({ kind: 'network', name: 'State cohort' });
  districtId = (await t.factories.organization({ name: 'Pine Ridge', networkId: network.id })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  contributor = await t.factories.user({ organizationId: districtId, role: 'contributor' });
  coach = await t.factories.user({ organizationId: network.id, role: 'coach' });
  await assignCoachDistricts({ db: t.ctx.db, actor: cliActor, networkId: network.id, userId: coach.id, districtIds: [districtId] });
});
afterAll(() => t.close());

const frameworks = ['cec-strategic-planning', 'koru-vision-and-strategy', 'louisiana-strong-school-systems', 'performance-fact-strategic-alignment', 'thru-community-planning'];

describe('running a whole cycle', () => {
  it.each(frameworks)('%s: readiness, every deliverable done (signed off where reviewed), every phase closed', async (templateId) => {
    let cycle = await api.start(districtId, planner, { templateId });
    expect(cycle.phases.length).toBeGreaterThan(0);
    // A deliverable produced in a work area of Waymark needs its work done first: the data loaded,
    // the retreat's charts, SWOT and analysed priorities, the community heard and its themes found,
    // Performance Fact's Instructional Focus its four pages written.
    await fillWorkAreas(t.ctx.db, districtId, cycle.id);
    const focus = {
      focus: { goal: 'Readers by grade 3', goalKey: null, statement: 'Daily small-group reading', students: 'K-3', rationale: 'Flat scores' },
      evidence: { dataFindings: ['Reading flat for four years'], whatWorks: [], vitalSigns: [] },
      strategies: { strategies: [{ name: 'Structured literacy', description: '', essaTier: '1', strategyKey: null, lookFors: [] }] },
      commitments: { commitments: [{ who: 'Teachers', commitment: 'Teach the block daily' }], support: [], checkpoints: [] },
    };
    const written = await t.app.inject({ method: 'PUT', url: `/api/cycles/${cycle.id}/instructional-focus`, headers: planner.auth, payload: { focus, version: 0 } });
    expect(written.statusCode, written.body).toBe(200);

    // Readiness first: every item checked but the last, which is waived with a reason.
    for (const [index, item] of cycle.readiness.entries()) {
      const isLast = index === cycle.readiness.length - 1;
      const res = await api.call('PATCH', `/api/cycles/${cycle.id}/readiness/${item.id}`, planner, { version: item.version, state: isLast ? 'waived' : 'checked', ...(isLast ? { reason: 'Agreed at the board retreat to proceed' } : {}) });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }

    for (const [index, deliverable] of cycle.deliverables.entries()) {
      // Every other deliverable is owned by the contributor and reviewed by the coach.
      const isReviewed = index % 2 === 0;
      let d = (await api.call('PATCH', `/api/cycles/${cycle.id}/deliverables/${deliverable.id}`, planner, {
        version: deliverable.version,
        changes: { ownerId: contributor.id, ...(isReviewed ? { reviewerId: coach.id } : {}) },
      })).body;
      d = (await api.call('PATCH', `/api/cycles/${cycle.id}/deliverables/${d.id}`, contributor, { version: d.version, changes: { documentUrl: `https://docs.example.org/${d.templateKey}` } })).body;
      const status = (to: string, who: Caller = contributor) => api.call('POST', `/api/cycles/${cycle.id}/deliverables/${d.id}/status`, who, { version: d.version, status: to });
      d = (await status('in_progress')).body;
      d = (await status('in_review')).body;
      if (isReviewed) {
        const signed = await api.call('POST', `/api/cycles/${cycle.id}/deliverables/${d.id}/sign-off`, coach, { version: d.version, decision: 'approve', comment: 'Meets the done-when checks' });
        expect(signed.status, JSON.stringify(signed.body)).toBe(200);
        d = signed.body;
      }
      const done = await status('complete');
      expect(done.status, JSON.stringify(done.body)).toBe(200);
      expect(done.body).toMatchObject({ status: 'complete', documentUrl: `https://docs.example.org/${d.templateKey}`, reviewState: isReviewed ? 'approved' : 'none' });
    }

    cycle = await api.read(cycle.id, planner);
    for (const phase of cycle.phases) {
      expect(cycle.currentPhase.id).toBe(phase.id);
      const closed = await api.call('POST', `/api/cycles/${cycle.id}/phases/${phase.id}/close`, planner, { version: phase.version });
      expect(closed.status, JSON.stringify(closed.body)).toBe(200);
      cycle = await api.read(cycle.id, planner);
    }
    expect(cycle.currentPhase).toBeNull();
    expect(cycle.phases.every((p: { isClosed: boolean }) => p.isClosed)).toBe(true);
    expect(cycle.deliverables.every((d: { status: string }) => d.status === 'complete')).toBe(true);
  });
});
