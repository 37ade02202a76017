import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let districtId: string;
type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let administrator: Person;
let planner: Person;
let contributor: Person;
let viewer: Person;
let outsider: Person;

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Juniper Unified' })).id;
  administrator = await t.factories.user({ organizationId: districtId, role: 'administrator', name: 'Ada Admin' });
  planner = await t.factories.user({ organizationId: districtId, role: 'planner', name: 'Pat Planner' });
  contributor = await t.factories.user({ organizationId: districtId, role: 'contributor', name: 'Cody Contributor' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer', name: 'Vera Viewer' });
  await t.factories.user({ organizationId: districtId, role: 'viewer', name: 'Gone Person', isActive: false });
  const other = await t.factories.organization();
  outsider = await t.factories.user({ organizationId: other.id, role: 'administrator' });
});
afterAll(() => t.close());

const settingsUrl = () => `/api/districts/${districtId}/monitoring/settings`;
const body = {
  yearBasis: 'fiscal',
  schoolYearStartMonth: 8,
  fiscalYearStartMonth: 10,
  measureDueDays: 21,
  actionDueDays: 10,
  remindDaysBefore: 5,
  remindEveryDays: 2,
  escalateAfterDays: 7,
  suppressionThreshold: 15,
  updateLinkGraceDays: 20,
};

describe('monitoring settings', () => {
  it('answers the defaults, version 0, before anything is saved', async () => {
    const res = await t.app.inject({ method: 'GET', url: settingsUrl(), headers: viewer.auth });
    expect(res.statusCode).toBe(200);
    expect(json(res)).toEqual({ yearBasis: 'school', schoolYearStartMonth: 7, fiscalYearStartMonth: 7, measureDueDays: 14, actionDueDays: 7, remindDaysBefore: 3, remindEveryDays: 3, escalateAfterDays: 10, suppressionThreshold: 10, updateLinkGraceDays: 14, version: 0 });
  });

  it('saves, bumps the version, and refuses a stale save with 409 and the current settings', async () => {
    const first = await t.app.inject({ method: 'PUT', url: settingsUrl(), headers: planner.auth, payload: { ...body, version: 0 } });
    expect(first.statusCode).toBe(200);
    expect(json(first)).toEqual({ ...body, version: 1 });
    const second = await t.app.inject({ method: 'PUT', url: settingsUrl(), headers: administrator.auth, payload: { ...body, measureDueDays: 30, version: 1 } });
    expect(json(second)).toMatchObject({ measureDueDays: 30, version: 2 });

    const stale = await t.app.inject({ method: 'PUT', url: settingsUrl(), headers: planner.auth, payload: { ...body, version: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error).toMatchObject({ code: 'conflict', current: { measureDueDays: 30, version: 2 } });
    const neverSaved = await t.app.inject({ method: 'PUT', url: settingsUrl(), headers: planner.auth, payload: { ...body, version: 0 } });
    expect(neverSaved.statusCode).toBe(409);

    expect(json(await t.app.inject({ method: 'GET', url: settingsUrl(), headers: viewer.auth }))).toMatchObject({ measureDueDays: 30, version: 2 });
    const audit = await t.ctx.db.selectFrom('audit_events').select('action').where('action', '=', 'monitoring.settings_saved').execute();
    expect(audit).toHaveLength(2);
  });

  it('names each bad field, and keeps the settings to managers', async () => {
    const bad = await t.app.inject({ method: 'PUT', url: settingsUrl(), headers: planner.auth, payload: { ...body, schoolYearStartMonth: 13, remindEveryDays: 0, yearBasis: 'lunar', updateLinkGraceDays: -1, version: 2 } });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.details.map((d: { path: string }) => d.path).sort()).toEqual(['/remindEveryDays', '/schoolYearStartMonth', '/updateLinkGraceDays', '/yearBasis']);
    expect((await t.app.inject({ method: 'PUT', url: settingsUrl(), headers: contributor.auth, payload: { ...body, version: 2 } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: settingsUrl(), headers: outsider.auth })).statusCode).toBe(404);
  });

  it('keeps the grace period of update links when a client leaves it out', async () => {
    const { updateLinkGraceDays, ...older } = body;
    const saved = await t.app.inject({ method: 'PUT', url: settingsUrl(), headers: administrator.auth, payload: { ...older, version: 2 } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(json(saved)).toMatchObject({ updateLinkGraceDays, version: 3 });
  });
});

describe('monitoring people', () => {
  const peopleUrl = (userId?: string) => `/api/districts/${districtId}/monitoring/people${userId ? `/${userId}` : ''}`;

  it('lists the active members with no supervisor and no digest until set', async () => {
    const res = json(await t.app.inject({ method: 'GET', url: peopleUrl(), headers: planner.auth }));
    expect(res.people.map((p: { name: string }) => p.name)).toEqual(['Ada Admin', 'Cody Contributor', 'Pat Planner', 'Vera Viewer']);
    expect(res.people[1]).toEqual({ userId: contributor.id, name: 'Cody Contributor', email: contributor.email, supervisorId: null, supervisorName: null, wantsDailyDigest: false });
  });

  it("gives staff emails only to those who manage monitoring, and each reader their own", async () => {
    for (const reader of [viewer, contributor]) {
      const res = json(await t.app.inject({ method: 'GET', url: peopleUrl(), headers: reader.auth }));
      expect(res.people).toHaveLength(4);
      const emails = res.people.filter((p: { email: string | null }) => p.email !== null);
      expect(emails).toEqual([expect.objectContaining({ userId: reader.id, email: reader.email })]);
    }
    const manager = json(await t.app.inject({ method: 'GET', url: peopleUrl(), headers: administrator.auth }));
    expect(manager.people.every((p: { email: string | null }) => typeof p.email === 'string')).toBe(true);
  });

  it('lets a planner set a supervisor and anyone choose their own digest', async () => {
    const set = await t.app.inject({ method: 'PUT', url: peopleUrl(contributor.id), headers: planner.auth, payload: { supervisorId: planner.id } });
    expect(set.statusCode).toBe(200);
    expect(json(set)).toMatchObject({ userId: contributor.id, supervisorId: planner.id, supervisorName: 'Pat Planner', wantsDailyDigest: false });
    const own = await t.app.inject({ method: 'PUT', url: peopleUrl(contributor.id), headers: contributor.auth, payload: { wantsDailyDigest: true } });
    expect(own.statusCode).toBe(200);
    expect(json(own)).toMatchObject({ supervisorId: planner.id, wantsDailyDigest: true });
    const viewerOwn = await t.app.inject({ method: 'PUT', url: peopleUrl(viewer.id), headers: viewer.auth, payload: { wantsDailyDigest: true } });
    expect(viewerOwn.statusCode).toBe(200);
    const cleared = await t.app.inject({ method: 'PUT', url: peopleUrl(contributor.id), headers: administrator.auth, payload: { supervisorId: null } });
    expect(json(cleared)).toMatchObject({ supervisorId: null, supervisorName: null, wantsDailyDigest: true });
  });

  it('refuses others their choices, a supervisor outside the district, and oneself as supervisor', async () => {
    expect((await t.app.inject({ method: 'PUT', url: peopleUrl(contributor.id), headers: contributor.auth, payload: { supervisorId: planner.id } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'PUT', url: peopleUrl(planner.id), headers: viewer.auth, payload: { wantsDailyDigest: true } })).statusCode).toBe(403);
    const outside = await t.app.inject({ method: 'PUT', url: peopleUrl(contributor.id), headers: planner.auth, payload: { supervisorId: outsider.id } });
    expect(outside.statusCode).toBe(400);
    expect(json(outside).error.details[0].path).toBe('/supervisorId');
    const self = await t.app.inject({ method: 'PUT', url: peopleUrl(contributor.id), headers: planner.auth, payload: { supervisorId: contributor.id } });
    expect(json(self).error.details[0].path).toBe('/supervisorId');
    expect((await t.app.inject({ method: 'PUT', url: peopleUrl(outsider.id), headers: planner.auth, payload: { wantsDailyDigest: true } })).statusCode).toBe(404);
  });
});
