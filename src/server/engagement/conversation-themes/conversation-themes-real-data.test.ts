import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../config.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { multipartFiles, sampleConversation } from '../../testing/conversation-test-kit.js';
import { listConversationThemes } from './list-conversation-themes.js';

const polisDirectory = path.resolve(projectRoot, '..', 'shared', 'data', 'polis', 'vtaiwan.uberx');
const hasPolis = existsSync(path.join(polisDirectory, 'comments.csv'));
if (!hasPolis) console.warn(`Skipping the real-data conversation themes test: ${polisDirectory} is absent (../shared/data beside the checkout).`);

type Themes = { status: string; statements: number; unsorted: Array<{ id: string }>; new_statements: Array<{ id: string }>; themes: Array<{ id: string; label: string; count: number; statements: Array<{ id: string; external_id: string | null; text: string }> }> };

// vTaiwan's conversation on UberX (2016), in Chinese: imported from its Polis export, then themed.
// Chinese has no spaces between words, which the theme finder cuts into two-character pieces.
describe.skipIf(!hasPolis)('themes across the vTaiwan UberX conversation, imported from Polis', () => {
  let t: TestApp;
  let auth: Record<string, string>;
  let districtId: string;
  let conversationId: string;
  let comments: Array<Record<string, string>>;

  beforeAll(async () => {
    t = await createTestApp();
    districtId = (await t.factories.organization({ name: 'Taipei' })).id;
    auth = (await t.factories.user({ organizationId: districtId, role: 'planner' })).auth;
    const read = (file: string) => readFileSync(path.join(polisDirectory, file), 'utf8');
    comments = parse(read('comments.csv'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
    const created = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/conversations`, headers: auth, payload: sampleConversation({ prompt: { en: 'How should Taiwan regulate UberX?', es: '¿Cómo debería Taiwán regular UberX?' } }) }));
    conversationId = created.id;
    const { payload, headers } = multipartFiles({ 'comments.csv': read('comments.csv'), 'votes.csv': read('votes.csv') });
    const imported = await t.app.inject({ method: 'POST', url: `/api/conversations/${conversationId}/import`, headers: { ...auth, ...headers }, payload });
    expect(imported.statusCode, imported.body).toBe(200);
  }, 120_000);
  afterAll(() => t?.close());

  it('finds a handful of themes that sort most comments, hidden ones left out, each about what its label says', async () => {
    const base = `/api/conversations/${conversationId}/themes`;
    const started = await t.app.inject({ method: 'POST', url: `${base}/find`, headers: auth, payload: { version: 0 } });
    expect([200, 202]).toContain(started.statusCode);
    let found = json<Themes>(started);
    for (let attempt = 0; found.status === 'running' && attempt < 1200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      found = json<Themes>(await t.app.inject({ method: 'GET', url: base, headers: auth }));
    }
    expect(found.status).toBe('done');

    const hidden = new Set(comments.filter((comment) => comment.moderated === '-1').map((comment) => comment['comment-id']));
    const shown = comments.length - hidden.size;
    // The ideas are the comments Polis did not moderate out (accepted or never moderated are both shown).
    expect(hidden.size).toBeGreaterThan(0);
    expect(found.statements).toBeLessThanOrEqual(shown);
    expect(found.statements).toBeGreaterThan(shown * 0.5);
    const themed = found.themes.flatMap((theme) => theme.statements);
    expect(themed.some((statement) => hidden.has(statement.external_id ?? ''))).toBe(false);
    expect(themed.length + found.unsorted.length).toBe(found.statements);
    expect(found.new_statements).toEqual([]);

    expect(found.themes.length).toBeGreaterThanOrEqual(3);
    expect(found.themes.length).toBeLessThanOrEqual(12);
    expect(themed.length).toBeGreaterThan(found.statements * 0.8);
    expect(Math.max(...found.themes.map((theme) => theme.count))).toBeLessThan(found.statements * 0.6);
    // Labels are Chinese words of the comments (not "I think"), and most of a theme's comments say them.
    const taxi = found.themes.find((theme) => theme.label.includes('計程車'));
    expect(taxi, found.themes.map((theme) => theme.label).join(' / ')).toBeDefined();
    expect(taxi!.statements.filter((statement) => statement.text.includes('計程車')).length).toBeGreaterThan(taxi!.count * 0.6);
    expect(found.themes.some((theme) => /覺得|認為/.test(theme.label))).toBe(false);

    const listed = await listConversationThemes({ db: t.ctx.db, organizationId: districtId, conversationId });
    expect(listed).toEqual(found.themes.map((theme) => ({ id: theme.id, label: theme.label, count: theme.count })));
  }, 120_000);
});
