import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../../testing/test-app.js';
import { openConversationFor, sampleConversation } from '../../../testing/conversation-test-kit.js';
import { ratedConversation } from '../../../testing/conversation-results-test-kit.js';

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

const call = (person: Person, method: 'GET' | 'PUT' | 'DELETE', url: string) => t.app.inject({ method, url, headers: person.auth });
const auditOf = (entityId: string) => t.ctx.db.selectFrom('audit_events').select(['action']).where('entity_id', '=', entityId).orderBy('id').execute();

describe('GET /api/conversations/:conversationId/results', () => {
  it('gives participation by day, counts and the top ideas of a rate-mode conversation, hidden ideas unlisted', async () => {
    const { id, statements } = await ratedConversation(t, districtId, planner.auth);
    const res = await call(viewer, 'GET', `/api/conversations/${id}/results`);
    expect(res.statusCode, res.body).toBe(200);
    const results = json(res);
    expect(results.counts).toEqual({ participants: 25, statements: 3, pending_statements: 0, hidden_statements: 1, votes: 47 });
    expect(results.over_time.map((d: { day: string }) => d.day)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04']);
    expect(results.over_time[0]).toEqual({ day: '2026-03-01', participants: 0, statements: 4, votes: 0 });
    expect(results.over_time.at(-1)).toEqual({ day: '2026-03-04', participants: 10, statements: 0, votes: 20 });
    expect(results.breakdowns).toEqual([{ key: 'role', text: sampleConversation().demographics[0]!.text }]);
    // Pay (20 ratings, 4.5) beats two fives; buses (10 fives, 10 ones) is last. The hidden idea's raters count.
    expect(results.rate.raters).toBe(25);
    expect(results.rate.top_ideas.map((i: { statement_id: string }) => i.statement_id)).toEqual([statements.pay, statements.twoFives, statements.buses]);
    expect(results.rate.top_ideas[0]).toMatchObject({ text: 'Pay teachers more', ratings: 20, mean: 4.5 });
    expect(results.rate.groups).toEqual([]);
    expect(results.publication).toMatchObject({ is_published: false, published_at: null });
    expect(results.publication.public_url).toMatch(/\/c\/[a-z0-9]+\/results$/);
  });

  it('breaks top ideas down by a demographic question, with where groups differ', async () => {
    const { id, statements } = await ratedConversation(t, districtId, planner.auth);
    const results = json(await call(viewer, 'GET', `/api/conversations/${id}/results?by=role`));
    expect(results.by).toBe('role');
    expect(results.rate.groups.map((g: { key: string; raters: unknown }) => [g.key, g.raters])).toEqual([
      ['parent', 10],
      ['student', 10],
      ['no_answer', 5],
    ]);
    expect(results.rate.groups[0].label).toEqual({ en: 'Parent', es: 'Madre o padre' });
    // Parents: buses first; students: pay first, two fives rated by too few of them to list.
    expect(results.rate.groups[0].top_ideas[0].statement_id).toBe(statements.buses);
    expect(results.rate.groups[1].top_ideas.map((i: { statement_id: string }) => i.statement_id)).toEqual([statements.pay, statements.buses]);
    expect(results.rate.groups[2].top_ideas).toEqual([]);
    expect(results.rate.rated_differently).toEqual([
      expect.objectContaining({ statement_id: statements.buses, spread: 4, groups: [{ key: 'parent', ratings: 10, mean: 5 }, { key: 'student', ratings: 10, mean: 1 }] }),
    ]);
  });

  it('hides a group under the threshold, and the one that would give it away', async () => {
    const { id } = await ratedConversation(t, districtId, planner.auth);
    await t.ctx.db.deleteFrom('engagement_settings').where('organization_id', '=', districtId).execute();
    await t.ctx.db.insertInto('engagement_settings').values({ organization_id: districtId, respondent_threshold: 6, page_texts: '{}', updated_at: new Date() }).execute();
    try {
      const results = json(await call(viewer, 'GET', `/api/conversations/${id}/results?by=role`));
      expect(results.rate.groups.map((g: { raters: unknown }) => g.raters)).toEqual([{ suppressed: true, reason: 'complement' }, 10, { suppressed: true, reason: 'small_group' }]);
      expect(results.rate.groups[0].top_ideas).toBeNull();
      expect(results.rate.rated_differently).toEqual([]);
    } finally {
      await t.ctx.db.deleteFrom('engagement_settings').where('organization_id', '=', districtId).execute();
    }
  });

  it('refuses a breakdown that is not a single-choice demographic question (400 at query/by), and is 404 for another district', async () => {
    const { id } = await ratedConversation(t, districtId, planner.auth);
    const bad = await call(viewer, 'GET', `/api/conversations/${id}/results?by=age`);
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.details[0].path).toBe('query/by');
    const other = await t.factories.organization({ name: 'Elsewhere' });
    const stranger = await t.factories.user({ organizationId: other.id, role: 'planner' });
    expect((await call(stranger, 'GET', `/api/conversations/${id}/results`)).statusCode).toBe(404);
  });

  it('compares who took part with the district’s population, as a survey’s representation does', async () => {
    const { id } = await ratedConversation(t, districtId, planner.auth);
    const put = await t.app.inject({ method: 'PUT', url: `/api/districts/${districtId}/population`, headers: planner.auth, payload: { version: 0, dimension: 'role', groups: [{ key: 'parent', label: 'Parents', count: 900 }, { key: 'student', label: 'Students', count: 100 }] } });
    expect(put.statusCode, put.body).toBe(200);
    const results = json(await call(viewer, 'GET', `/api/conversations/${id}/results`));
    expect(results.missing_population).toEqual([]);
    expect(results.representation).toHaveLength(1);
    expect(results.representation[0]).toMatchObject({ dimension: 'role', question_key: 'role', respondents: 20 });
    // 10 of 20 are parents against 90% of the population: flagged; students over-represented.
    expect(results.representation[0].rows.map((r: { key: string; respondent_share: number; is_under_represented: boolean }) => [r.key, r.respondent_share, r.is_under_represented])).toEqual([
      ['parent', 50, true],
      ['student', 50, false],
    ]);
  });

  it('gives a vote-mode conversation participation and no rating results', async () => {
    const { id } = await openConversationFor(t, districtId, planner.auth);
    const results = json(await call(viewer, 'GET', `/api/conversations/${id}/results`));
    expect(results).toMatchObject({ mode: 'vote', rate: null, counts: { participants: 0, votes: 0 }, over_time: [] });
  });
});

describe('publishing the results page', () => {
  it('publishes and takes down, each logged, and only for editors', async () => {
    const { id } = await ratedConversation(t, districtId, planner.auth);
    expect((await call(viewer, 'PUT', `/api/conversations/${id}/results/publication`)).statusCode).toBe(403);
    const published = await call(planner, 'PUT', `/api/conversations/${id}/results/publication`);
    expect(published.statusCode, published.body).toBe(200);
    expect(json(published)).toMatchObject({ is_published: true, public_url: expect.stringMatching(/\/results$/) });
    const again = json(await call(planner, 'PUT', `/api/conversations/${id}/results/publication`));
    expect(again.published_at).toBe(json(published).published_at);
    expect(json(await call(viewer, 'GET', `/api/conversations/${id}/results`)).publication.is_published).toBe(true);
    expect(json(await call(planner, 'DELETE', `/api/conversations/${id}/results/publication`))).toMatchObject({ is_published: false, published_at: null });
    const actions = (await auditOf(id)).map((row) => row.action).filter((action) => action.startsWith('conversation.results'));
    expect(actions).toEqual(['conversation.results_published', 'conversation.results_unpublished']);
  });

  it('refuses to publish a conversation never opened (409)', async () => {
    const created = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/conversations`, headers: planner.auth, payload: sampleConversation() }));
    expect((await call(planner, 'PUT', `/api/conversations/${created.id}/results/publication`)).statusCode).toBe(409);
  });
});
