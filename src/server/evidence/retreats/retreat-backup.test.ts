import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Database } from '../../db/database.js';
import { cliActor } from '../../platform/audit/actor.js';
import { backupDistrict } from '../../platform/backup/backup-district.js';
import { restoreDistrict } from '../../platform/backup/restore-district.js';
import { retreatApi, retreatScenario, seedRetreat } from '../../testing/retreat-test-kit.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { openTestDatabase } from '../../testing/test-database.js';

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

const retreatTables = ['data_retreats', 'retreat_charts', 'retreat_participants', 'retreat_observations', 'swot_items', 'swot_dots', 'retreat_priorities'] as const;

async function readRows(db: Kysely<DB>, districtId: string) {
  const rows: Record<string, string[]> = {};
  for (const table of retreatTables) {
    const all = (await db.selectFrom(table).selectAll().where('organization_id', '=', districtId).execute()) as Array<Record<string, unknown>>;
    rows[table] = all.map((row) => JSON.stringify(row)).sort();
  }
  return rows;
}

describe('a district backup with a data retreat', () => {
  it('restores the retreat, its charts, participants (a guest’s device hash too), observations, board, dots and priorities as they were', async () => {
    const s = await retreatScenario(t, 'Backup District');
    const seeded = await seedRetreat(t, { organizationId: s.organizationId, cycleId: s.cycleId, sessionId: s.sessionIds[0]!, userId: s.planner.id, userName: 'Pat Planner' });
    const api = retreatApi(t);
    const guest = await api.guest(seeded.joinCode, 'Guest');
    api.expectStatus(await api.call('PUT', `/api/public/retreats/${seeded.joinCode}/swot/${seeded.itemId}/dots`, guest, { dots: 2 }), 200);

    const backup = await backupDistrict({ db: t.ctx.db, districtId: s.organizationId });
    await restoreDistrict({ db: target.db, actor: cliActor, document: JSON.parse(JSON.stringify(backup)), replace: false });
    const before = await readRows(t.ctx.db, s.organizationId);
    expect(Object.values(before).map((rows) => rows.length)).toEqual([1, 1, 2, 1, 1, 2, 1]);
    expect(before.retreat_participants!.some((row) => JSON.parse(row).device_hash !== null)).toBe(true);
    expect(await readRows(target.db, s.organizationId)).toEqual(before);
  });
});
