import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../platform/audit/actor.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { listOwedUpdates } from './list-owed-updates.js';
import { postElementUpdate } from './post-element-update.js';
import { importMonitoredPlan } from '../../testing/updates-test-kit.js';

let t: TestApp;
let districtId: string;
let planId: string;
let draftId: string;
type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let planner: Person;
let owner: Person;
let other: Person;

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Aspen Public Schools' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  owner = await t.factories.user({ organizationId: districtId, role: 'contributor' });
  other = await t.factories.user({ organizationId: districtId, role: 'contributor' });
  planId = await importMonitoredPlan(t, { districtId, headers: planner.auth });
  draftId = await importMonitoredPlan(t, { districtId, headers: planner.auth, adopt: false, title: 'Not yet adopted' });
  for (const [plan, key, userId] of [[planId, 'G1.M1', owner.id], [planId, 'G1.S1.A1', owner.id], [planId, 'G1.M2', other.id], [draftId, 'G1.M1', owner.id]] as const) {
    const res = await t.app.inject({ method: 'PUT', url: `/api/plans/${plan}/owners/${key}`, headers: planner.auth, payload: { userId } });
    expect(res.statusCode).toBe(200);
  }
});
afterAll(() => t.close());

const owed = (today: string, userId: string | null = owner.id) => listOwedUpdates({ db: t.ctx.db, organizationId: districtId, today, ...(userId ? { userId } : {}) });
const brief = (items: Awaited<ReturnType<typeof owed>>) => items.map((i) => `${i.elementKey} ${i.periodLabel} ${i.state}`);

describe('My updates', () => {
  it('lists nothing before the first reminder date', async () => {
    // 2025-26 Q1 of the action is due 2025-10-07, first reminded 3 days before.
    expect(await owed('2025-10-03')).toEqual([]);
  });

  it('lists due updates from the first reminder, soonest first, on adopted plans only', async () => {
    const items = await owed('2025-10-05');
    expect(brief(items)).toEqual(['G1.S1.A1 2025-26 Q1 due']);
    expect(items[0]).toMatchObject({ planId, planTitle: 'Cedar Falls 2028', kind: 'action', name: 'Hire tutors', dueOn: '2025-10-07', closesOn: '2026-01-07', lastUpdatedAt: null, userId: owner.id, goalKey: 'G1' });
    expect(brief(await owed('2025-10-12'))).toEqual(['G1.S1.A1 2025-26 Q1 overdue', 'G1.M1 2025-26 Q1 due']);
  });

  it('marks a posted period done and keeps the latest done one per element', async () => {
    await postElementUpdate({ db: t.ctx.db, actor: { userId: owner.id, label: owner.email }, organizationId: districtId, planId, elementKey: 'G1.M1', input: { periodLabel: '2025-26 Q1', values: [{ subgroup: null, value: 41 }] }, source: 'app' });
    const items = await owed('2025-10-20');
    expect(brief(items)).toEqual(['G1.S1.A1 2025-26 Q1 overdue', 'G1.M1 2025-26 Q1 done']);
    expect(items[1]!.lastUpdatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Once the next period's update is due, the done one stays as the latest done and the new one is due.
    expect(brief(await owed('2026-01-12'))).toEqual(['G1.S1.A1 2025-26 Q2 overdue', 'G1.M1 2025-26 Q2 due', 'G1.M1 2025-26 Q1 done']);
  });

  it('drops an unposted period once it closes', async () => {
    expect(brief(await owed('2026-01-08'))).not.toContain('G1.S1.A1 2025-26 Q1 overdue');
  });

  it("lists everyone's when no person is named, for the reminder sweep", async () => {
    const all = await owed('2026-07-20', null);
    expect(new Set(all.map((i) => i.userId))).toEqual(new Set([owner.id, other.id]));
    expect(all.every((i) => i.planId === planId)).toBe(true);
  });

  it("answers the caller's own list through the API", async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/my-updates`, headers: owner.auth });
    expect(res.statusCode).toBe(200);
    const body = json(res);
    expect(body.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const item of body.items) {
      expect(Object.keys(item).sort()).toEqual(['closesOn', 'dueOn', 'elementKey', 'kind', 'lastUpdatedAt', 'name', 'periodLabel', 'planId', 'planTitle', 'state']);
      expect(item.planId).toBe(planId);
    }
    expect(body.items.some((i: { state: string; elementKey: string }) => i.state === 'done' && i.elementKey === 'G1.M1')).toBe(true);
  });

  it('is posted through a link by its owner too (source link)', async () => {
    const update = await postElementUpdate({ db: t.ctx.db, actor: cliActor, organizationId: districtId, planId, elementKey: 'G1.M2', input: { periodLabel: '2025-26', values: [{ subgroup: null, value: 95 }] }, source: 'link' });
    expect(update).toMatchObject({ source: 'link', revision: 1 });
  });
});
