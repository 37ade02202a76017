import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Database } from '../../db/database.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { openTestDatabase } from '../../testing/test-database.js';
import { cliActor } from '../../platform/audit/actor.js';
import { backupDistrict } from '../../platform/backup/backup-district.js';
import { restoreDistrict } from '../../platform/backup/restore-district.js';
import { cycleApi } from '../../testing/cycle-test-kit.js';

let t: TestApp;
let target: Database;
beforeAll(async () => {
  t = await createTestApp();
  target = await openTestDatabase();
});
afterAll(async () => {
  await target.close();
  await t.close();
});

const cycleTables = ['planning_cycles', 'cycle_phases', 'cycle_steps', 'cycle_sessions', 'cycle_deliverables', 'cycle_deliverable_events', 'cycle_readiness_items', 'committee_members', 'representation_targets'] as const;

async function readCycleRows(db: Kysely<DB>, districtId: string) {
  const rows: Record<string, unknown[]> = {};
  for (const table of cycleTables) {
    const found = await db.selectFrom(table).selectAll().where('organization_id', '=', districtId).execute();
    // Not every table has an id column; a stable order of whole rows serves them all.
    rows[table] = found.map((row) => JSON.stringify(row)).sort();
  }
  return rows;
}

describe('a district backup with a planning cycle', () => {
  it('restores every cycle row as it was, history, sign-offs and waivers included', async () => {
    const api = cycleApi(t);
    const districtId = (await t.factories.organization()).id;
    const planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
    const owner = await t.factories.user({ organizationId: districtId, role: 'contributor' });
    const cycle = await api.start(districtId, planner, { templateId: 'louisiana-strong-school-systems' });
    const d = cycle.deliverables[0];
    const assigned = await api.call('PATCH', `/api/cycles/${cycle.id}/deliverables/${d.id}`, planner, { version: d.version, changes: { ownerId: owner.id, reviewerId: planner.id } });
    await api.call('POST', `/api/cycles/${cycle.id}/deliverables/${d.id}/sign-off`, planner, { version: assigned.body.version, decision: 'approve', comment: 'Good' });
    const item = cycle.readiness[0];
    await api.call('PATCH', `/api/cycles/${cycle.id}/readiness/${item.id}`, planner, { version: item.version, state: 'waived', reason: 'Done last year' });

    await api.call('POST', `/api/cycles/${cycle.id}/committee`, planner, { name: 'Board president', constituency: 'board', committeeRole: 'sponsor', userId: owner.id });
    await t.app.inject({ method: 'PUT', url: `/api/cycles/${cycle.id}/representation-targets`, headers: planner.auth, payload: { targets: [{ constituency: 'families', minimum: 2 }] } });

    // The plan the cycle produces travels too, and the link with it.
    const plan = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/plans`, headers: planner.auth, payload: { title: 'Linked plan' } });
    const linked = await api.call('PATCH', `/api/cycles/${cycle.id}`, planner, { version: cycle.version, planId: plan.json().id });
    expect(linked.body.plan.title).toBe('Linked plan');

    const backup = await backupDistrict({ db: t.ctx.db, districtId });
    await restoreDistrict({ db: target.db, actor: cliActor, document: JSON.parse(JSON.stringify(backup)), replace: false });
    const before = await readCycleRows(t.ctx.db, districtId);
    expect(before.cycle_deliverable_events!.length).toBeGreaterThan(13);
    expect(before.committee_members).toHaveLength(1);
    expect(before.representation_targets).toHaveLength(1);
    expect(await readCycleRows(target.db, districtId)).toEqual(before);
    expect(before.planning_cycles!.join()).toContain(plan.json().id);
  });
});
