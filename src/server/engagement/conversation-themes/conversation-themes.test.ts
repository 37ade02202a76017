import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { addSeed, openConversationFor, sampleConversation } from '../../testing/conversation-test-kit.js';
import { listConversationThemes } from './list-conversation-themes.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
type Statement = { id: string; text: string; is_seed: boolean };
type Themes = {
  status: string;
  version: number;
  statements: number;
  unsorted: Statement[];
  new_statements: Statement[];
  themes: Array<{ id: string; label: string; words: string[]; count: number; version: number; is_label_edited: boolean; statements: Statement[] }>;
};

const seeds = [
  'Graduates can manage a budget and money',
  'Every graduate understands money and saving',
  'Students learn to budget their money',
  'Money skills like saving and budgeting',
  'Graduates can plan a budget for a family',
  'Manage money, credit and saving',
  'Students write clearly and read well',
  'Graduates read and write with confidence',
  'Strong reading and writing skills',
  'Every student writes a clear essay and reads books',
  'Reading for pleasure and writing for work',
  'Students can read and write in two languages',
];
// Written by participants (not the team): ideas as much as the seed statements are.
const fromParticipants = ['Kids should cook a healthy meal', 'Graduates cook healthy food at home', 'Cooking healthy meals for themselves', 'Students learn to cook simple healthy food', 'ok'];

let t: TestApp;
let districtId: string;
let planner: Person;
let viewer: Person;
let otherAdmin: Person;
let conversationId: string;
let base: string;
let hiddenId: string;
let current: Themes;

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Cedar Schools' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  const otherDistrict = await t.factories.organization({ name: 'Elm Schools' });
  otherAdmin = await t.factories.user({ organizationId: otherDistrict.id, role: 'administrator' });
  ({ id: conversationId } = await openConversationFor(t, districtId, planner.auth, sampleConversation({ mode: 'rate' })));
  base = `/api/conversations/${conversationId}/themes`;
  for (const text of seeds) await addSeed(t, conversationId, planner.auth, text);
  await insertStatements(fromParticipants, 'accepted');
  // Hidden and still-pending statements are no ideas: never in a theme, never counted.
  hiddenId = (await insertStatements(['Money money money budget hidden idea'], 'hidden'))[0]!;
  await insertStatements(['Budget money pending idea'], 'pending');
});
afterAll(() => t.close());

async function insertStatements(texts: string[], status: 'accepted' | 'hidden' | 'pending') {
  const rows = await t.ctx.db
    .insertInto('conversation_statements')
    .values(texts.map((text, index) => ({ conversation_id: conversationId, organization_id: districtId, text, language: 'en', status, created_at: new Date(Date.now() + index) })))
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

const get = (url: string, person: Person = viewer) => t.app.inject({ method: 'GET', url, headers: person.auth });
const send = (method: 'POST' | 'PATCH', url: string, payload: object, person: Person = planner) => t.app.inject({ method, url, headers: person.auth, payload });
const themeWith = (themes: Themes, word: string) => themes.themes.find((theme) => `${theme.label} ${theme.words.join(' ')}`.toLowerCase().includes(word))!;
const allIds = (themes: Themes) => [...themes.themes.flatMap((theme) => theme.statements), ...themes.unsorted, ...themes.new_statements].map((statement) => statement.id);

async function waitForThemes(): Promise<Themes> {
  for (let attempt = 0; attempt < 1200; attempt++) {
    const themes = json<Themes>(await get(base));
    if (themes.status !== 'running') return themes;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the themes were still being found after two minutes');
}

describe('themes across a conversation’s ideas', () => {
  it('has none before they are found: every accepted statement is new, hidden and pending ones are absent', async () => {
    const res = await get(base);
    expect(res.statusCode).toBe(200);
    const themes = json<Themes>(res);
    expect(themes).toMatchObject({ status: 'none', version: 0, statements: seeds.length + fromParticipants.length, themes: [], unsorted: [] });
    expect(themes.new_statements).toHaveLength(seeds.length + fromParticipants.length);
    expect(allIds(themes)).not.toContain(hiddenId);
    expect(await listConversationThemes({ db: t.ctx.db, organizationId: districtId, conversationId })).toEqual([]);
  });

  it('finds them in a worker thread: money, reading and cooking, seed and participants’ statements alike, the wordless one not sorted', async () => {
    const started = await send('POST', `${base}/find`, { version: 0 });
    expect([200, 202]).toContain(started.statusCode);
    current = await waitForThemes();
    expect(current.status).toBe('done');
    for (const word of ['money', 'read', 'cook']) expect(themeWith(current, word), word).toBeDefined();
    // A dozen ideas are few for clustering: most of each topic lands together, not necessarily all.
    expect(themeWith(current, 'cook').statements.filter((statement) => !statement.is_seed && /cook/i.test(statement.text)).length).toBeGreaterThanOrEqual(3);
    expect(themeWith(current, 'money').statements.filter((statement) => statement.is_seed && /money|budget/i.test(statement.text)).length).toBeGreaterThanOrEqual(3);
    expect(current.unsorted.map((statement) => statement.text)).toContain('ok');
    expect(current.new_statements).toEqual([]);
    const ids = allIds(current);
    expect(ids).toHaveLength(seeds.length + fromParticipants.length);
    expect(ids).not.toContain(hiddenId);
    expect(current.themes.reduce((sum, theme) => sum + theme.count, 0) + current.unsorted.length).toBe(seeds.length + fromParticipants.length);
    const audit = await t.ctx.db.selectFrom('audit_events').select('action').where('organization_id', '=', districtId).where('action', 'like', 'conversation_themes.%').execute();
    expect(audit.map((row) => row.action)).toEqual(expect.arrayContaining(['conversation_themes.find_started', 'conversation_themes.found']));
  });

  it('lists each theme with the number of accepted statements in it, for citing', async () => {
    const listed = await listConversationThemes({ db: t.ctx.db, organizationId: districtId, conversationId });
    expect(listed).toEqual(current.themes.map((theme) => ({ id: theme.id, label: theme.label, count: theme.count })));
    // A statement hidden later leaves its theme's count.
    const money = themeWith(current, 'money');
    await t.ctx.db.updateTable('conversation_statements').set({ status: 'hidden' }).where('id', '=', money.statements[0]!.id).execute();
    const after = await listConversationThemes({ db: t.ctx.db, organizationId: districtId, conversationId });
    expect(after.find((theme) => theme.id === money.id)!.count).toBe(money.count - 1);
    expect(json<Themes>(await get(base)).themes.find((theme) => theme.id === money.id)!.count).toBe(money.count - 1);
    await t.ctx.db.updateTable('conversation_statements').set({ status: 'accepted' }).where('id', '=', money.statements[0]!.id).execute();
    expect(await listConversationThemes({ db: t.ctx.db, organizationId: 'b0000000-0000-4000-8000-000000000000', conversationId })).toEqual([]);
  });

  it('refuses to find them again from a stale version', async () => {
    const res = await send('POST', `${base}/find`, { version: current.version - 1 });
    expect(res.statusCode).toBe(409);
    expect(json(res).error).toMatchObject({ code: 'conflict', reason: 'stale', version: current.version });
  });

  it('renames a theme; a stale theme version is 409, an empty label 400', async () => {
    const money = themeWith(current, 'money');
    const res = await send('PATCH', `${base}/${money.id}`, { version: money.version, label: 'Managing money' });
    expect(res.statusCode).toBe(200);
    current = json(res);
    expect(current.themes.find((theme) => theme.id === money.id)).toMatchObject({ label: 'Managing money', is_label_edited: true, version: money.version + 1 });
    const stale = await send('PATCH', `${base}/${money.id}`, { version: money.version, label: 'Money' });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error).toMatchObject({ reason: 'stale', theme: { id: money.id, label: 'Managing money' } });
    const empty = await send('PATCH', `${base}/${money.id}`, { version: money.version + 1, label: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(json(empty).error.details[0]).toMatchObject({ path: '/label', code: 'required' });
    expect((await send('PATCH', `${base}/00000000-0000-4000-8000-000000000000`, { version: 1, label: 'X' })).statusCode).toBe(404);
    const audit = await t.ctx.db.selectFrom('audit_events').select(['before', 'after']).where('action', '=', 'conversation_theme.renamed').where('entity_id', '=', money.id).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ after: { label: 'Managing money' } });
  });

  it('asks before finding again over the team’s edits (409 reason edited)', async () => {
    const res = await send('POST', `${base}/find`, { version: current.version });
    expect(res.statusCode).toBe(409);
    expect(json(res).error.reason).toBe('edited');
  });

  it('moves a statement to another theme and to "not sorted"; a hidden statement or a stranger theme is named by its place', async () => {
    const money = themeWith(current, 'money');
    const reading = themeWith(current, 'read');
    const moving = money.statements.at(-1)!.id;
    const res = await send('POST', `${base}/move`, { version: current.version, statement_ids: [moving], theme_id: reading.id });
    expect(res.statusCode).toBe(200);
    const after = json<Themes>(res);
    expect(after.themes.find((theme) => theme.id === money.id)!.count).toBe(money.count - 1);
    expect(after.themes.find((theme) => theme.id === reading.id)!.statements.at(-1)!.id).toBe(moving);
    const out = await send('POST', `${base}/move`, { version: after.version, statement_ids: [moving], theme_id: null });
    expect(json<Themes>(out).unsorted.map((statement) => statement.id)).toContain(moving);
    current = json(out);
    expect((await send('POST', `${base}/move`, { version: after.version, statement_ids: [moving], theme_id: reading.id })).statusCode).toBe(409);
    const hidden = await send('POST', `${base}/move`, { version: current.version, statement_ids: [moving, hiddenId], theme_id: reading.id });
    expect(hidden.statusCode).toBe(400);
    expect(json(hidden).error.details[0]).toMatchObject({ path: '/statement_ids/1', code: 'does_not_exist' });
    const noTheme = await send('POST', `${base}/move`, { version: current.version, statement_ids: [moving], theme_id: '00000000-0000-4000-8000-000000000000' });
    expect(json(noTheme).error.details[0]).toMatchObject({ path: '/theme_id', code: 'does_not_exist' });
    const audit = await t.ctx.db.selectFrom('audit_events').select('action').where('entity_id', '=', conversationId).where('action', '=', 'conversation_themes.statements_moved').execute();
    expect(audit).toHaveLength(2);
  });

  it('merges two themes into one holding all their statements, with a suggested label', async () => {
    const [a, b] = [themeWith(current, 'read'), themeWith(current, 'cook')];
    const unknown = await send('POST', `${base}/merge`, { version: current.version, theme_ids: [a.id, '00000000-0000-4000-8000-000000000000'] });
    expect(json(unknown).error.details[0]).toMatchObject({ path: '/theme_ids/1', code: 'does_not_exist' });
    const res = await send('POST', `${base}/merge`, { version: current.version, theme_ids: [a.id, b.id] });
    expect(res.statusCode).toBe(200);
    const merged = json<Themes>(res);
    expect(merged.themes).toHaveLength(current.themes.length - 1);
    const kept = merged.themes.find((theme) => theme.id === a.id || theme.id === b.id)!;
    expect(kept.count).toBe(a.count + b.count);
    expect(kept.label).not.toBe('');
    expect(merged.version).toBeGreaterThan(current.version);
    current = merged;
    expect((await send('POST', `${base}/merge`, { version: current.version - 1, theme_ids: [current.themes[0]!.id, current.themes[1]!.id] })).statusCode).toBe(409);
  });

  it('splits a theme in two, keeping every statement', async () => {
    const largest = [...current.themes].sort((x, y) => y.count - x.count)[0]!;
    const res = await send('POST', `${base}/${largest.id}/split`, { version: current.version });
    expect(res.statusCode, res.body).toBe(200);
    const split = json<Themes>(res);
    expect(split.themes).toHaveLength(current.themes.length + 1);
    const index = split.themes.findIndex((theme) => theme.id === largest.id);
    const [first, second] = [split.themes[index]!, split.themes[index + 1]!];
    expect(first.count + second.count).toBe(largest.count);
    expect(second.label).not.toBe('');
    current = split;
    expect((await send('POST', `${base}/00000000-0000-4000-8000-000000000000/split`, { version: current.version })).statusCode).toBe(404);
  });

  it('shows a statement accepted after the themes were found as new, and finds again over edits when asked to', async () => {
    await insertStatements(['Graduates know how to cook'], 'accepted');
    const now = json<Themes>(await get(base));
    expect(now.new_statements.map((statement) => statement.text)).toEqual(['Graduates know how to cook']);
    const started = await send('POST', `${base}/find`, { version: now.version, replace_edited: true });
    expect([200, 202]).toContain(started.statusCode);
    const found = await waitForThemes();
    expect(found.status).toBe('done');
    expect(found.new_statements).toEqual([]);
    expect(found.themes.every((theme) => !theme.is_label_edited)).toBe(true);
  });
});

describe('who may see and change a conversation’s themes', () => {
  it('lets every district role read them and only planners and administrators change them', async () => {
    const theme = current.themes[0]!;
    expect((await get(base, viewer)).statusCode).toBe(200);
    expect((await send('PATCH', `${base}/${theme.id}`, { version: theme.version, label: 'Mine' }, viewer)).statusCode).toBe(403);
    expect((await send('POST', `${base}/find`, { version: current.version }, viewer)).statusCode).toBe(403);
  });

  it('answers 404 to another district', async () => {
    expect((await get(base, otherAdmin)).statusCode).toBe(404);
    expect((await send('POST', `${base}/find`, { version: 0 }, otherAdmin)).statusCode).toBe(404);
    expect((await send('POST', `${base}/move`, { version: 0, statement_ids: [hiddenId], theme_id: null }, otherAdmin)).statusCode).toBe(404);
  });
});
