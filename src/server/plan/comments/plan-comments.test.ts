import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { everyFieldPlan } from '../../../core/plan/format/fixtures/every-field-plan.js';
import { mentionedEmails } from './mentions.js';

let t: TestApp;
let districtId: string;
let planId: string;
let elementId: string;
let otherPlanElementId: string;
type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let planner: Person;
let contributor: Person;
let viewer: Person;
let jamal: Person;
let coach: Person;
let formerMember: Person;
let stranger: Person;
let elsewhere: Person;

beforeAll(async () => {
  t = await createTestApp();
  const f = t.factories;
  const network = await f.organization({ kind: 'network', name: 'State Cohort' });
  districtId = (await f.organization({ name: 'Maple Grove Public Schools', networkId: network.id })).id;
  const otherDistrictId = (await f.organization({ name: 'Cedar Falls' })).id;
  planner = await f.user({ organizationId: districtId, role: 'planner' });
  contributor = await f.user({ organizationId: districtId, role: 'contributor', name: 'Dana Contributor' });
  viewer = await f.user({ organizationId: districtId, role: 'viewer' });
  jamal = await f.user({ organizationId: districtId, role: 'viewer', email: 'jamal@maplegrove.example', name: 'Jamal Reed' });
  coach = await f.user({ organizationId: network.id, role: 'network_admin', email: 'nia@cohort.example', name: 'Nia Admin' });
  formerMember = await f.user({ organizationId: districtId, role: 'planner', email: 'former@maplegrove.example', isActive: false });
  stranger = await f.user({ email: 'stranger@elsewhere.example' });
  elsewhere = await f.user({ organizationId: otherDistrictId, role: 'administrator', email: 'admin@cedarfalls.example' });

  const importPlan = async (organizationId: string, auth: Record<string, string>) =>
    json(await t.app.inject({ method: 'POST', url: `/api/districts/${organizationId}/plans/import`, headers: auth, payload: everyFieldPlan })).id as string;
  planId = await importPlan(districtId, planner.auth);
  const secondPlanId = await importPlan(districtId, planner.auth);
  const elementOf = async (id: string, key: string) =>
    (await t.ctx.db.selectFrom('plan_elements').select('id').where('plan_id', '=', id).where('key', '=', key).executeTakeFirstOrThrow()).id;
  elementId = await elementOf(planId, 'P1.I1');
  otherPlanElementId = await elementOf(secondPlanId, 'P1.I1');
});
afterAll(() => t.close());

const comment = (payload: Record<string, unknown>, headers = contributor.auth, id = planId) =>
  t.app.inject({ method: 'POST', url: `/api/plans/${id}/comments`, headers, payload });
const resolve = (commentId: string, resolved: boolean, headers = contributor.auth) =>
  t.app.inject({ method: 'PATCH', url: `/api/plans/${planId}/comments/${commentId}`, headers, payload: { resolved } });
const mailTo = (email: string) => t.ctx.db.selectFrom('outbox_messages').selectAll().where('to_address', '=', email).execute();

describe('plan comments', () => {
  it('lets a contributor comment on an element, storing and mailing the members it mentions', async () => {
    const body = 'Can we fund this from Title I? @jamal@maplegrove.example and @nia@cohort.example, please check.\n@stranger@elsewhere.example @nobody@nowhere.example @former@maplegrove.example @admin@cedarfalls.example';
    const res = await comment({ elementId, body });
    expect(res.statusCode).toBe(201);
    const created = json(res);
    expect(created).toEqual({
      id: expect.any(String),
      elementId,
      elementKey: 'P1.I1',
      author: { id: contributor.id, name: 'Dana Contributor' },
      body,
      mentions: [
        { userId: jamal.id, name: 'Jamal Reed' },
        { userId: coach.id, name: 'Nia Admin' },
      ],
      resolvedAt: null,
      createdAt: expect.any(String),
    });

    const [mail] = await mailTo('jamal@maplegrove.example');
    expect(mail).toBeDefined();
    expect(mail!.subject).toBe('Dana Contributor mentioned you on "Lakeshore 2030: Every Learner, Every Day": Initiative P1.I1 "Structured literacy in every K-3 classroom"');
    expect(mail!.body_text).toContain('> Can we fund this from Title I?');
    expect(mail!.body_text).toContain(`http://waymark.test/o/${districtId}/plans/${planId}`);
    expect(mail!.organization_id).toBe(districtId);
    expect(await mailTo('nia@cohort.example')).toHaveLength(1);
    for (const email of ['stranger@elsewhere.example', 'nobody@nowhere.example', 'former@maplegrove.example', 'admin@cedarfalls.example']) {
      expect(await mailTo(email), email).toEqual([]);
    }

    const audit = await t.ctx.db.selectFrom('audit_events').selectAll().where('entity_id', '=', created.id).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'plan_comment.created', actor_user_id: contributor.id, organization_id: districtId, after: { elementKey: 'P1.I1', body } });

    const { comments } = json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/comments`, headers: viewer.auth }));
    expect(comments.find((c: { id: string }) => c.id === created.id)).toEqual(created);
  });

  it('comments on the plan as a whole, and does not mail the author who mentions themself', async () => {
    const res = await comment({ elementId: null, body: 'Note to self @jamal@maplegrove.example' }, jamal.auth);
    expect(res.statusCode).toBe(403);
    const own = await comment({ body: `Reminder for me, @${planner.email}` }, planner.auth);
    expect(own.statusCode).toBe(201);
    expect(json(own)).toMatchObject({ elementId: null, elementKey: null, mentions: [{ userId: planner.id }] });
    expect(await mailTo(planner.email)).toEqual([]);
  });

  it('refuses viewers, comments on another plan\'s element, and bodies that are empty or too long', async () => {
    expect((await comment({ elementId, body: 'hello' }, viewer.auth)).statusCode).toBe(403);
    const foreign = await comment({ elementId: otherPlanElementId, body: 'hello' });
    expect(foreign.statusCode).toBe(404);
    expect(json(foreign).error.code).toBe('not_found');
    expect((await comment({ elementId, body: '   ' })).statusCode).toBe(400);
    expect((await comment({ elementId, body: 'x'.repeat(5001) })).statusCode).toBe(400);
    expect((await comment({ elementId, body: 'x'.repeat(5000) })).statusCode).toBe(201);
  });

  it('resolves and reopens a comment, with an audit row each time', async () => {
    const { id } = json(await comment({ elementId, body: 'Resolve me' }));
    expect((await resolve(id, true, viewer.auth)).statusCode).toBe(403);
    const resolved = await resolve(id, true);
    expect(resolved.statusCode).toBe(200);
    const resolvedAt = json(resolved).resolvedAt;
    expect(resolvedAt).toEqual(expect.any(String));
    // Resolving again keeps the first time and records nothing.
    expect(json(await resolve(id, true, planner.auth)).resolvedAt).toBe(resolvedAt);
    expect(json(await resolve(id, false)).resolvedAt).toBeNull();
    const actions = (await t.ctx.db.selectFrom('audit_events').select('action').where('entity_id', '=', id).orderBy('created_at').orderBy('id').execute()).map((r) => r.action);
    expect(actions).toEqual(['plan_comment.created', 'plan_comment.resolved', 'plan_comment.reopened']);
    expect((await resolve('00000000-0000-4000-8000-000000000000', true)).statusCode).toBe(404);
  });

  it('keeps other districts out', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/comments`, headers: elsewhere.auth })).statusCode).toBe(404);
    expect((await comment({ elementId, body: 'hi' }, stranger.auth)).statusCode).toBe(404);
  });
});

describe('mentionedEmails', () => {
  it.each([
    ['@jamal@maplegrove.example', ['jamal@maplegrove.example']],
    ['Thanks @Jamal@MapleGrove.example.', ['jamal@maplegrove.example']],
    ['(@a.b+c@x.org), @a.b+c@x.org', ['a.b+c@x.org']],
    ['write to bob@x.org', []],
    ['@nobody and @ alone', []],
    ['@jamal@localhost', []],
  ])('%s', (body, emails) => {
    expect(mentionedEmails(body)).toEqual(emails);
  });
});
