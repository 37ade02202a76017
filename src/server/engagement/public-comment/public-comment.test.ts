import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailService } from '../../mail/mail-service.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { editPlanElement, openDraftForComment, postDraftComment } from '../../testing/public-comment-test-kit.js';
import { seasonedFormToken } from '../../testing/conversation-test-kit.js';
import { issueFormToken } from '../surveys/issue-form-token.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let district: { id: string; slug: string | null };
let planner: Person;
let viewer: Person;
let moderator: Person;
let outsider: Person;
const dispatched: string[] = [];
const sendingMail: MailService = { statusForNewMail: 'pending', dispatch: async (ids) => void dispatched.push(...ids) };

beforeAll(async () => {
  t = await createTestApp({ mail: sendingMail });
  district = await t.factories.organization({ name: 'Lakeside Unified' });
  planner = await t.factories.user({ organizationId: district.id, role: 'planner' });
  viewer = await t.factories.user({ organizationId: district.id, role: 'viewer' });
  moderator = await t.factories.user({ organizationId: district.id, role: 'moderator' });
  const other = await t.factories.organization({ name: 'Other district' });
  outsider = await t.factories.user({ organizationId: other.id, role: 'administrator' });
});
afterAll(() => t.close());

const open = (options: { verifyEmail?: boolean; showComments?: boolean } = {}) => openDraftForComment(t, { districtId: district.id, headers: planner.auth, ...options });
const slug = () => district.slug!;
const get = (url: string, headers = planner.auth) => t.app.inject({ method: 'GET', url, headers });
const comments = async (planId: string, headers = planner.auth) => json(await get(`/api/plans/${planId}/comments/public`, headers)).comments as Array<Record<string, any>>;

describe('opening public comment', () => {
  it('freezes the draft and opens a window today, in one step; the plan says where the public reads it', async () => {
    const { planId, windowId } = await open();
    const plan = json(await get(`/api/plans/${planId}`));
    expect(plan.lifecycle).toBe('public_comment');
    const windows = json(await get(`/api/plans/${planId}/public-comment`));
    expect(windows.windows[0]).toMatchObject({ id: windowId, is_open: true, closes_on: '2099-12-31', counts: { received: 0 } });
    expect(windows.draft_url).toMatch(new RegExp(`/p/${slug()}/draft$`));
  });

  it('refuses a closing date in the past, a verified email without mail, a stale plan and a viewer', async () => {
    const planId = json(await t.app.inject({ method: 'POST', url: `/api/districts/${district.id}/plans`, headers: planner.auth, payload: { title: 'Second draft' } })).id;
    const { version } = json(await get(`/api/plans/${planId}`));
    const openWith = (payload: object, headers = planner.auth) => t.app.inject({ method: 'POST', url: `/api/plans/${planId}/public-comment`, headers, payload: { version, closes_on: '2099-01-31', ...payload } });
    const past = await openWith({ closes_on: '2001-01-01' });
    expect(past.statusCode).toBe(400);
    expect(json(past).error.details[0]).toMatchObject({ path: '/closes_on', code: 'in_the_past' });
    expect((await openWith({ version: version + 5 })).statusCode).toBe(409);
    expect((await openWith({}, viewer.auth)).statusCode).toBe(403);
    expect((await openWith({}, outsider.auth)).statusCode).toBe(404);
    expect(json(await get(`/api/plans/${planId}`)).lifecycle).toBe('draft');
  });
});

describe('comments from anyone (the contract)', () => {
  it('takes a comment on the whole draft and on a passage of a strategy; the team reads them without the address', async () => {
    const { planId } = await open();
    const whole = await postDraftComment(t, slug(), { body: 'Thank you for listening to families.' });
    expect(whole.statusCode, whole.body).toBe(201);
    expect(json(whole)).toMatchObject({ status: 'pending', message: expect.stringContaining('planning team') });
    const passage = await postDraftComment(t, slug(), { element_key: 'G1.S1', quote: 'three times a week', body: 'Twice a week is all our buses allow.', name: 'Rosa', email: 'rosa@example.org', role: 'families', language: 'es' });
    expect(passage.statusCode, passage.body).toBe(201);
    expect(json(passage).message).toContain('Gracias');

    const list = await comments(planId, viewer.auth);
    expect(list).toHaveLength(2);
    expect(list[1]).toMatchObject({ element_key: 'G1.S1', quote: 'three times a week', author_name: 'Rosa', has_email: true, role: 'families', status: 'pending', disposition: null });
    expect(JSON.stringify(list)).not.toContain('rosa@example.org');
    expect((await get(`/api/plans/${planId}/comments/public?element_key=G1.S1`)).json().comments).toHaveLength(1);
    expect((await get(`/api/plans/${planId}/comments/public`, outsider.auth)).statusCode).toBe(404);
  });

  it('names the field for a part not in the draft, a passage not in its text, a role or school not offered', async () => {
    await open();
    const cases = [
      [{ element_key: 'G9', body: 'x' }, '/element_key', 'unknown_element'],
      [{ element_key: 'G1.M1', quote: 'three times a week', body: 'x' }, '/quote', 'not_in_text'],
      [{ quote: 'tutoring', body: 'x' }, '/quote', 'needs_element'],
      [{ body: 'x', role: 'astronauts' }, '/role', 'unknown_role'],
      [{ body: 'x', school_id: randomUUID() }, '/school_id', 'unknown_school'],
      [{ body: '   ' }, '/body', undefined],
    ] as const;
    for (const [payload, path, code] of cases) {
      const res = await postDraftComment(t, slug(), payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(json(res).error.details[0].path).toBe(path);
      if (code) expect(json(res).error.details[0].code).toBe(code);
    }
  });

  it('stores a resent submission once, keeps nothing from a filled hidden field, and refuses a form sent too fast', async () => {
    const { planId, windowId } = await open();
    const submission_id = randomUUID();
    const first = await postDraftComment(t, slug(), { submission_id, body: 'Once only' });
    const again = await postDraftComment(t, slug(), { submission_id, body: 'Once only' });
    expect(json(again).id).toBe(json(first).id);
    const bot = await postDraftComment(t, slug(), { body: 'Cheap pills', website: 'http://spam.example' });
    expect(bot.statusCode).toBe(201);
    expect(json(bot).id).toBeNull();
    const quick = await postDraftComment(t, slug(), { body: 'Too fast', form_token: issueFormToken({ code: windowId, secret: t.ctx.config.sessionSecret }) });
    expect(quick.statusCode).toBe(400);
    expect(json(quick).error.details[0]).toMatchObject({ path: '/form_token', code: 'too_quick' });
    expect((await postDraftComment(t, slug(), { body: 'Read it first', form_token: seasonedFormToken(windowId) })).statusCode).toBe(201);
    expect((await comments(planId)).map((c) => c.body)).toEqual(['Once only', 'Read it first']);
  });

  it('answers 429 past 30 comments an hour from one address', async () => {
    await open();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1) statuses.push((await postDraftComment(t, slug(), { body: `Comment ${i}` }, '192.0.2.200')).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 201)).toBe(true);
    expect(statuses[30]).toBe(429);
  });

  it('answers 403 with plain words once the plan has moved on, and 404 for a district with no draft', async () => {
    // A district of its own: the public address shows the district's draft out for comment, and the other tests leave theirs open.
    const own = await t.factories.organization({ name: 'Hillside' });
    const ownPlanner = await t.factories.user({ organizationId: own.id, role: 'planner' });
    const { planId } = await openDraftForComment(t, { districtId: own.id, headers: ownPlanner.auth });
    const { version } = json(await get(`/api/plans/${planId}`, ownPlanner.auth));
    expect((await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/transitions`, headers: ownPlanner.auth, payload: { to: 'draft', version } })).statusCode).toBe(200);
    const closed = await postDraftComment(t, own.slug!, { body: 'Too late?' });
    expect(closed.statusCode).toBe(403);
    expect(json(closed).error.message).toContain('has closed');
    const nowhere = await t.factories.organization({ name: 'Quiet district' });
    expect((await postDraftComment(t, nowhere.slug!, { body: 'Hello' })).statusCode).toBe(404);
  });
});

describe('a district that asks commenters to confirm their address', () => {
  it('keeps the comment unconfirmed until the mailed private link is opened, once', async () => {
    const { planId } = await open({ verifyEmail: true });
    const without = await postDraftComment(t, slug(), { body: 'No address' });
    expect(json(without).error.details[0]).toMatchObject({ path: '/email', code: 'email_needed' });
    const posted = await postDraftComment(t, slug(), { body: 'Please keep art', email: 'ana@example.org' });
    expect(json(posted).status).toBe('unconfirmed');
    const mail = await t.ctx.db.selectFrom('outbox_messages').selectAll().where('to_address', '=', 'ana@example.org').executeTakeFirstOrThrow();
    expect(mail).toMatchObject({ organization_id: null, is_private: true });
    expect(dispatched).toContain(mail.id);
    const token = /confirm\?t=([A-Za-z0-9_-]+)/.exec(mail.body_text)![1]!;
    const { confirmCommentEmail } = await import('./confirm-comment-email.js');
    expect(await confirmCommentEmail({ db: t.ctx.db, token })).toMatchObject({ slug: slug() });
    await expect(confirmCommentEmail({ db: t.ctx.db, token })).rejects.toMatchObject({ code: 'not_found' });
    expect((await comments(planId))[0]).toMatchObject({ status: 'pending', email_confirmed: true });
  });
});

describe('moderation, dispositions and the logs', () => {
  it('a moderator hides a comment for a reason of the policy; the log says so in the reader’s language', async () => {
    const { planId } = await open();
    const id = json(await postDraftComment(t, slug(), { body: 'You are all idiots' })).id;
    const url = `/api/plans/${planId}/comments/public/${id}/moderation`;
    const noReason = await t.app.inject({ method: 'POST', url, headers: moderator.auth, payload: { decision: 'hide' } });
    expect(json(noReason).error.details[0].path).toBe('/reason');
    expect((await t.app.inject({ method: 'POST', url, headers: viewer.auth, payload: { decision: 'accept' } })).statusCode).toBe(403);
    const hidden = await t.app.inject({ method: 'POST', url, headers: moderator.auth, payload: { decision: 'hide', reason: 'personal_attack' } });
    expect(json(hidden)).toMatchObject({ status: 'hidden', moderation_reason: 'personal_attack' });
    const log = await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/comments/public/moderation-log.csv`, headers: { ...planner.auth, 'accept-language': 'es' } });
    expect(log.headers['content-type']).toContain('text/csv');
    expect(log.body).toContain('Ataca, insulta o amenaza');
    expect(log.body).toContain(moderator.name ?? 'hidden');
  });

  it('records dispositions pointing at changes made since the draft opened, and lists them in the response log', async () => {
    const { planId } = await open();
    const id = json(await postDraftComment(t, slug(), { element_key: 'G1.S1', quote: 'three times a week', body: 'Make it twice a week.' })).id;
    const url = `/api/plans/${planId}/comments/public/${id}/disposition`;
    const put = (payload: object) => t.app.inject({ method: 'PUT', url, headers: planner.auth, payload });
    const current = async () => (await comments(planId)).find((c) => c.id === id)!;

    const noWhy = await put({ version: (await current()).version, disposition: 'not_accepted' });
    expect(json(noWhy).error.details[0].path).toBe('/note');
    const unchanged = await put({ version: (await current()).version, disposition: 'accepted', changed_keys: ['G1.S1'] });
    expect(json(unchanged).error.details[0]).toMatchObject({ path: '/changed_keys/0', code: 'not_changed_since_draft' });

    await editPlanElement(t, planner.auth, planId, 'G1.S1', { title: 'High-dosage tutoring', description: 'Tutors meet struggling readers twice a week during the school day.' });
    const changes = json(await get(`/api/plans/${planId}/public-comment/changes`));
    const strategy = changes.changes.find((c: { key: string }) => c.key === 'G1.S1');
    expect(strategy.change).toBe('changed');
    expect(strategy.fields[0].text_diff.filter((p: { op: string }) => p.op === 'insert').map((p: { text: string }) => p.text).join('')).toContain('twice');

    const { version } = await current();
    const accepted = await put({ version, disposition: 'accepted', note: 'Twice a week fits the bus schedule.', changed_keys: ['G1.S1'] });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(json(accepted).disposition).toMatchObject({ value: 'accepted', changed_keys: ['G1.S1'], by: planner.name });
    expect((await put({ version, disposition: 'partly' })).statusCode).toBe(409);

    const log = await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/comments/public/response-log.csv`, headers: planner.auth });
    expect(log.body.split('\n')[0]).toContain('disposition_text');
    expect(log.body).toContain('Twice a week fits the bus schedule.');
    expect(log.body).toContain('Accepted');
  });

  it('with cite_on_changed, each changed element cites the accepted comment once, with the role and no name', async () => {
    const { planId } = await open();
    const id = json(await postDraftComment(t, slug(), { element_key: 'G1.S1.A1', body: 'Hire bilingual tutors.', name: 'Luis', role: 'families' })).id;
    await editPlanElement(t, planner.auth, planId, 'G1.S1.A1', { title: 'Hire twenty bilingual tutors' });
    const dispose = async () => {
      const { version } = (await comments(planId)).find((c) => c.id === id)!;
      return t.app.inject({ method: 'PUT', url: `/api/plans/${planId}/comments/public/${id}/disposition`, headers: planner.auth, payload: { version, disposition: 'accepted', changed_keys: ['G1.S1.A1'], cite_on_changed: true } });
    };
    expect((await dispose()).statusCode).toBe(200);
    expect((await dispose()).statusCode).toBe(200);
    const action = json(await get(`/api/plans/${planId}`)).elements.find((e: { key: string }) => e.key === 'G1.S1.A1');
    const evidence = action.fields.extensions.waymark_evidence;
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({ link: { kind: 'public_comment', plan_id: planId, comment_id: id } });
    expect(evidence[0].text).toContain('Hire bilingual tutors.');
    expect(evidence[0].text).toContain('Parents and families');
    expect(evidence[0].text).not.toContain('Luis');
  });

  it('changes a running window (later closing, comments shown) with a version check', async () => {
    const { planId, windowId } = await open();
    const url = `/api/plans/${planId}/public-comment/windows/${windowId}`;
    const window = json(await get(`/api/plans/${planId}/public-comment`)).windows[0];
    const changed = await t.app.inject({ method: 'PUT', url, headers: planner.auth, payload: { version: window.version, closes_on: '2099-06-30', show_comments: true } });
    expect(json(changed)).toMatchObject({ closes_on: '2099-06-30', show_comments: true, version: window.version + 1 });
    expect((await t.app.inject({ method: 'PUT', url, headers: planner.auth, payload: { version: window.version, closes_on: '2099-07-31' } })).statusCode).toBe(409);
  });
});
