import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hashPassword } from '../src/server/auth/secrets.js';
import { inTransaction } from '../src/server/db/transaction.js';
import { peopleRepo } from '../src/server/platform/people/people.repo.js';
import { chromiumPath, DESKTOP, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/**
 * A district's moderator (a role apart from the administrator) opens a pre-moderated
 * conversation's statements: the queue with its count, accepts one idea, hides another for a rule
 * of the published policy, translates an idea, and downloads the moderation log. The settings are
 * there to read, not to change.
 */
if (!chromiumPath) console.warn('Skipping the conversation moderation journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

const conversationBody = {
  mode: 'vote',
  moderation: 'pre',
  prompt: { en: 'What should our graduates be able to do?', es: '¿Qué deberían saber hacer nuestros graduados?' },
  languages: ['en', 'es'],
  demographics: [],
};

describe.skipIf(!chromiumPath)('a moderator works the queue in Chromium', () => {
  let run: FirstRun;
  let moderator: Page;
  let statementsUrl: string;

  beforeAll(async () => {
    run = await openFirstRun();
    const created = await callApi(run.page, 'POST', `/api/districts/${run.organizationId}/conversations`, conversationBody);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    expect((await callApi(run.page, 'POST', `/api/conversations/${id}/statements`, { text: 'Every graduate can manage money', language: 'en' })).status).toBe(201);
    expect((await callApi(run.page, 'POST', `/api/conversations/${id}/open`, {})).status).toBe(200);
    const db = run.server.database.db;
    // Two ideas waiting, as participants' posts leave them under pre-moderation.
    for (const { text, language } of [
      { text: 'Más rutas de autobús para la escuela secundaria', language: 'es' },
      { text: 'Buy my used textbooks at cheap-books.example', language: 'en' },
    ]) {
      await db.insertInto('conversation_statements').values({ conversation_id: id, organization_id: run.organizationId, text, language, translations: '{}', status: 'pending' }).execute();
    }
    // A moderator made directly in the database: the invitation journey has its own test.
    const passwordHash = await hashPassword('moderates fairly 2026');
    await inTransaction(db, async (trx) => {
      const user = await peopleRepo.insertUser(trx, { email: 'mod@bayou.example', name: 'Nadia Moreau', passwordHash });
      await peopleRepo.insertMembership(trx, { organizationId: run.organizationId, userId: user.id, role: 'moderator' });
    });
    moderator = await (await run.browser.newContext({ viewport: DESKTOP })).newPage();
    await moderator.goto(`${run.server.url}/sign-in`);
    await moderator.getByLabel('Email address').fill('mod@bayou.example');
    await moderator.getByLabel('Password').fill('moderates fairly 2026');
    await moderator.getByRole('button', { name: 'Sign in' }).click();
    await moderator.waitForURL(/\/o\/[0-9a-f-]{36}/);
    statementsUrl = `${run.server.url}/o/${run.organizationId}/engagement/conversations/${id}/statements`;
  });
  afterAll(async () => {
    await run?.close();
  });

  it('reaches the queue from the menu and sees its count and the log download', async () => {
    await moderator.getByRole('link', { name: 'Conversations' }).first().click();
    await moderator.getByRole('link', { name: 'What should our graduates be able to do?' }).click();
    await moderator.getByRole('link', { name: /Statements|Ideas/ }).first().click();
    await moderator.waitForURL(statementsUrl);
    await moderator.getByRole('heading', { name: 'Waiting for review' }).waitFor();
    await moderator.getByText('2 ideas waiting').waitFor();
    expect(await moderator.getByRole('link', { name: 'Download the moderation log (CSV)' }).count()).toBe(1);
    // A moderator adds no seed ideas: that form is the team's.
    expect(await moderator.getByRole('heading', { name: 'Add an idea of the district’s' }).count()).toBe(0);
    await expectNoAxeViolations(moderator, 'the statements tab as a moderator at 1280 px');
    await screenshot(moderator, 'conversation-moderation-1280');
  });

  it('accepts one idea, hides another for a published rule, and translates one', async () => {
    const queue = moderator.locator('section', { has: moderator.getByRole('heading', { name: 'Waiting for review' }) });
    const bus = queue.locator('li', { hasText: 'Más rutas de autobús' });
    await bus.getByRole('button', { name: 'Accept' }).click();
    await moderator.getByText('1 idea waiting').waitFor();
    const ad = queue.locator('li', { hasText: 'cheap-books' });
    await ad.getByLabel('Reason to hide it (from the published rules)').selectOption('spam');
    await ad.getByRole('button', { name: 'Hide', exact: true }).click();
    await moderator.getByText('0 ideas waiting').waitFor();

    const all = moderator.locator('section', { has: moderator.getByRole('heading', { name: 'All ideas' }) });
    const accepted = all.locator('li', { hasText: 'Más rutas de autobús' });
    // Accepted, it offers "Hide…" like any shown idea, its reasons folded away.
    await accepted.getByRole('button', { name: 'Hide…' }).waitFor();
    expect(await accepted.getByLabel('Reason to hide it (from the published rules)').count()).toBe(0);
    await accepted.getByRole('button', { name: 'Translate' }).click();
    await accepted.getByLabel(/Translation into English/).fill('More bus routes for the high school');
    await accepted.getByRole('button', { name: 'Save translations' }).click();
    // Beside the original, in the reader's language, as participants reading English see it.
    await accepted.getByText('Translation: More bus routes for the high school').waitFor();
    await moderator.setViewportSize(PHONE);
    await expectNoAxeViolations(moderator, 'the statements tab as a moderator at 375 px');
    await screenshot(moderator, 'conversation-moderation-375');
    await moderator.setViewportSize(DESKTOP);

    const log = await moderator.request.get(await moderator.getByRole('link', { name: 'Download the moderation log (CSV)' }).getAttribute('href').then((href) => `${run.server.url}${href}`));
    expect(log.status()).toBe(200);
    const text = await log.text();
    expect(text).toContain('Nadia Moreau');
    expect(text).toContain('spam');
    const statements = await callApi(run.page, 'GET', statementsUrl.replace(/.*\/conversations\//, '/api/conversations/'));
    const translated = statements.body.statements.find((s: { text: string }) => s.text.startsWith('Más rutas'));
    expect(translated.translations).toEqual({ en: 'More bus routes for the high school' });
  });

  it('reads the settings without being able to change them', async () => {
    await moderator.goto(statementsUrl.replace(/\/statements$/, ''));
    await moderator.getByRole('heading', { level: 1, name: 'What should our graduates be able to do?' }).waitFor();
    expect(await moderator.getByRole('button', { name: /^Save/ }).count()).toBe(0);
    expect(await moderator.getByRole('button', { name: /^Close/ }).count()).toBe(0);
  });
});
