import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { addSeed, openConversationFor, sampleConversation } from '../../testing/conversation-test-kit.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
let viewer: Person;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Riverside Unified' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
});
afterAll(() => t.close());

const call = (person: Person, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) => t.app.inject({ method, url, headers: person.auth, ...(payload ? { payload } : {}) });
const paths = (res: Awaited<ReturnType<typeof call>>) => json(res).error.details.map((detail: { path: string }) => detail.path);
const label = (person: Person) => `${person.email} (API token)`;
const auditOf = (entityId: string) => t.ctx.db.selectFrom('audit_events').select(['action', 'actor_label']).where('entity_id', '=', entityId).orderBy('id').execute();

describe('creating and reading conversations', () => {
  it('creates a draft (201, post-moderation by default) with its audit row, and lists and reads it', async () => {
    const res = await call(planner, 'POST', `/api/districts/${districtId}/conversations`, sampleConversation({ mode: 'rate' }));
    expect(res.statusCode, res.body).toBe(201);
    const created = json(res);
    expect(created).toMatchObject({ mode: 'rate', status: 'draft', moderation: 'post', public_code: null, languages: ['en', 'es'], counts: { statements: 0, participants: 0, votes: 0 }, missing_translations: [], version: 1 });
    expect(created.demographics[0].key).toBe('role');
    expect(await auditOf(created.id)).toEqual([{ action: 'conversation.created', actor_label: label(planner) }]);
    const list = json(await call(viewer, 'GET', `/api/districts/${districtId}/conversations`));
    expect(list.conversations.map((c: { id: string }) => c.id)).toContain(created.id);
    expect(json(await call(viewer, 'GET', `/api/conversations/${created.id}`)).prompt).toEqual(sampleConversation().prompt);
    expect((await call(viewer, 'GET', '/api/conversations/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('refuses a bad conversation with 400 naming each field, and stores nothing', async () => {
    const before = (await t.ctx.db.selectFrom('conversations').select('id').execute()).length;
    const bad = await call(planner, 'POST', `/api/districts/${districtId}/conversations`, { mode: 'stars', prompt: {}, languages: ['en'] });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad).sort()).toEqual(['/mode', '/prompt']);
    const rules = await call(planner, 'POST', `/api/districts/${districtId}/conversations`, sampleConversation({ prompt: { en: 'Hello', fr: 'Bonjour' }, demographics: [{ key: 'age', type: 'number', demographic: true, text: { en: 'Age' } }] }));
    expect(rules.statusCode).toBe(400);
    expect(paths(rules)).toEqual(expect.arrayContaining(['/demographics/0/type']));
    const language = await call(planner, 'POST', `/api/districts/${districtId}/conversations`, sampleConversation({ prompt: { en: 'Hello', fr: 'Bonjour' } }));
    expect(paths(language)).toEqual(['/prompt/fr']);
    const dates = await call(planner, 'POST', `/api/districts/${districtId}/conversations`, sampleConversation({ opens_at: '2026-05-02T00:00:00Z', closes_at: '2026-05-01T00:00:00Z' }));
    expect(paths(dates)).toEqual(['/closes_at']);
    const entry = await call(planner, 'POST', `/api/districts/${districtId}/conversations`, sampleConversation({ engagement_entry_id: '00000000-0000-4000-8000-000000000000' }));
    expect(paths(entry)).toEqual(['/engagement_entry_id']);
    expect((await t.ctx.db.selectFrom('conversations').select('id').execute()).length).toBe(before);
  });
});

describe('the life of a conversation', () => {
  it('opens only when every text is translated, keeps its code, refuses structural changes once open, and closes', async () => {
    const created = json(await call(planner, 'POST', `/api/districts/${districtId}/conversations`, sampleConversation({ prompt: { en: 'What matters most?' } })));
    expect(created.missing_translations).toEqual([{ path: '/prompt', language: 'es', source: 'What matters most?' }]);
    const refused = await call(planner, 'POST', `/api/conversations/${created.id}/open`);
    expect(refused.statusCode).toBe(400);
    expect(json(refused).error.details).toEqual([expect.objectContaining({ path: '/prompt/es', code: 'missing_translation' })]);

    const stale = await call(planner, 'PATCH', `/api/conversations/${created.id}`, { version: 7, prompt: { en: 'x', es: 'y' } });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.current.version).toBe(1);
    const saved = await call(planner, 'PATCH', `/api/conversations/${created.id}`, { version: 1, prompt: { en: 'What matters most?', es: '¿Qué importa más?' }, moderation: 'pre' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(json(saved)).toMatchObject({ version: 2, moderation: 'pre', missing_translations: [] });

    const opened = json(await call(planner, 'POST', `/api/conversations/${created.id}/open`));
    expect(opened).toMatchObject({ id: created.id, status: 'open', public_url: `http://waymark.test/c/${opened.public_code}` });
    expect(opened.public_code).toMatch(/^[2-9a-z]{8}$/);
    expect(json(await call(planner, 'POST', `/api/conversations/${created.id}/open`)).public_code).toBe(opened.public_code);

    const current = json(await call(planner, 'GET', `/api/conversations/${created.id}`));
    const mode = await call(planner, 'PATCH', `/api/conversations/${created.id}`, { version: current.version, mode: 'rate' });
    expect(mode.statusCode).toBe(409);
    expect(paths(mode)).toEqual(['/mode']);
    const fewer = await call(planner, 'PATCH', `/api/conversations/${created.id}`, { version: current.version, demographics: [] });
    expect(fewer.statusCode).toBe(409);
    const words = await call(planner, 'PATCH', `/api/conversations/${created.id}`, { version: current.version, prompt: { en: 'What matters most to you?', es: '¿Qué le importa más?' } });
    expect(words.statusCode, words.body).toBe(200);
    const untranslated = await call(planner, 'PATCH', `/api/conversations/${created.id}`, { version: json(words).version, prompt: { en: 'Only English now' } });
    expect(paths(untranslated)).toEqual(['/prompt/es']);

    const closed = await call(planner, 'POST', `/api/conversations/${created.id}/close`);
    expect(json(closed)).toMatchObject({ status: 'closed', public_code: opened.public_code });
    expect((await t.app.inject({ method: 'GET', url: `/api/public/conversations/${opened.public_code}` })).statusCode).toBe(410);
    expect((await auditOf(created.id)).map((a) => a.action)).toEqual(['conversation.created', 'conversation.updated', 'conversation.opened', 'conversation.updated', 'conversation.closed']);
  });

  it('refuses to close a draft', async () => {
    const created = json(await call(planner, 'POST', `/api/districts/${districtId}/conversations`, sampleConversation()));
    expect((await call(planner, 'POST', `/api/conversations/${created.id}/close`)).statusCode).toBe(409);
  });
});

describe('seeds, moderation and replies', () => {
  it('adds seed statements labelled as the team’s, with their audit rows', async () => {
    const { id } = await openConversationFor(t, districtId, planner.auth);
    const seed = await call(planner, 'POST', `/api/conversations/${id}/statements`, { text: '  Every graduate can manage money. ', language: 'en', translations: { es: 'Todo graduado sabe administrar dinero.' } });
    expect(seed.statusCode, seed.body).toBe(201);
    expect(json(seed)).toMatchObject({ text: 'Every graduate can manage money.', is_seed: true, status: 'accepted', translations: { es: 'Todo graduado sabe administrar dinero.' }, votes: 0, reply: null });
    expect(await auditOf(json(seed).id)).toEqual([{ action: 'conversation.seed_added', actor_label: label(planner) }]);
    const long = await call(planner, 'POST', `/api/conversations/${id}/statements`, { text: 'x'.repeat(301), language: 'en', translations: { es: '' } });
    expect(paths(long).sort()).toEqual(['/text', '/translations/es']);
    const own = await call(planner, 'POST', `/api/conversations/${id}/statements`, { text: 'Cook a meal', language: 'en', translations: { en: 'Cook a meal' } });
    expect(paths(own)).toEqual(['/translations/en']);
  });

  it('hides a statement only with a reason of the policy, logs every decision, and shows hidden ones to moderators only', async () => {
    const { id } = await openConversationFor(t, districtId, planner.auth);
    const statementId = await addSeed(t, id, planner.auth, 'Later start times');
    const moderation = `/api/conversations/${id}/statements/${statementId}/moderation`;
    const noReason = await call(planner, 'POST', moderation, { decision: 'hide' });
    expect(noReason.statusCode).toBe(400);
    expect(paths(noReason)).toEqual(['/reason']);
    expect(paths(await call(planner, 'POST', moderation, { decision: 'hide', reason: 'rude' }))).toEqual(['/reason']);
    const hidden = await call(planner, 'POST', moderation, { decision: 'hide', reason: 'off_topic' });
    expect(hidden.statusCode, hidden.body).toBe(200);
    expect(json(hidden)).toMatchObject({ id: statementId, status: 'hidden', moderation_reason: 'off_topic' });
    expect((await call(viewer, 'POST', moderation, { decision: 'accept' })).statusCode).toBe(403);

    const forModerator = json(await call(planner, 'GET', `/api/conversations/${id}/statements?status=hidden`));
    expect(forModerator.statements.map((s: { id: string }) => s.id)).toEqual([statementId]);
    expect(json(await call(viewer, 'GET', `/api/conversations/${id}/statements`)).statements).toEqual([]);
    expect(json(await call(planner, 'GET', `/api/conversations/${id}`)).counts).toMatchObject({ statements: 0, hidden: 1 });

    expect(json(await call(planner, 'POST', moderation, { decision: 'accept' }))).toMatchObject({ status: 'accepted', moderation_reason: null });
    const log = await t.ctx.db.selectFrom('conversation_moderation_events').select(['decision', 'reason', 'moderator_label']).where('statement_id', '=', statementId).orderBy('moderated_at').execute();
    expect(log).toEqual([
      { decision: 'hidden', reason: 'off_topic', moderator_label: label(planner) },
      { decision: 'accepted', reason: null, moderator_label: label(planner) },
    ]);
    expect((await auditOf(statementId)).map((a) => a.action)).toEqual(['conversation.seed_added', 'conversation.statement_hidden', 'conversation.statement_accepted']);
    expect((await call(planner, 'POST', `/api/conversations/${id}/statements/00000000-0000-4000-8000-000000000000/moderation`, { decision: 'accept' })).statusCode).toBe(404);
  });

  it('replies to a statement and closes the loop later, with a version check', async () => {
    const { id } = await openConversationFor(t, districtId, planner.auth);
    const statementId = await addSeed(t, id, planner.auth, 'Teach financial literacy');
    const url = `/api/conversations/${id}/statements/${statementId}/reply`;
    const first = await call(planner, 'PUT', url, { version: 0, reply: { en: 'We are looking at it.', es: 'Lo estamos estudiando.' } });
    expect(first.statusCode, first.body).toBe(200);
    expect(json(first)).toEqual({ reply: { en: 'We are looking at it.', es: 'Lo estamos estudiando.' }, what_we_did: null, version: 1 });
    const stale = await call(planner, 'PUT', url, { version: 0, what_we_did: { en: 'A course' } });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.current.version).toBe(1);
    const loop = json(await call(planner, 'PUT', url, { version: 1, what_we_did: { en: 'A semester course from 2027.', es: 'Un curso semestral desde 2027.' } }));
    expect(loop).toMatchObject({ reply: { en: 'We are looking at it.' }, what_we_did: { en: 'A semester course from 2027.' }, version: 2 });
    expect(paths(await call(planner, 'PUT', url, { version: 2, reply: { fr: 'Oui' } }))).toEqual(['/reply/fr']);
    const listed = json(await call(viewer, 'GET', `/api/conversations/${id}/statements`)).statements[0];
    expect(listed.reply).toMatchObject({ version: 2, what_we_did: { es: 'Un curso semestral desde 2027.' } });
    expect((await auditOf(statementId)).map((a) => a.action)).toEqual(['conversation.seed_added', 'conversation.statement_replied', 'conversation.statement_replied']);
  });
});
