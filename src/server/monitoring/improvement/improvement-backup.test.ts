import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Database } from '../../db/database.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { openTestDatabase } from '../../testing/test-database.js';
import { everyFieldPlan } from '../../../core/plan/format/fixtures/every-field-plan.js';
import { cliActor } from '../../platform/audit/actor.js';
import { backupDistrict } from '../../platform/backup/backup-district.js';
import { restoreDistrict } from '../../platform/backup/restore-district.js';

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

const tables = ['pdsa_cycles', 'data_wise_trackers', 'data_wise_steps', 'check_ins', 'check_in_follow_ups'] as const;

async function readRows(db: Kysely<DB>, districtId: string) {
  const rows: Record<string, string[]> = {};
  for (const table of tables) rows[table] = (await db.selectFrom(table).selectAll().where('organization_id', '=', districtId).execute()).map((row) => JSON.stringify(row)).sort();
  return rows;
}

describe('a district backup with improvement work', () => {
  it('restores PDSA chains, Data Wise trackers, check-ins and follow-ups as they were', async () => {
    const districtId = (await t.factories.organization()).id;
    const planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
    const call = async (method: 'POST' | 'PATCH', url: string, payload: object) => {
      const res = await t.app.inject({ method, url, headers: planner.auth, payload });
      expect(res.statusCode, res.body).toBeLessThan(300);
      return json(res);
    };
    const plan = await call('POST', `/api/districts/${districtId}/plans/import`, everyFieldPlan);
    const first = await call('POST', `/api/plans/${plan.id}/pdsa-cycles`, { elementKey: 'P1.I1', changeIdea: 'Coaching' });
    const decided = await call('PATCH', `/api/plans/${plan.id}/pdsa-cycles/${first.id}`, { version: 1, decision: 'adapt' });
    await call('POST', `/api/plans/${plan.id}/pdsa-cycles/${first.id}/next`, {});
    // Changed after its next cycle was written, so the backup may list it after the cycle pointing at it.
    await call('PATCH', `/api/plans/${plan.id}/pdsa-cycles/${first.id}`, { version: decided.version, decisionNotes: 'Smaller groups' });
    const tracker = await call('POST', `/api/plans/${plan.id}/data-wise`, { strategyKey: 'P1.I1', title: 'Reading' });
    await call('PATCH', `/api/plans/${plan.id}/data-wise/${tracker.id}/steps/1`, { version: 1, status: 'done', notes: 'Norms set' });
    const checkIn = await call('POST', `/api/plans/${plan.id}/check-ins`, { heldOn: '2026-10-05', attendees: [{ userId: planner.id }, { name: 'Guest' }] });
    await call('POST', `/api/plans/${plan.id}/check-ins/${checkIn.id}/follow-ups`, { title: 'Call HR', ownerId: planner.id, dueDate: '2026-10-20' });

    const backup = await backupDistrict({ db: t.ctx.db, districtId });
    await restoreDistrict({ db: target.db, actor: cliActor, document: JSON.parse(JSON.stringify(backup)), replace: false });
    const before = await readRows(t.ctx.db, districtId);
    expect(before.pdsa_cycles).toHaveLength(2);
    expect(before.data_wise_steps).toHaveLength(8);
    expect(before.check_in_follow_ups).toHaveLength(1);
    expect(await readRows(target.db, districtId)).toEqual(before);
  });
});
