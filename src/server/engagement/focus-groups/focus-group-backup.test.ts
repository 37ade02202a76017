import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Database } from '../../db/database.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { openTestDatabase } from '../../testing/test-database.js';
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

const focusGroupTables = ['focus_group_protocols', 'focus_groups', 'focus_group_notes', 'focus_group_themes', 'focus_group_codes'] as const;

async function readRows(db: Kysely<DB>, districtId: string) {
  const rows: Record<string, string[]> = {};
  for (const table of focusGroupTables) {
    rows[table] = (await db.selectFrom(table).selectAll().where('organization_id', '=', districtId).execute()).map((row) => JSON.stringify(row)).sort();
  }
  return rows;
}

describe('a district backup with focus groups', () => {
  it('restores protocols, focus groups, notes, the codebook and the codes as they were', async () => {
    const districtId = (await t.factories.organization()).id;
    const planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
    const call = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => json(await t.app.inject({ method, url, headers: planner.auth, ...(payload ? { payload } : {}) }));
    const cycle = await call('POST', `/api/districts/${districtId}/cycles`, { templateId: 'thru-community-planning', name: 'Backup', startDate: '2026-09-01' });
    const { phases } = await call('GET', `/api/cycles/${cycle.id}`);
    const protocol = await call('POST', `/api/districts/${districtId}/focus-group-protocols`, { library_key: 'family' });
    const group = await call('POST', `/api/cycles/${cycle.id}/focus-groups`, {
      new_session: { phase_id: phases[0].id, name: 'Parents', date: '2026-09-15' },
      protocol_id: protocol.id,
      constituency: 'families',
      language: 'es',
      participant_count: 7,
    });
    await call('PUT', `/api/cycles/${cycle.id}/focus-groups/${group.id}/notes/needs`, { version: 0, text: '“Más tutorías”' });
    const theme = await call('POST', `/api/cycles/${cycle.id}/focus-group-themes`, { name: 'Tutoring' });
    await call('POST', `/api/cycles/${cycle.id}/focus-groups/${group.id}/codes`, { question_key: 'needs', theme_ids: [theme.id] });

    const backup = await backupDistrict({ db: t.ctx.db, districtId });
    await restoreDistrict({ db: target.db, actor: cliActor, document: JSON.parse(JSON.stringify(backup)), replace: false });
    const before = await readRows(t.ctx.db, districtId);
    for (const table of focusGroupTables) expect(before[table], table).toHaveLength(1);
    expect(await readRows(target.db, districtId)).toEqual(before);
  });
});
