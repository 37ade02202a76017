import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { cycleApi } from '../../testing/cycle-test-kit.js';

type Caller = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let api: ReturnType<typeof cycleApi>;
let districtId: string;
let planner: Caller;
let viewer: Caller;
let outsider: Caller;
beforeAll(async () => {
  t = await createTestApp();
  api = cycleApi(t);
  districtId = (await t.factories.organization({ name: 'Cedar Falls' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  outsider = await t.factories.user();
});
afterAll(() => t.close());

/** A dataset the district loaded and imported, written as the import leaves it. */
async function loadDataset(organizationId: string) {
  await t.ctx.db.insertInto('datasets').values({ organization_id: organizationId, name: 'Attendance 2024-25', status: 'ready' }).execute();
}

describe('deliverables produced in a work area of Waymark', () => {
  it('cannot be complete while the area is empty, and the checklist says how much it holds', async () => {
    const cycle = await api.start(districtId, planner, { templateId: 'louisiana-strong-school-systems' });
    const collection = cycle.deliverables.find((d: { letter: string | null }) => d.letter === 'D');
    expect(collection.linksTo).toBe('evidence.datasets');
    const status = `/api/cycles/${cycle.id}/deliverables/${collection.id}/status`;

    const before = await api.call('GET', `/api/cycles/${cycle.id}/deliverable-work`, viewer);
    expect(before.status).toBe(200);
    expect(before.body.work).toContainEqual({ deliverable_id: collection.id, area: 'evidence.datasets', count: 0, of: null, unit: 'datasets', is_done: false });
    const refused = await api.call('POST', status, planner, { version: collection.version, status: 'complete' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toEqual([{ path: '/status', message: 'has nothing in its work area yet', code: 'work_is_empty', params: { area: 'evidence.datasets' } }]);
    // Anything short of complete is still the team's to say.
    const started = await api.call('POST', status, planner, { version: collection.version, status: 'in_progress' });
    expect(started.status).toBe(200);

    await loadDataset(districtId);
    const after = await api.call('GET', `/api/cycles/${cycle.id}/deliverable-work`, viewer);
    expect(after.body.work.find((w: { deliverable_id: string }) => w.deliverable_id === collection.id)).toMatchObject({ count: 1, is_done: true });
    const done = await api.call('POST', status, planner, { version: started.body.version, status: 'complete' });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('complete');
  });

  it('lists only deliverables whose area a domain offers, and nothing to another district', async () => {
    const cycle = await api.start(districtId, planner, { templateId: 'cec-strategic-planning' });
    const work = (await api.call('GET', `/api/cycles/${cycle.id}/deliverable-work`, viewer)).body.work as Array<{ area: string }>;
    expect(work.every((entry) => entry.area.startsWith('evidence.'))).toBe(true);
    expect((await api.call('GET', `/api/cycles/${cycle.id}/deliverable-work`, outsider)).status).toBe(404);
  });
});
