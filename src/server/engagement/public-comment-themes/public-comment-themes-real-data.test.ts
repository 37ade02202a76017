import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../config.js';
import { cliActor } from '../../platform/audit/actor.js';
import { importPlan } from '../../plan/plans/import-plan.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { everyFieldPlan } from '../../../core/plan/format/fixtures/every-field-plan.js';

const csvPath = path.resolve(projectRoot, '..', 'shared', 'data', 'comments', 'fcps_lou_redistricting', 'lou_redistricting_comments.csv');
const hasComments = existsSync(csvPath);
if (!hasComments) console.warn(`Skipping the real-data public comment themes test: ${csvPath} is absent (../shared/data beside the checkout).`);

type Themes = { status: string; comments: number; unsorted: Array<{ id: string }>; themes: Array<{ id: string; label: string; count: number }> };

// Parents' comments on FCPS's draft redistricting options (level, row_index, live_in_school,
// option, comment): the first 500, as if they came in on one draft plan's public comment window.
describe.skipIf(!hasComments)('themes across 500 FCPS redistricting comments in one public comment window', () => {
  let t: TestApp;
  let auth: Record<string, string>;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp();
    const districtId = (await t.factories.organization({ name: 'Fairfax' })).id;
    auth = (await t.factories.user({ organizationId: districtId, role: 'planner' })).auth;
    const planId = (await importPlan({ db: t.ctx.db, actor: cliActor, organizationId: districtId, input: everyFieldPlan })).id;
    const { id: windowId } = await t.ctx.db
      .insertInto('public_comment_periods')
      .values({ organization_id: districtId, plan_id: planId, draft_version: 1, opens_on: '2026-01-05', closes_on: '2026-02-05', created_by: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const [header, ...rows] = parse(readFileSync(csvPath, 'utf8'), { relax_column_count: true, skip_empty_lines: true }) as string[][];
    expect(header).toEqual(['level', 'row_index', 'live_in_school', 'option', 'comment']);
    const bodies = rows.map((row) => (row[4] ?? '').trim()).filter((body) => body.length > 0).slice(0, 500);
    expect(bodies).toHaveLength(500);
    await t.ctx.db
      .insertInto('public_comments')
      .values(bodies.map((body, index) => ({ organization_id: districtId, plan_id: planId, period_id: windowId, submission_id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`, element_key: null, quote: null, body, status: 'accepted' as const })))
      .execute();
    base = `/api/plans/${planId}/public-comment/windows/${windowId}/themes`;
  }, 120_000);
  afterAll(() => t?.close());

  it('finishes and finds more than three themes that sort most comments', async () => {
    const started = await t.app.inject({ method: 'POST', url: `${base}/find`, headers: auth, payload: { version: 0 } });
    expect([200, 202]).toContain(started.statusCode);
    let found = json<Themes>(started);
    for (let attempt = 0; found.status === 'running' && attempt < 1200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      found = json<Themes>(await t.app.inject({ method: 'GET', url: base, headers: auth }));
    }
    expect(found.status).toBe('done');
    expect(found.comments).toBe(500);
    expect(found.themes.length, found.themes.map((theme) => theme.label).join(' / ')).toBeGreaterThan(3);
    const themed = found.themes.reduce((sum, theme) => sum + theme.count, 0);
    expect(themed + found.unsorted.length).toBe(500);
    expect(themed).toBeGreaterThan(500 * 0.7);
    expect(Math.max(...found.themes.map((theme) => theme.count))).toBeLessThan(500 * 0.6);
  }, 120_000);
});
