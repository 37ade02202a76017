import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let admin: Person;
let planner: Person;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Pine Ridge' })).id;
  admin = await t.factories.user({ organizationId: districtId, role: 'administrator' });
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
});
afterAll(() => t.close());

const url = () => `/api/districts/${districtId}/engagement-settings`;
const put = (payload: object, headers = admin.auth) => t.app.inject({ method: 'PUT', url: url(), headers, payload });

describe('engagement settings', () => {
  it('starts at the defaults, saves with a version, and refuses a stale one with the current settings', async () => {
    expect(json(await t.app.inject({ method: 'GET', url: url(), headers: planner.auth }))).toEqual({ respondent_threshold: 5, representation_gap: 10, page_texts: {}, version: 1, updated_at: null });
    const saved = await put({ version: 1, respondent_threshold: 7 });
    expect(json(saved)).toMatchObject({ respondent_threshold: 7, representation_gap: 10, version: 2 });
    const stale = await put({ version: 1, representation_gap: 20 });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.current).toMatchObject({ respondent_threshold: 7, version: 2 });
    const audit = await t.ctx.db.selectFrom('audit_events').select(['action', 'before', 'after']).where('entity_id', '=', districtId).where('action', '=', 'engagement.settings_changed').execute();
    expect(audit).toEqual([expect.objectContaining({ before: expect.objectContaining({ respondent_threshold: 5 }), after: expect.objectContaining({ respondent_threshold: 7 }) })]);
  });

  it('keeps the threshold between 3 and 100 and the gap between 1 and 100, by field', async () => {
    const bad = await put({ version: 2, respondent_threshold: 2, representation_gap: 0 });
    expect(json(bad).error.details.map((d: { path: string }) => d.path).sort()).toEqual(['/representation_gap', '/respondent_threshold']);
    expect((await put({ version: 2, respondent_threshold: 101 })).statusCode).toBe(400);
  });

  it('lets planners read but only administrators change them', async () => {
    expect((await put({ version: 2, respondent_threshold: 9 }, planner.auth)).statusCode).toBe(403);
  });
});
