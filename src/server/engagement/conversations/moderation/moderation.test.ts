import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../../testing/test-app.js';
import { addSeed, openConversationFor, sampleConversation } from '../../../testing/conversation-test-kit.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let admin: Person;
let planner: Person;
let moderator: Person;
let viewer: Person;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Harbor Unified' })).id;
  admin = await t.factories.user({ organizationId: districtId, role: 'administrator' });
  planner = await t.factories.user({ organizationId: districtId, role: 'planner', name: 'Paula Planner' });
  moderator = await t.factories.user({ organizationId: districtId, role: 'moderator', name: 'Mona Moderator' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
});
afterAll(() => t.close());

const call = (person: Person, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url, headers: { ...person.auth, ...headers }, ...(payload ? { payload } : {}) });
const paths = (res: Awaited<ReturnType<typeof call>>) => json(res).error.details.map((detail: { path: string }) => detail.path);

/** An open bilingual pre-moderated conversation with one seed statement and one waiting. */
async function conversationWithQueue() {
  const { id } = await openConversationFor(t, districtId, planner.auth, sampleConversation({ moderation: 'pre' }));
  const seedId = await addSeed(t, id, planner.auth, 'Every graduate can manage money');
  const waitingId = await pendingStatement({ conversationId: id, organizationId: districtId, text: '=HYPERLINK("http://x.example") teach cooking' });
  return { id, seedId, waitingId };
}

/**
 * A participant's statement waiting in the queue, written straight to the table with the time it
 * was posted: the tests of the queue need statements that have waited hours, not milliseconds.
 */
async function pendingStatement(options: { conversationId: string; organizationId: string; text: string; language?: string; postedAt?: Date }) {
  const row = await t.ctx.db
    .insertInto('conversation_statements')
    .values({
      conversation_id: options.conversationId,
      organization_id: options.organizationId,
      text: options.text,
      language: options.language ?? 'en',
      translations: JSON.stringify({}),
      status: 'pending',
      created_at: options.postedAt ?? new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('the moderator role', () => {
  it('can be given by invitation, reads the queue, accepts and hides, and changes nothing else', async () => {
    const invited = await call(admin, 'POST', `/api/organizations/${districtId}/invitations`, { email: 'new.moderator@example.org', role: 'moderator' });
    expect(invited.statusCode, invited.body).toBe(201);

    const { id, seedId, waitingId } = await conversationWithQueue();
    const queue = json(await call(moderator, 'GET', `/api/conversations/${id}/statements?status=pending`));
    expect(queue.statements.map((s: { id: string }) => s.id)).toEqual([waitingId]);
    // A viewer is sent the accepted statements only.
    expect(json(await call(viewer, 'GET', `/api/conversations/${id}/statements`)).statements.map((s: { id: string }) => s.id)).toEqual([seedId]);

    const accepted = await call(moderator, 'POST', `/api/conversations/${id}/statements/${waitingId}/moderation`, { decision: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(json(accepted).status).toBe('accepted');
    const hidden = await call(moderator, 'POST', `/api/conversations/${id}/statements/${seedId}/moderation`, { decision: 'hide', reason: 'duplicate' });
    expect(json(hidden)).toMatchObject({ status: 'hidden', moderation_reason: 'duplicate' });

    const current = json(await call(moderator, 'GET', `/api/conversations/${id}`));
    expect((await call(moderator, 'PATCH', `/api/conversations/${id}`, { version: current.version, moderation: 'post' })).statusCode).toBe(403);
    expect((await call(moderator, 'POST', `/api/conversations/${id}/statements`, { text: 'A seed of my own', language: 'en' })).statusCode).toBe(403);
    expect((await call(moderator, 'POST', `/api/conversations/${id}/close`)).statusCode).toBe(403);
    expect((await call(moderator, 'POST', `/api/districts/${districtId}/conversations`, sampleConversation())).statusCode).toBe(403);
    expect((await call(viewer, 'POST', `/api/conversations/${id}/statements/${waitingId}/moderation`, { decision: 'accept' })).statusCode).toBe(403);
  });
});

describe('the moderation log as CSV', () => {
  it('lists every decision oldest first with the statement, the policy’s wording and the moderator’s name, in the reader’s language', async () => {
    const { id, seedId, waitingId } = await conversationWithQueue();
    await call(moderator, 'POST', `/api/conversations/${id}/statements/${waitingId}/moderation`, { decision: 'hide', reason: 'spam' });
    await call(planner, 'POST', `/api/conversations/${id}/statements/${waitingId}/moderation`, { decision: 'accept' });
    await call(moderator, 'POST', `/api/conversations/${id}/statements/${seedId}/moderation`, { decision: 'hide', reason: 'off_topic' });

    const res = await call(moderator, 'GET', `/api/conversations/${id}/moderation-log.csv`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=/);
    const rows: string[][] = parse(res.body.replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['time', 'statement_id', 'polis_comment_id', 'statement', 'decision', 'reason', 'reason_text', 'moderator']);
    expect(rows.slice(1).map((row) => [row[1], row[4], row[5], row[6], row[7]])).toEqual([
      [waitingId, 'hidden', 'spam', 'It advertises, links elsewhere or is posted over and over.', 'Mona Moderator'],
      [waitingId, 'accepted', '', '', 'Paula Planner'],
      [seedId, 'hidden', 'off_topic', 'It is not about the question asked.', 'Mona Moderator'],
    ]);
    // A participant's words that a spreadsheet would run as a formula stay words.
    expect(rows[1]![3]).toBe('\'=HYPERLINK("http://x.example") teach cooking');
    expect(new Date(rows[1]![0]!).toISOString()).toBe(rows[1]![0]);

    const spanishFile = await call(moderator, 'GET', `/api/conversations/${id}/moderation-log.csv`, undefined, { 'accept-language': 'es' });
    const spanish: string[][] = parse(spanishFile.body.replace(/^\uFEFF/, ''));
    expect(spanish[1]![6]).toBe('Hace publicidad, enlaza a otros sitios o se publica una y otra vez.');

    expect((await call(viewer, 'GET', `/api/conversations/${id}/moderation-log.csv`)).statusCode).toBe(403);
    expect((await call(moderator, 'GET', '/api/conversations/00000000-0000-4000-8000-000000000000/moderation-log.csv')).statusCode).toBe(404);
  });
});

describe('team translations of statements', () => {
  it('adds, changes and removes a translation with its audit rows, refusing stale versions and other languages', async () => {
    const { id, seedId, waitingId } = await conversationWithQueue();
    const url = `/api/conversations/${id}/statements/${seedId}/translations`;
    const [read] = json(await call(moderator, 'GET', `/api/conversations/${id}/statements`)).statements.filter((s: { id: string }) => s.id === seedId);
    expect(read.translations).toEqual({});

    const added = await call(moderator, 'PUT', url, { language: 'es', text: '  Cada graduado sabe administrar su dinero ', version: read.version });
    expect(added.statusCode, added.body).toBe(200);
    expect(json(added)).toMatchObject({ id: seedId, text: 'Every graduate can manage money', translations: { es: 'Cada graduado sabe administrar su dinero' }, version: read.version + 1 });

    const stale = await call(planner, 'PUT', url, { language: 'es', text: 'Otra', version: read.version });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.current).toEqual({ translations: { es: 'Cada graduado sabe administrar su dinero' }, version: read.version + 1 });

    const changed = json(await call(planner, 'PUT', url, { language: 'es', text: 'Cada graduado sabe manejar dinero', version: read.version + 1 }));
    expect(changed.translations).toEqual({ es: 'Cada graduado sabe manejar dinero' });
    const removed = json(await call(moderator, 'PUT', url, { language: 'es', text: null, version: changed.version }));
    expect(removed.translations).toEqual({});

    const audit = await t.ctx.db.selectFrom('audit_events').select(['action', 'before', 'after']).where('entity_id', '=', seedId).where('action', '=', 'conversation.statement_translated').orderBy('id').execute();
    expect(audit.map((row) => [row.before, row.after])).toEqual([
      [{ language: 'es', text: null }, { language: 'es', text: 'Cada graduado sabe administrar su dinero' }],
      [{ language: 'es', text: 'Cada graduado sabe administrar su dinero' }, { language: 'es', text: 'Cada graduado sabe manejar dinero' }],
      [{ language: 'es', text: 'Cada graduado sabe manejar dinero' }, { language: 'es', text: null }],
    ]);

    // Pending statements are the moderators' to translate too.
    const pending = json(await call(moderator, 'GET', `/api/conversations/${id}/statements?status=pending`)).statements[0];
    expect((await call(moderator, 'PUT', `/api/conversations/${id}/statements/${waitingId}/translations`, { language: 'es', text: 'Enseñar a cocinar', version: pending.version })).statusCode).toBe(200);
  });

  it('answers 400 naming the field, 403 to readers and 404 to other conversations’ statements, and stores nothing', async () => {
    const { id, seedId } = await conversationWithQueue();
    const other = await conversationWithQueue();
    const url = `/api/conversations/${id}/statements/${seedId}/translations`;
    expect(paths(await call(moderator, 'PUT', url, { language: 'fr', text: 'Chaque diplômé', version: 1 }))).toEqual(['/language']);
    expect(paths(await call(moderator, 'PUT', url, { language: 'en', text: 'Every graduate', version: 1 }))).toEqual(['/language']);
    expect(paths(await call(moderator, 'PUT', url, { language: 'es', text: '   ', version: 1 }))).toEqual(['/text']);
    expect(paths(await call(moderator, 'PUT', url, { language: 'es', version: 1 }))).toEqual(['/text']);
    expect(paths(await call(moderator, 'PUT', url, { language: 'es', text: 'x'.repeat(601), version: 1 }))).toEqual(['/text']);
    expect(paths(await call(moderator, 'PUT', url, { language: 'es', text: 'Hola' }))).toEqual(['/version']);
    expect((await call(viewer, 'PUT', url, { language: 'es', text: 'Hola', version: 1 })).statusCode).toBe(403);
    expect((await call(moderator, 'PUT', `/api/conversations/${other.id}/statements/${seedId}/translations`, { language: 'es', text: 'Hola', version: 1 })).statusCode).toBe(404);
    const row = await t.ctx.db.selectFrom('conversation_statements').select(['translations', 'version']).where('id', '=', seedId).executeTakeFirstOrThrow();
    expect(row).toEqual({ translations: {}, version: 1 });
  });
});
