import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Database } from '../../db/database.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { openTestDatabase } from '../../testing/test-database.js';
import { addSeed, openConversationFor } from '../../testing/conversation-test-kit.js';
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

const themeTables = ['conversation_theme_sets', 'conversation_themes', 'conversation_theme_statements'] as const;

async function readRows(db: Kysely<DB>, districtId: string) {
  const rows: Record<string, string[]> = {};
  for (const table of themeTables) {
    const all = (await db.selectFrom(table).selectAll().where('organization_id', '=', districtId).execute()) as Array<Record<string, unknown>>;
    rows[table] = all.map((row) => JSON.stringify(row)).sort();
  }
  return rows;
}

describe('a district backup with a conversation’s themes', () => {
  it('restores the theme set, the themes (with the team’s label) and where each statement sits', async () => {
    const districtId = (await t.factories.organization()).id;
    const planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
    const { id } = await openConversationFor(t, districtId, planner.auth);
    for (const text of ['Smaller classes please', 'Class sizes are too big', 'Big classes hurt', 'Later start times', 'School starts too early', 'Start school later']) await addSeed(t, id, planner.auth, text);
    const base = `/api/conversations/${id}/themes`;
    await t.app.inject({ method: 'POST', url: `${base}/find`, headers: planner.auth, payload: { version: 0 } });
    let themes = json(await t.app.inject({ method: 'GET', url: base, headers: planner.auth }));
    for (let attempt = 0; themes.status === 'running' && attempt < 600; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      themes = json(await t.app.inject({ method: 'GET', url: base, headers: planner.auth }));
    }
    expect(themes.status).toBe('done');
    const first = themes.themes[0];
    expect((await t.app.inject({ method: 'PATCH', url: `${base}/${first.id}`, headers: planner.auth, payload: { version: first.version, label: 'Class size' } })).statusCode).toBe(200);

    const backup = await backupDistrict({ db: t.ctx.db, districtId });
    await restoreDistrict({ db: target.db, actor: cliActor, document: JSON.parse(JSON.stringify(backup)), replace: false });
    const before = await readRows(t.ctx.db, districtId);
    expect(before.conversation_theme_sets).toHaveLength(1);
    expect(before.conversation_themes!.length).toBeGreaterThanOrEqual(1);
    expect(before.conversation_theme_statements).toHaveLength(6);
    expect(before.conversation_themes!.some((row) => row.includes('"Class size"'))).toBe(true);
    expect(await readRows(target.db, districtId)).toEqual(before);
  });
});
