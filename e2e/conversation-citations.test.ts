import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPolisExport } from '../src/server/engagement/conversations/import-polis-export.js';
import { cliActor } from '../src/server/platform/audit/actor.js';
import { twoCampsBridging, twoCampsPolisExport } from '../src/server/testing/two-camps-polis-export.js';
import { chromiumPath, DESKTOP, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/**
 * A planner downloads a vote-mode conversation's data in Polis's layout from its settings, then
 * cites the statement that bridges its opinion groups on a goal: the picker shows it under the
 * conversation, and the goal keeps a link back to the conversation.
 */
if (!chromiumPath) console.warn('Skipping the conversation citations journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

const prompt = 'What should our graduates be able to do?';

describe.skipIf(!chromiumPath)('exporting a conversation and citing its common ground, in Chromium', () => {
  let run: FirstRun;
  let conversationId: string;
  beforeAll(async () => {
    run = await openFirstRun();
    const created = await callApi(run.page, 'POST', `/api/districts/${run.organizationId}/conversations`, { mode: 'vote', prompt: { en: prompt, es: '¿Qué deberían saber hacer nuestros graduados?' }, languages: ['en', 'es'], demographics: [] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    conversationId = created.body.id as string;
    await importPolisExport({ db: run.server.database.db, actor: cliActor, organizationId: run.organizationId, conversationId, files: { comments: twoCampsPolisExport()['comments.csv'], votes: twoCampsPolisExport()['votes.csv'] } });
    expect((await callApi(run.page, 'POST', `/api/conversations/${conversationId}/open`, {})).status).toBe(200);
  });
  afterAll(() => run?.close());

  it('offers the Polis files on the conversation’s settings, and downloads them', async () => {
    const { page } = run;
    await page.goto(`${run.server.url}/o/${run.organizationId}/engagement/conversations/${conversationId}`);
    const exports = page.getByRole('region', { name: 'Export' });
    await expect.poll(() => exports.getByRole('link').count()).toBe(3);
    const download = page.waitForEvent('download');
    await exports.getByRole('link', { name: 'Votes (votes.csv)' }).click();
    expect((await download).suggestedFilename()).toMatch(/votes\.csv$/);
    await expectNoAxeViolations(page, 'conversation settings with exports');
    await exports.scrollIntoViewIfNeeded();
    await screenshot(page, 'conversation-exports-1280');
    await page.setViewportSize(PHONE);
    await exports.scrollIntoViewIfNeeded();
    await screenshot(page, 'conversation-exports-375');
    await page.setViewportSize(DESKTOP);
  });

  it('cites the bridging statement on a goal, grouped under its conversation, with a link back', async () => {
    const { page } = run;
    const plan = await callApi(run.page, 'POST', `/api/districts/${run.organizationId}/plans`, { title: 'Graduate profile 2030' });
    expect(plan.status).toBe(201);
    const goal = await callApi(run.page, 'POST', `/api/plans/${plan.body.id}/elements`, { kind: 'goal', parentId: null, fields: { title: 'Financial literacy for all' } });
    expect(goal.status).toBe(201);
    await page.goto(`${run.server.url}/o/${run.organizationId}/plans/${plan.body.id}`);
    await page.getByRole('tree').getByRole('treeitem', { name: /Financial literacy for all/ }).click();
    const panel = page.locator('.detail-panel');
    await panel.getByRole('button', { name: 'Cite what the community said' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite what the community said' });
    await expect.poll(() => dialog.getByRole('heading', { name: `Conversation: ${prompt}` }).count()).toBe(1);
    await screenshot(page, 'cite-conversation-1280');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'cite-conversation-375');
    await page.setViewportSize(DESKTOP);
    await expectNoAxeViolations(page, 'evidence picker with a conversation');
    await dialog.getByRole('button', { name: `Cite ${twoCampsBridging}` }).click();
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => panel.getByText('All changes saved').count()).toBe(1);
    const back = panel.getByRole('link', { name: 'Open the conversation' });
    expect(await back.getAttribute('href')).toBe(`/o/${run.organizationId}/engagement/conversations/${conversationId}/statements`);
    await screenshot(page, 'goal-cites-conversation-1280');

    const read = await callApi(run.page, 'GET', `/api/plans/${plan.body.id}/export`);
    expect(read.body.plan.goals[0].extensions.waymark_evidence).toEqual([
      { text: `“${twoCampsBridging}” — 100% of participants agreed, across both opinion groups (conversation “${prompt}”)`, link: { kind: 'conversation_statement', conversation_id: conversationId, statement_id: expect.any(String) } },
    ]);
  });
});
