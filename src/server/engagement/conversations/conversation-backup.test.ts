import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Database } from '../../db/database.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { openTestDatabase } from '../../testing/test-database.js';
import { addSeed, joinAs, openConversationFor, seasonedFormToken, vote } from '../../testing/conversation-test-kit.js';
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

const conversationTables = ['conversations', 'conversation_participants', 'conversation_statements', 'conversation_votes', 'conversation_moderation_events', 'conversation_replies'] as const;

async function readRows(db: Kysely<DB>, districtId: string) {
  const rows: Record<string, string[]> = {};
  for (const table of conversationTables) {
    // A vote's seq is renumbered by the target, in the same order.
    const all = (await db.selectFrom(table).selectAll().where('organization_id', '=', districtId).execute()) as Array<Record<string, unknown>>;
    rows[table] = all.map(({ seq: _seq, ...row }) => JSON.stringify(row)).sort();
  }
  return rows;
}

describe('a district backup with conversations', () => {
  it('restores conversations, participants, statements, votes, the moderation log and replies as they were', async () => {
    const districtId = (await t.factories.organization()).id;
    const planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
    const { id, code } = await openConversationFor(t, districtId, planner.auth);
    const seed = await addSeed(t, id, planner.auth, 'Smaller classes');
    const participant = await joinAs(t, code, { demographics: { role: 'student' } });
    await vote(t, code, participant, seed, -1);
    const posted = json(await t.app.inject({ method: 'POST', url: `/api/public/conversations/${code}/statements`, payload: { participant, text: 'Later start times', language: 'en', form_token: seasonedFormToken(code) } }));
    await t.app.inject({ method: 'POST', url: `/api/conversations/${id}/statements/${posted.statement.id}/moderation`, headers: planner.auth, payload: { decision: 'hide', reason: 'off_topic' } });
    await t.app.inject({ method: 'PUT', url: `/api/conversations/${id}/statements/${seed}/reply`, headers: planner.auth, payload: { version: 0, reply: { en: 'Thank you', es: 'Gracias' } } });

    const backup = await backupDistrict({ db: t.ctx.db, districtId });
    await restoreDistrict({ db: target.db, actor: cliActor, document: JSON.parse(JSON.stringify(backup)), replace: false });
    const before = await readRows(t.ctx.db, districtId);
    expect(Object.values(before).map((rows) => rows.length)).toEqual([1, 1, 2, 2, 1, 1]);
    expect(await readRows(target.db, districtId)).toEqual(before);
  });
});
