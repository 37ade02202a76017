import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSeed, joinAs, multipartFiles, openConversationFor, sampleConversation, vote } from '../../testing/conversation-test-kit.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { twoCampsPolisExport } from '../../testing/two-camps-polis-export.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
type Item = { link: { kind: string; conversation_id?: string; statement_id?: string }; source: string; label: string; text: string };
let t: TestApp;
let districtId: string;
let planner: Person;
let viewer: Person;

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization()).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
});
afterAll(() => t.close());

const citable = async (language = 'en') => json(await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/citable-evidence`, headers: { ...viewer.auth, 'accept-language': language } })).items as Item[];

describe('citing what a conversation found', () => {
  let conversationId: string;
  beforeAll(async () => {
    conversationId = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/conversations`, headers: planner.auth, payload: sampleConversation() })).id;
    const { payload, headers } = multipartFiles(twoCampsPolisExport());
    const imported = await t.app.inject({ method: 'POST', url: `/api/conversations/${conversationId}/import`, headers: { ...planner.auth, ...headers }, payload });
    expect(imported.statusCode, imported.body).toBe(200);
  });

  it('offers nothing from a draft conversation', async () => {
    expect((await citable()).filter((item) => item.link.kind === 'conversation_statement')).toEqual([]);
  });

  it('offers the bridging statement only where every group agrees, the groups’ representative statements, once each, in English and Spanish', async () => {
    expect((await t.app.inject({ method: 'POST', url: `/api/conversations/${conversationId}/open`, headers: planner.auth })).statusCode).toBe(200);
    const items = (await citable()).filter((item) => item.link.conversation_id === conversationId);
    const bridging = items.filter((item) => item.text.includes('across both'));
    expect(bridging.map((item) => item.text)).toEqual(['“Every graduate can manage money” — 100% of participants agreed, across both opinion groups (conversation “What should our graduates be able to do?”)']);
    expect(bridging[0]!).toMatchObject({ link: { kind: 'conversation_statement', conversation_id: conversationId }, source: 'Conversation: What should our graduates be able to do?', label: 'Every graduate can manage money' });
    expect(items.some((item) => / of opinion group [AB] (agreed|disagreed)/.test(item.text))).toBe(true);
    expect(items.some((item) => item.label === 'Buy cheap watches')).toBe(false);
    const statements = items.map((item) => item.link.statement_id);
    expect(new Set(statements).size).toBe(statements.length);
    const spanish = (await citable('es')).find((item) => item.link.statement_id === bridging[0]!.link.statement_id)!;
    expect(spanish.text.replace(/\u00a0/g, ' ')).toBe('«Every graduate can manage money» — el 100 % de los participantes estuvo de acuerdo, en los dos grupos de opinión (conversación «¿Qué deberían saber hacer nuestros graduados?»)');
  });

  it('is cited on a goal and read back on it', async () => {
    const bridging = (await citable()).find((item) => item.text.includes('across both'))!;
    const planId = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/plans`, headers: planner.auth, payload: { title: 'Graduate profile' } })).id as string;
    const evidence = [{ text: bridging.text, link: bridging.link }];
    const goal = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/elements`, headers: planner.auth, payload: { kind: 'goal', parentId: null, fields: { title: 'Financial literacy for all', extensions: { waymark_evidence: evidence } } } });
    expect(goal.statusCode, goal.body).toBe(201);
    const exported = json(await t.app.inject({ method: 'GET', url: `/api/plans/${planId}/export`, headers: planner.auth }));
    expect(exported.plan.goals[0].extensions).toEqual({ waymark_evidence: evidence });
  });

  it('offers a rate-mode conversation’s top ideas by Bayesian average, rated by enough people, and its themes', async () => {
    const opened = await openConversationFor(t, districtId, planner.auth, sampleConversation({ mode: 'rate', prompt: { en: 'Ideas for lunch', es: 'Ideas para el almuerzo' } }));
    const salad = await addSeed(t, opened.id, planner.auth, 'A salad bar');
    const pizza = await addSeed(t, opened.id, planner.auth, 'Pizza every day');
    for (let at = 0; at < 6; at += 1) {
      const participant = await joinAs(t, opened.code, { address: `10.7.0.${at}` });
      expect((await vote(t, opened.code, participant, salad, at === 0 ? 4 : 5)).statusCode).toBeLessThan(300);
      // Two people rate the pizza: too few to cite.
      if (at < 2) expect((await vote(t, opened.code, participant, pizza, 5)).statusCode).toBeLessThan(300);
    }
    const items = (await citable()).filter((item) => item.link.conversation_id === opened.id);
    expect(items).toEqual([
      { link: { kind: 'conversation_statement', conversation_id: opened.id, statement_id: salad }, source: 'Conversation: Ideas for lunch', label: 'A salad bar', text: '“A salad bar” — rated 4.8 of 5 on average by 6 participants (conversation “Ideas for lunch”)' },
    ]);

    // Themes across the ideas (as finding themes stores them): one holding an idea is offered, an empty one is not.
    const now = new Date();
    await t.ctx.db.insertInto('conversation_theme_sets').values({ conversation_id: opened.id, organization_id: districtId, status: 'done', requested_by: null, started_at: now, found_at: now, error: null, edited_at: null }).execute();
    const theme = { organization_id: districtId, conversation_id: opened.id, words: '[]', created_at: now, updated_at: now };
    const [healthy] = await t.ctx.db.insertInto('conversation_themes').values([{ ...theme, label: 'Healthy food', position: 0 }, { ...theme, label: 'Nothing here', position: 1 }]).returning('id').execute();
    await t.ctx.db.insertInto('conversation_theme_statements').values({ statement_id: salad, organization_id: districtId, conversation_id: opened.id, theme_id: healthy!.id }).execute();
    const themes = (await citable('es')).filter((item) => item.link.kind === 'conversation_theme');
    expect(themes).toEqual([
      { link: { kind: 'conversation_theme', conversation_id: opened.id, theme_id: healthy!.id }, source: 'Conversación: Ideas para el almuerzo', label: 'Healthy food', text: 'Conversación «Ideas para el almuerzo»: tema «Healthy food» en una idea' },
    ]);
  });
});
