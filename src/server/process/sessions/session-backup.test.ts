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

const sessionTables = ['cycle_session_records', 'cycle_session_attendance', 'cycle_session_tasks'] as const;

async function readRows(db: Kysely<DB>, districtId: string) {
  const rows: Record<string, string[]> = {};
  for (const table of sessionTables) {
    rows[table] = (await db.selectFrom(table).selectAll().where('organization_id', '=', districtId).execute()).map((row) => JSON.stringify(row)).sort();
  }
  return rows;
}

describe('a district backup with session records', () => {
  it('restores the record, the attendance and the tasks as they were', async () => {
    const districtId = (await t.factories.organization()).id;
    const planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
    const call = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) => json(await t.app.inject({ method, url, headers: planner.auth, ...(payload ? { payload } : {}) }));
    const cycle = await call('POST', `/api/districts/${districtId}/cycles`, { templateId: 'louisiana-strong-school-systems', name: 'Backup', startDate: '2026-09-01' });
    const { sessions } = await call('GET', `/api/cycles/${cycle.id}`);
    const session = sessions[0];
    const member = await call('POST', `/api/cycles/${cycle.id}/committee`, { name: 'Ana', constituency: 'community', committeeRole: 'member' });
    const base = `/api/cycles/${cycle.id}/sessions/${session.id}`;
    await call('PATCH', `${base}/record`, { version: session.version, place: 'Library', agenda: [{ title: 'Welcome', minutes: 5 }], minutes: 'Met.', decisions: [{ text: 'Go', method: 'majority' }] });
    await call('PUT', `${base}/attendance`, { records: [{ committeeMemberId: member.id, status: 'present' }] });
    const task = await call('POST', `${base}/tasks`, { title: 'Follow up', ownerId: planner.id, dueDate: '2026-10-01' });
    await call('PATCH', `${base}/tasks/${task.id}`, { version: task.version, status: 'done' });

    const backup = await backupDistrict({ db: t.ctx.db, districtId });
    await restoreDistrict({ db: target.db, actor: cliActor, document: JSON.parse(JSON.stringify(backup)), replace: false });
    const before = await readRows(t.ctx.db, districtId);
    for (const table of sessionTables) expect(before[table], table).toHaveLength(1);
    expect(await readRows(target.db, districtId)).toEqual(before);
  });
});
