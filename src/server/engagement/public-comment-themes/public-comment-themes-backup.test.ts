import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Database } from '../../db/database.js';
import { editPlanElement } from '../../testing/public-comment-test-kit.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { openTestDatabase } from '../../testing/test-database.js';
import { cliActor } from '../../platform/audit/actor.js';
import { backupDistrict } from '../../platform/backup/backup-district.js';
import { restoreDistrict } from '../../platform/backup/restore-district.js';
import { importPlan } from '../../plan/plans/import-plan.js';
import { everyFieldPlan } from '../../../core/plan/format/fixtures/every-field-plan.js';

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

const themeTables = ['public_comment_theme_sets', 'public_comment_themes', 'public_comment_theme_comments'] as const;

async function readRows(db: Kysely<DB>, districtId: string) {
  const rows: Record<string, string[]> = {};
  for (const table of themeTables) {
    const all = (await db.selectFrom(table).selectAll().where('organization_id', '=', districtId).execute()) as Array<Record<string, unknown>>;
    rows[table] = all.map((row) => JSON.stringify(row)).sort();
  }
  return rows;
}

describe('a district backup with a public comment window’s themes', () => {
  it('restores the theme set, the themes (with the team’s label and disposition) and where each comment sits', async () => {
    const districtId = (await t.factories.organization()).id;
    const planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
    const planId = (await importPlan({ db: t.ctx.db, actor: cliActor, organizationId: districtId, input: everyFieldPlan })).id;
    const { id: windowId } = await t.ctx.db
      .insertInto('public_comment_periods')
      .values({ organization_id: districtId, plan_id: planId, draft_version: 1, opens_on: '2026-01-05', closes_on: '2026-02-05', created_by: planner.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    const texts = ['Smaller classes please', 'Class sizes are too big', 'Big classes hurt', 'Later start times', 'School starts too early', 'Start school later'];
    await t.ctx.db
      .insertInto('public_comments')
      .values(texts.map((body, index) => ({ organization_id: districtId, plan_id: planId, period_id: windowId, submission_id: `00000000-0000-4000-8000-00000000000${index}`, element_key: null, quote: null, body, status: 'accepted' as const })))
      .execute();
    const base = `/api/plans/${planId}/public-comment/windows/${windowId}/themes`;
    await t.app.inject({ method: 'POST', url: `${base}/find`, headers: planner.auth, payload: { version: 0 } });
    let themes = json(await t.app.inject({ method: 'GET', url: base, headers: planner.auth }));
    for (let attempt = 0; themes.status === 'running' && attempt < 600; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      themes = json(await t.app.inject({ method: 'GET', url: base, headers: planner.auth }));
    }
    expect(themes.status).toBe('done');
    const first = themes.themes[0];
    expect((await t.app.inject({ method: 'PATCH', url: `${base}/${first.id}`, headers: planner.auth, payload: { version: first.version, label: 'Class size' } })).statusCode).toBe(200);
    // A disposition names only elements changed since the draft froze.
    await editPlanElement(t, planner.auth, planId, 'P1', { title: 'Smaller classes in every school' });
    const disposition = { version: first.version + 1, disposition: 'accepted', note: 'Caps in the budget', changed_keys: ['P1'] };
    expect((await t.app.inject({ method: 'PUT', url: `${base}/${first.id}/disposition`, headers: planner.auth, payload: disposition })).statusCode).toBe(200);

    const backup = await backupDistrict({ db: t.ctx.db, districtId });
    await restoreDistrict({ db: target.db, actor: cliActor, document: JSON.parse(JSON.stringify(backup)), replace: false });
    const before = await readRows(t.ctx.db, districtId);
    expect(before.public_comment_theme_sets).toHaveLength(1);
    expect(before.public_comment_themes!.length).toBeGreaterThanOrEqual(1);
    expect(before.public_comment_theme_comments).toHaveLength(6);
    expect(before.public_comment_themes!.some((row) => row.includes('"Class size"') && row.includes('"Caps in the budget"'))).toBe(true);
    expect(await readRows(target.db, districtId)).toEqual(before);
  });
});
