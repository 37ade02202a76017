import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { createTestApp, json, testConfig, type TestApp } from '../../testing/test-app.js';
import { addSeed, joinAs, openConversationFor, sampleConversation, seasonedFormToken, vote } from '../../testing/conversation-test-kit.js';
import { AddressLimiter } from '../surveys/address-limiter.js';
import { castVote } from './cast-vote.js';
import { participantRef } from './participant-ref.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Lakeside Unified' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload });
const paths = (res: Awaited<ReturnType<typeof get>>) => json(res).error.details.map((detail: { path: string }) => detail.path);
const postIdea = (code: string, participant: string, text: string, extra: object = {}) =>
  post(`/api/public/conversations/${code}/statements`, { participant, text, language: 'en', form_token: seasonedFormToken(code), ...extra });
const next = (code: string, participant: string, limit = 20) => get(`/api/public/conversations/${code}/next?participant=${encodeURIComponent(participant)}&limit=${limit}`);

describe('a conversation by its public code', () => {
  it('gives a participant the prompt, mode, policy and questions; 404 for unknown codes and drafts, in the reader’s language', async () => {
    const { code } = await openConversationFor(t, districtId, planner.auth);
    const res = await get(`/api/public/conversations/${code.toUpperCase()}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = json(res);
    expect(body).toMatchObject({ code, organization_name: 'Lakeside Unified', mode: 'vote', languages: ['en', 'es'], moderation: 'post', statement_max_length: 300, closes_at: null });
    expect(body.moderation_policy.reasons.map((r: { key: string }) => r.key)).toContain('personal_attack');
    expect(body.moderation_policy.intro.es).toMatch(/^Toda idea es bienvenida/);
    expect(body.demographics[0].key).toBe('role');
    expect(res.headers['cache-control']).toBe('no-store');
    expect((await get('/api/public/conversations/zzzzzzzz')).statusCode).toBe(404);
    expect(json(await get('/api/public/conversations/zzzzzzzz', { 'accept-language': 'es' })).error.message).toMatch(/^No hay ninguna conversación abierta/);
    const draft = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/conversations`, headers: planner.auth, payload: sampleConversation() }));
    expect(draft.public_code).toBeNull();
  });

  it('answers 410 once closed, on every public route', async () => {
    const { id, code } = await openConversationFor(t, districtId, planner.auth);
    const participant = await joinAs(t, code);
    await t.app.inject({ method: 'POST', url: `/api/conversations/${id}/close`, headers: planner.auth });
    expect((await get(`/api/public/conversations/${code}`)).statusCode).toBe(410);
    expect((await postIdea(code, participant, 'More buses')).statusCode).toBe(410);
    expect((await vote(t, code, participant, randomUUID(), 1)).statusCode).toBe(410);
    expect((await next(code, participant)).statusCode).toBe(410);
    expect((await post(`/api/public/conversations/${code}/participants`, { device_id: 'a'.repeat(20), form_token: seasonedFormToken(code) })).statusCode).toBe(410);
  });
});

describe('joining', () => {
  it('joins once per device: 201 with a ref, 200 with the same ref again; stores only a hash of the device id and the day', async () => {
    const { id, code } = await openConversationFor(t, districtId, planner.auth);
    const deviceId = 'device-' + randomUUID();
    const url = `/api/public/conversations/${code}/participants`;
    const first = await post(url, { device_id: deviceId, form_token: seasonedFormToken(code), demographics: { role: 'parent' } });
    expect(first.statusCode, first.body).toBe(201);
    const again = await post(url, { device_id: deviceId, form_token: seasonedFormToken(code) });
    expect(again.statusCode).toBe(200);
    expect(json(again).participant).toBe(json(first).participant);
    const rows = await t.ctx.db.selectFrom('conversation_participants').selectAll().where('conversation_id', '=', id).execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(deviceId);
    expect(rows[0]!.demographics).toEqual({ role: 'parent' });
    expect(new Date(rows[0]!.created_at).toISOString()).toMatch(/T00:00:00\.000Z$/);
  });

  it('refuses with 400 naming the field: a fresh form token, a bad device id, a wrong demographic answer', async () => {
    const { code } = await openConversationFor(t, districtId, planner.auth);
    const url = `/api/public/conversations/${code}/participants`;
    const page = json(await get(`/api/public/conversations/${code}`));
    const tooQuick = await post(url, { device_id: 'a'.repeat(20), form_token: page.form_token });
    expect(json(tooQuick).error.details).toEqual([expect.objectContaining({ path: '/form_token', code: 'too_quick' })]);
    expect(paths(await post(url, { device_id: 'a'.repeat(20), form_token: 'f1.nope.nope' }))).toEqual(['/form_token']);
    expect(paths(await post(url, { device_id: 'short', form_token: seasonedFormToken(code) }))).toEqual(['/device_id']);
    const wrong = await post(url, { device_id: 'b'.repeat(20), form_token: seasonedFormToken(code), demographics: { role: 'mayor', age: 40 } });
    expect(paths(wrong).sort()).toEqual(['/demographics/age', '/demographics/role']);
  });
});

describe('ideas', () => {
  it('points out similar statements before posting, posts with confirm, and under post-moderation shows it at once', async () => {
    const { id, code } = await openConversationFor(t, districtId, planner.auth);
    await addSeed(t, id, planner.auth, 'More bus routes for the high school');
    const participant = await joinAs(t, code);
    const similar = await postIdea(code, participant, 'We need more bus routes to the high school');
    expect(similar.statusCode, similar.body).toBe(200);
    expect(json(similar)).toMatchObject({ posted: false, statement: null, similar: [{ text: 'More bus routes for the high school', is_seed: true }] });
    expect(json(similar).similar[0].similarity).toBeGreaterThan(0.4);
    const confirmed = await postIdea(code, participant, 'We need more bus routes to the high school', { confirm: true });
    expect(confirmed.statusCode).toBe(201);
    expect(json(confirmed)).toMatchObject({ posted: true, statement: { status: 'accepted' }, similar: [] });
    // A retry of the same idea is the statement already posted.
    const retry = await postIdea(code, participant, 'We need more bus routes to the high school', { confirm: true });
    expect(json(retry).statement.id).toBe(json(confirmed).statement.id);
    const stored = await t.ctx.db.selectFrom('conversation_statements').selectAll().where('id', '=', json(confirmed).statement.id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ is_seed: false, status: 'accepted', language: 'en' });
    // In vote mode the author agrees with their own statement, as in Polis.
    expect(await t.ctx.db.selectFrom('conversation_votes').select('value').where('statement_id', '=', stored.id).execute()).toEqual([{ value: 1 }]);
  });

  it('under pre-moderation keeps a statement pending, out of everyone’s list until accepted', async () => {
    const { id, code } = await openConversationFor(t, districtId, planner.auth, sampleConversation({ moderation: 'pre', mode: 'rate' }));
    const author = await joinAs(t, code);
    const other = await joinAs(t, code);
    const posted = json(await postIdea(code, author, 'Teach students to cook'));
    expect(posted.statement.status).toBe('pending');
    expect(json(await next(code, other)).statements).toEqual([]);
    expect(paths(await vote(t, code, other, posted.statement.id, 4))).toEqual(['/statement']);
    // No author vote in rate mode.
    expect(await t.ctx.db.selectFrom('conversation_votes').select('value').where('statement_id', '=', posted.statement.id).execute()).toEqual([]);
    await t.app.inject({ method: 'POST', url: `/api/conversations/${id}/statements/${posted.statement.id}/moderation`, headers: planner.auth, payload: { decision: 'accept' } });
    expect(json(await next(code, other)).statements.map((s: { id: string }) => s.id)).toEqual([posted.statement.id]);
  });

  it('refuses with 400 naming the field, and takes nothing from a robot', async () => {
    const { id, code } = await openConversationFor(t, districtId, planner.auth);
    const participant = await joinAs(t, code);
    expect(paths(await postIdea(code, participant, 'x'.repeat(301)))).toEqual(['/text']);
    expect(paths(await postIdea(code, participant, '   '))).toEqual(['/text']);
    expect(paths(await postIdea(code, 'p1.nobody', 'More art'))).toEqual(['/participant']);
    expect(paths(await postIdea(code, participant, 'More art', { language: 'not a language' }))).toEqual(['/language']);
    const robot = await postIdea(code, participant, 'Buy cheap watches', { website: 'http://spam.example' });
    expect(robot.statusCode).toBe(201);
    expect(await t.ctx.db.selectFrom('conversation_statements').select('id').where('conversation_id', '=', id).execute()).toEqual([]);
  });
});

describe('votes and what to show next', () => {
  it('takes a vote (201), replaces it with a later one (200), and refuses what does not fit with 400 naming the field', async () => {
    const { id, code } = await openConversationFor(t, districtId, planner.auth);
    const statementId = await addSeed(t, id, planner.auth, 'Every graduate can manage money');
    const participant = await joinAs(t, code);
    expect((await vote(t, code, participant, statementId, 1)).statusCode).toBe(201);
    const replaced = await vote(t, code, participant, statementId, -1);
    expect(replaced.statusCode).toBe(200);
    expect(json(replaced)).toEqual({ statement: statementId, value: -1 });
    expect(await t.ctx.db.selectFrom('conversation_votes').select(['value']).where('statement_id', '=', statementId).execute()).toEqual([{ value: -1 }]);
    expect(paths(await vote(t, code, participant, statementId, 3))).toEqual(['/value']);
    expect(paths(await vote(t, code, participant, statementId, 0.5))).toEqual(['/value']);
    expect(paths(await vote(t, code, participant, randomUUID(), 1))).toEqual(['/statement']);
    expect(paths(await vote(t, code, participant, 'not-a-uuid', 1))).toEqual(['/statement']);
    // A ref signed for another conversation is not a participant of this one.
    const other = await openConversationFor(t, districtId, planner.auth);
    expect(paths(await vote(t, other.code, participant, statementId, 1))).toEqual(['/participant']);
    // A participant's own id, as the team's results list it, is not a ref.
    const [row] = await t.ctx.db.selectFrom('conversation_participants').select('id').where('conversation_id', '=', id).execute();
    expect(paths(await vote(t, code, row!.id, statementId, 1))).toEqual(['/participant']);
    // Nor is a ref signed with another secret.
    expect(paths(await vote(t, code, participantRef({ secret: 'another-secret-another-secret', conversationId: id, participantId: row!.id }), statementId, 1))).toEqual(['/participant']);
    // A hidden statement keeps its votes but takes no new ones.
    await t.app.inject({ method: 'POST', url: `/api/conversations/${id}/statements/${statementId}/moderation`, headers: planner.auth, payload: { decision: 'hide', reason: 'duplicate' } });
    expect(paths(await vote(t, code, participant, statementId, 1))).toEqual(['/statement']);
    expect(await t.ctx.db.selectFrom('conversation_votes').select(['value']).where('statement_id', '=', statementId).execute()).toEqual([{ value: -1 }]);
  });

  it('rates 1 to 5 in rate mode', async () => {
    const { id, code } = await openConversationFor(t, districtId, planner.auth, sampleConversation({ mode: 'rate' }));
    const statementId = await addSeed(t, id, planner.auth, 'Later start times');
    const participant = await joinAs(t, code);
    expect((await vote(t, code, participant, statementId, 5)).statusCode).toBe(201);
    expect(paths(await vote(t, code, participant, statementId, 0))).toEqual(['/value']);
    expect(paths(await vote(t, code, participant, statementId, -1))).toEqual(['/value']);
  });

  it('shows next never the participant’s own statement nor one they answered; rate mode the least-seen first', async () => {
    const { id, code } = await openConversationFor(t, districtId, planner.auth, sampleConversation({ mode: 'rate' }));
    const seeds = [await addSeed(t, id, planner.auth, 'Smaller classes'), await addSeed(t, id, planner.auth, 'Later start'), await addSeed(t, id, planner.auth, 'Cooking lessons')];
    const others = [await joinAs(t, code), await joinAs(t, code)];
    // "Smaller classes" seen twice, "Later start" once, "Cooking lessons" never.
    for (const participant of others) await vote(t, code, participant, seeds[0]!, 4);
    await vote(t, code, others[0]!, seeds[1]!, 2);
    const me = await joinAs(t, code);
    const mine = json(await postIdea(code, me, 'Free breakfast for all')).statement.id;
    await vote(t, code, me, seeds[1]!, 3);
    // The tallies are remembered for a few seconds; wait them out for a deterministic order.
    await new Promise((resolve) => setTimeout(resolve, 3_100));
    const shown = json(await next(code, me));
    expect(shown.statements.map((s: { id: string }) => s.id)).toEqual([seeds[2], seeds[0]]);
    expect(shown.remaining).toBe(2);
    expect(shown.statements.map((s: { id: string }) => s.id)).not.toContain(mine);
    expect(paths(await next(code, 'p1.someone-else'))).toEqual(['query/participant']);
    expect(json(await next(code, me, 1)).statements).toHaveLength(1);
  });

  it('in vote mode draws by Polis’s priority, every open statement once, none answered', async () => {
    const { id, code } = await openConversationFor(t, districtId, planner.auth);
    const seeds = [];
    for (const text of ['Smaller classes', 'Later start', 'Cooking lessons', 'More counselors', 'Financial literacy', 'Art and music']) seeds.push(await addSeed(t, id, planner.auth, text));
    const me = await joinAs(t, code);
    await vote(t, code, me, seeds[0]!, 1);
    const shown = json(await next(code, me)).statements.map((s: { id: string }) => s.id);
    expect([...shown].sort()).toEqual(seeds.slice(1).sort());
  });

  it('answers 429 past the per-address limit, and stores nothing more', async () => {
    const { id, code } = await openConversationFor(t, districtId, planner.auth);
    const statementId = await addSeed(t, id, planner.auth, 'Smaller classes');
    const participant = await joinAs(t, code);
    const limits = { joins: new AddressLimiter({ limit: 1, windowMs: 60_000 }), statements: new AddressLimiter({ limit: 1, windowMs: 60_000 }), votes: new AddressLimiter({ limit: 1, windowMs: 60_000 }), emailCodes: new AddressLimiter({ limit: 1, windowMs: 60_000 }), emailCodesPerEmail: new AddressLimiter({ limit: 1, windowMs: 60_000 }), emailCodeAttempts: new AddressLimiter({ limit: 1, windowMs: 60_000 }) };
    const options = { db: t.ctx.db, code, participant, statement: statementId, client: { address: '198.51.100.7' }, secret: testConfig.sessionSecret, limits };
    await castVote({ ...options, value: 1 });
    await expect(castVote({ ...options, value: -1 })).rejects.toMatchObject({ code: 'rate_limited' });
    expect(await t.ctx.db.selectFrom('conversation_votes').select('value').where('statement_id', '=', statementId).execute()).toEqual([{ value: 1 }]);
  });
});

describe('logs of the public routes', () => {
  it('never carry the participant’s address, agent or ref', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
    const logged = await buildApp(t.ctx, { logger: { level: 'info', stream } });
    try {
      const { id, code } = await openConversationFor(t, districtId, planner.auth);
      const statementId = await addSeed(t, id, planner.auth, 'Smaller classes');
      const headers = { 'user-agent': 'SecretPhone/9.9' };
      const joined = await logged.inject({ method: 'POST', url: `/api/public/conversations/${code}/participants`, headers, remoteAddress: '203.0.113.99', payload: { device_id: 'c'.repeat(24), form_token: seasonedFormToken(code) } });
      const participant = json(joined).participant as string;
      await logged.inject({ method: 'POST', url: `/api/public/conversations/${code}/votes`, headers, remoteAddress: '203.0.113.99', payload: { participant, statement: statementId, value: 1 } });
      await logged.inject({ method: 'GET', url: `/api/public/conversations/${code}/next?participant=${encodeURIComponent(participant)}`, headers, remoteAddress: '203.0.113.99' });
      expect(lines.join('')).toContain('/api/public/conversations/:code/votes');
      expect(lines.join('')).not.toMatch(/203\.0\.113\.99|SecretPhone/);
      expect(lines.join('')).not.toContain(participant.split('.')[1]!);
    } finally {
      await logged.close();
    }
  });
});
