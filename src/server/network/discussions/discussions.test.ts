import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolInCohort, networkApi, networkScenario } from '../../testing/network-test-kit.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let api: ReturnType<typeof networkApi>;
let s: Awaited<ReturnType<typeof networkScenario>>;
let other: Awaited<ReturnType<typeof networkScenario>>;
let planner: { id: string; auth: Record<string, string> };
beforeAll(async () => {
  t = await createTestApp();
  api = networkApi(t);
  s = await networkScenario(t);
  other = await networkScenario(t, 'Prairie State');
  const [acadia, bienville] = s.districts;
  await enrolInCohort(t, { cohortId: s.cohort.id, networkAdminAuth: s.networkAdmin.auth, district: acadia! });
  api.expectStatus(await api.call('POST', `/api/cohorts/${s.cohort.id}/districts`, s.networkAdmin.auth, { districtId: bienville!.id }), 201);
  planner = await t.factories.user({ organizationId: acadia!.id, role: 'planner', name: 'Pat Planner' });
});
afterAll(() => t.close());

describe('the cohort’s discussion space', () => {
  it('a district leader asks, another district and a coach answer, and everyone reads the same thread', async () => {
    const [acadia, bienville] = s.districts;
    const districtBase = `/api/districts/${acadia!.id}/cohorts/${s.cohort.id}/discussions`;
    const asked = api.expectStatus(await api.call('POST', districtBase, planner.auth, { title: 'How did you staff your steering committee?', body: 'We have 12 volunteers; is that too many?' }), 201);
    expect(asked).toMatchObject({ title: 'How did you staff your steering committee?', author: { name: 'Pat Planner', organizationName: acadia!.name, districtId: acadia!.id }, replyCount: 0 });

    const coachAnswer = api.expectStatus(await api.call('POST', `/api/cohorts/${s.cohort.id}/discussions/${asked.id}/replies`, s.networkCoach.auth, { body: 'Twelve is fine if roles are clear.' }), 201);
    expect(coachAnswer.replies[0]).toMatchObject({ body: 'Twelve is fine if roles are clear.', author: { name: 'Noah State Coach', organizationName: s.network.name, districtId: null } });
    // Bienville is invited only: it takes part already.
    api.expectStatus(await api.call('POST', `/api/districts/${bienville!.id}/cohorts/${s.cohort.id}/discussions/${asked.id}/replies`, bienville!.admin.auth, { body: 'We had 9.' }), 201);

    const thread = api.expectStatus(await api.call('GET', `${districtBase}/${asked.id}`, acadia!.viewer.auth), 200);
    expect(thread.replies.map((r: { body: string; author: { organizationName: string } }) => [r.body, r.author.organizationName])).toEqual([
      ['Twelve is fine if roles are clear.', s.network.name],
      ['We had 9.', bienville!.name],
    ]);
    expect(thread.replyCount).toBe(2);
    expect(api.expectStatus(await api.call('GET', `/api/cohorts/${s.cohort.id}/discussions/${asked.id}`, s.networkAdmin.auth), 200)).toEqual(thread);

    // The network asks too; the most recently active question comes first.
    const networkQuestion = api.expectStatus(await api.call('POST', `/api/cohorts/${s.cohort.id}/discussions`, s.networkAdmin.auth, { title: 'Share your norms', body: 'Post the norms your committee adopted.' }), 201);
    expect(networkQuestion.author).toEqual({ name: 'Nadia Network', organizationName: s.network.name, districtId: null });
    const list = api.expectStatus(await api.call('GET', `/api/districts/${bienville!.id}/cohorts/${s.cohort.id}/discussions`, bienville!.viewer.auth), 200).discussions;
    expect(list.map((d: { title: string; replyCount: number }) => [d.title, d.replyCount])).toEqual([
      ['Share your norms', 0],
      ['How did you staff your steering committee?', 2],
    ]);
    api.expectStatus(await api.call('POST', `${districtBase}/${asked.id}/replies`, planner.auth, { body: 'Thanks!' }), 201);
    const after = api.expectStatus(await api.call('GET', `/api/cohorts/${s.cohort.id}/discussions`, s.networkCoach.auth), 200).discussions;
    expect(after[0]).toMatchObject({ id: asked.id, replyCount: 3 });

    const audit = await t.ctx.db.selectFrom('audit_events').select(['organization_id', 'action']).where('action', 'like', 'cohort.discussion_%').execute();
    expect(audit.filter((row) => row.organization_id === acadia!.id).map((row) => row.action).sort()).toEqual(['cohort.discussion_replied', 'cohort.discussion_started']);
    expect(audit.filter((row) => row.organization_id === s.network.id).map((row) => row.action).sort()).toEqual(['cohort.discussion_replied', 'cohort.discussion_started']);
  });

  it('a viewer reads but cannot post; bad input names its field', async () => {
    const [acadia] = s.districts;
    const base = `/api/districts/${acadia!.id}/cohorts/${s.cohort.id}/discussions`;
    const [first] = api.expectStatus(await api.call('GET', base, acadia!.viewer.auth), 200).discussions;
    expect((await api.call('POST', base, acadia!.viewer.auth, { title: 'Q', body: 'B' })).status).toBe(403);
    expect((await api.call('POST', `${base}/${first.id}/replies`, acadia!.viewer.auth, { body: 'B' })).status).toBe(403);
    // A network administrator reaches the district's side for reading, and writes from the network's.
    expect((await api.call('GET', base, s.networkAdmin.auth)).status).toBe(200);
    expect((await api.call('POST', base, s.networkAdmin.auth, { title: 'Q', body: 'B' })).status).toBe(403);

    for (const [body, path] of [
      [{ title: '  ', body: 'B' }, '/title'],
      [{ title: 'Q', body: '' }, '/body'],
      [{ title: 'x'.repeat(201), body: 'B' }, '/title'],
      [{ title: 'Q' }, '/body'],
    ] as const) {
      const res = await api.call('POST', base, planner.auth, body);
      expect(res.status, path).toBe(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    const noReply = await api.call('POST', `${base}/${first.id}/replies`, planner.auth, { body: '' });
    expect(noReply.body.error.details[0].path).toBe('/body');
  });

  it('keeps other networks, districts outside the cohort and other cohorts’ threads out', async () => {
    const [acadia, , caddo] = s.districts;
    const [first] = api.expectStatus(await api.call('GET', `/api/cohorts/${s.cohort.id}/discussions`, s.networkAdmin.auth), 200).discussions;
    expect((await api.call('GET', `/api/cohorts/${s.cohort.id}/discussions`, other.networkAdmin.auth)).status).toBe(404);
    expect((await api.call('POST', `/api/cohorts/${s.cohort.id}/discussions/${first.id}/replies`, other.networkCoach.auth, { body: 'Hi' })).status).toBe(404);
    expect((await api.call('GET', `/api/districts/${caddo!.id}/cohorts/${s.cohort.id}/discussions`, caddo!.admin.auth)).status).toBe(404);
    expect((await api.call('POST', `/api/districts/${caddo!.id}/cohorts/${s.cohort.id}/discussions`, caddo!.admin.auth, { title: 'Q', body: 'B' })).status).toBe(404);
    expect((await api.call('GET', `/api/districts/${caddo!.id}/cohorts/${s.cohort.id}/discussions/${first.id}`, caddo!.admin.auth)).status).toBe(404);
    // Another district's administrator cannot speak for Acadia.
    expect((await api.call('GET', `/api/districts/${acadia!.id}/cohorts/${s.cohort.id}/discussions`, caddo!.admin.auth)).status).toBe(404);
    // A thread id of this cohort is nothing in another network's cohort.
    expect((await api.call('GET', `/api/cohorts/${other.cohort.id}/discussions/${first.id}`, other.networkAdmin.auth)).status).toBe(404);
    expect((await api.call('POST', `/api/cohorts/${other.cohort.id}/discussions/${first.id}/replies`, other.networkAdmin.auth, { body: 'Hi' })).status).toBe(404);
    expect(await t.ctx.db.selectFrom('cohort_discussion_replies').select('id').where('body', '=', 'Hi').execute()).toEqual([]);
  });
});
