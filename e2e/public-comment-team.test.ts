import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, DESKTOP, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/**
 * The planning team's side of public comment on a draft: a planner opens the draft for comment from
 * the lifecycle bar (closing date and the two settings asked there), sees the draft page's address;
 * the public's comments show beside the strategy they are about; a moderator hides one for a reason
 * of the policy; the planner edits the strategy and records "accepted" pointing at that change, seen
 * word by word. Every screen at 1280 and 375 px, in English and Spanish.
 */
if (!chromiumPath) console.warn('Skipping the public comment team journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

const STRATEGY_TEXT = 'Offer small-group tutoring three times a week to every first grader who needs it.';
const EDITED_TEXT = 'Offer small-group tutoring every school day to every first grader who needs it.';
const GOOD_COMMENT = 'Three times a week is too little for the children who need it most.';
const SPAM_COMMENT = 'Buy cheap tutoring at best-tutors.example today!';

/** Comments on the whole draft that fall in plain themes: buses, reading, and meals. */
const themedComments = [
  ...['More school bus routes for the far side of town', 'The bus comes too early, add bus routes', 'School buses are always late and full', 'Please add a late bus route after clubs', 'Bus routes should reach every neighborhood'],
  ...['Teach reading with more library books', 'Reading books at home with families matters', 'More library time for reading books', 'Every child needs books and reading help'],
  ...['Healthy school meals with fresh food', 'The school lunch food should be healthier', 'Fresh healthy lunch meals every day', 'Cook healthy school meals on site', 'Better food and healthy meals at lunch'],
];

const draft = {
  format: 'strategic-plan/v1',
  organization: { name: 'Cedar Falls Schools', kind: 'district' },
  plan: {
    title: 'Cedar Falls 2027-2030',
    mission: 'Every student leaves ready for what comes next.',
    vision: 'Schools where every family feels welcome.',
    values: [{ name: 'Equity', description: 'We give each student what they need.' }],
    goals: [
      {
        key: 'G1',
        title: 'Every child reads by grade 3',
        strategies: [
          { key: 'G1.S1', title: 'Tutoring for early readers', description: STRATEGY_TEXT },
          { key: 'G1.S2', title: 'Books at home', description: 'Send a book home every month.' },
        ],
      },
    ],
  },
};

/** Today plus days, as the browser's date input shows it (the test server and the browser share the clock). */
function dayAfter(days: number): string {
  const now = new Date();
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

describe.skipIf(!chromiumPath)('the planning team works public comment in Chromium', () => {
  let run: FirstRun;
  let page: Page;
  let planId: string;
  let planUrl: string;

  const postComment = (slug: string, comment: { body: string; element_key?: string; quote?: string }) =>
    callApi(page, 'POST', `/api/public/districts/${slug}/draft/comments`, { ...comment, submission_id: crypto.randomUUID() });
  const comments = async () => (await callApi(page, 'GET', `/api/plans/${planId}/comments/public`)).body.comments as Array<{ id: string; body: string; status: string; moderation_reason: string | null; disposition: { value: string; changed_keys: string[] } | null }>;
  /** A panel that scrolls inside the page: brought into sight and shot as the screen shows it. */
  const shootInView = async (name: string, selector: string) => {
    for (const [viewport, width] of [[DESKTOP, 1280], [PHONE, 375]] as const) {
      await page.setViewportSize(viewport);
      await page.locator(selector).first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/screens/${name}-${width}.png` });
    }
    await page.setViewportSize(DESKTOP);
  };
  const shoot = async (name: string) => {
    await screenshot(page, `${name}-1280`);
    await page.setViewportSize(PHONE);
    await screenshot(page, `${name}-375`);
    await page.setViewportSize(DESKTOP);
  };

  beforeAll(async () => {
    run = await openFirstRun({ name: 'Cedar Falls Schools', adminName: 'Grace Liu', email: 'grace@cedar.example' });
    page = run.page;
    const imported = await callApi(page, 'POST', `/api/districts/${run.organizationId}/plans/import`, draft);
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    planId = imported.body.id as string;
    planUrl = `${run.server.url}/o/${run.organizationId}/plans/${planId}`;
  });
  afterAll(async () => {
    await run?.close();
  });

  it('opens the draft for public comment from the lifecycle bar, asking the closing date and the two settings', async () => {
    await page.goto(planUrl);
    const bar = page.getByRole('region', { name: 'Status of the plan' });
    await bar.getByRole('button', { name: 'Open for public comment' }).click();
    const dialog = page.getByRole('dialog');
    const closesOn = dialog.getByLabel('Comments close on');
    expect(await closesOn.inputValue()).toBe(dayAfter(30));
    await dialog.getByText('A comment counts only once its writer clicks the link mailed to them.', { exact: false }).waitFor();
    await dialog.getByLabel('Show comments on the draft page (after moderation)').check();
    await expectNoAxeViolations(page, 'the opening dialog');
    await screenshot(page, 'public-comment-open-dialog-1280');
    await dialog.getByRole('button', { name: 'Open for public comment' }).click();
    await dialog.waitFor({ state: 'detached' });

    const windows = await callApi(page, 'GET', `/api/plans/${planId}/public-comment`);
    expect(windows.body.windows[0]).toMatchObject({ closes_on: dayAfter(30), show_comments: true, verify_email: false, is_open: true });
    const draftUrl = windows.body.draft_url as string;
    await bar.getByRole('link', { name: draftUrl }).waitFor();
    expect(await bar.getByText('Out for public comment').count() + (await page.getByText('Out for public comment').count())).toBeGreaterThan(0);
    await shoot('public-comment-lifecycle-bar');

    const slug = /\/p\/([^/]+)\/draft$/.exec(draftUrl)![1]!;
    expect((await postComment(slug, { body: GOOD_COMMENT, element_key: 'G1.S1', quote: 'three times a week' })).status).toBe(201);
    expect((await postComment(slug, { body: SPAM_COMMENT, element_key: 'G1.S1' })).status).toBe(201);
    expect((await postComment(slug, { body: 'Please keep the mission short.', element_key: 'mission' })).status).toBe(201);
  });

  it('shows the comments beside the strategy in the plan editor, with the passage quoted', async () => {
    await page.goto(`${planUrl}?element=G1.S1`);
    const panel = page.locator('.detail-panel');
    await panel.getByRole('heading', { name: 'Public comments (2)' }).waitFor();
    const good = panel.locator('li.public-comment', { hasText: GOOD_COMMENT });
    expect(await good.locator('blockquote').textContent()).toContain('three times a week');
    await expectNoAxeViolations(page, 'the element panel with public comments');
    await shootInView('public-comment-element-panel', '.element-public-comments');

    await page.goto(`${planUrl}/details`);
    await page.getByRole('heading', { name: 'Public comments on the mission, vision and values' }).waitFor();
    await page.getByText('Please keep the mission short.').waitFor();
    await shootInView('public-comment-plan-details', '.element-public-comments');
  });

  it('reaches the Public comment screen from the lifecycle bar and hides the advertisement for a reason of the policy', async () => {
    await page.goto(planUrl);
    await page.getByRole('region', { name: 'Status of the plan' }).getByRole('link', { name: 'Public comment' }).click();
    await page.waitForURL(`${planUrl}/public-comment`);
    await page.getByText('3 comments received').waitFor();
    const queue = page.locator('section', { has: page.getByRole('heading', { name: 'Waiting for moderation' }) });
    await queue.getByText('3 comments waiting').waitFor();
    await expectNoAxeViolations(page, 'the Public comment screen');
    await shoot('public-comment-screen');

    // Someone else moves the closing date while the planner changes it: the window is shown as it is now, then saved knowingly.
    const closing = page.getByLabel('Closing date');
    await closing.fill(dayAfter(20));
    const before = (await callApi(page, 'GET', `/api/plans/${planId}/public-comment`)).body.windows[0];
    expect((await callApi(page, 'PUT', `/api/plans/${planId}/public-comment/windows/${before.id}`, { version: before.version, closes_on: dayAfter(40) })).status).toBe(200);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Someone changed this window meanwhile.', { exact: false }).waitFor();
    await expect.poll(() => closing.inputValue()).toBe(dayAfter(40));
    await closing.fill(dayAfter(20));
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(async () => (await callApi(page, 'GET', `/api/plans/${planId}/public-comment`)).body.windows[0].closes_on).toBe(dayAfter(20));

    const spam = queue.locator('li.public-comment', { hasText: SPAM_COMMENT });
    await spam.getByRole('button', { name: 'Hide', exact: true }).click();
    await spam.getByText('Choose the reason of the policy this comment breaks.').waitFor();
    await spam.getByLabel('Reason for hiding').selectOption('spam');
    await spam.getByRole('button', { name: 'Hide', exact: true }).click();
    await queue.getByText('2 comments waiting').waitFor();
    await queue.locator('li.public-comment', { hasText: GOOD_COMMENT }).getByRole('button', { name: 'Accept' }).click();
    await queue.getByText('1 comment waiting').waitFor();
    const stored = await comments();
    expect(stored.find((c) => c.body === SPAM_COMMENT)).toMatchObject({ status: 'hidden', moderation_reason: 'spam' });
    expect(stored.find((c) => c.body === GOOD_COMMENT)).toMatchObject({ status: 'accepted' });

    const list = page.locator('section', { has: page.getByRole('heading', { name: 'Comments', exact: true }) });
    await list.getByLabel('Status').selectOption('hidden');
    await list.getByText('It advertises, links elsewhere or is posted over and over.', { exact: false }).waitFor();
    expect(await list.locator('li.public-comment').count()).toBe(1);
  });

  it('records "accepted" pointing at the strategy’s change, shown word by word, after editing the strategy', async () => {
    await page.goto(`${planUrl}?element=G1.S1`);
    const panel = page.locator('.detail-panel');
    await panel.getByRole('textbox', { name: /^Description/ }).fill(EDITED_TEXT);
    await panel.getByRole('button', { name: 'Save changes', exact: true }).click();
    await panel.getByText('All changes saved').first().waitFor();

    const good = panel.locator('li.public-comment', { hasText: GOOD_COMMENT });
    await good.getByRole('button', { name: 'Record a decision' }).click();
    await good.getByRole('radio', { name: /^Accepted/ }).check();
    const change = good.locator('li.disposition-change', { hasText: 'G1.S1' });
    await change.locator('ins', { hasText: 'every school day' }).waitFor();
    await change.getByRole('checkbox').check();
    await expectNoAxeViolations(page, 'the disposition editor');
    await shootInView('public-comment-disposition', '.disposition.is-editing');
    await good.getByRole('button', { name: 'Save the decision' }).click();
    await good.getByText('Changes made: G1.S1').waitFor();
    expect((await comments()).find((c) => c.body === GOOD_COMMENT)?.disposition).toMatchObject({ value: 'accepted', changed_keys: ['G1.S1'] });

    // "Not accepted" needs a reason, said next to the note before anything is sent.
    await page.goto(`${planUrl}/public-comment`);
    const mission = page.locator('li.public-comment', { hasText: 'Please keep the mission short.' }).last();
    await mission.getByRole('button', { name: 'Record a decision' }).click();
    await mission.getByRole('radio', { name: /^Not accepted/ }).check();
    await mission.getByRole('button', { name: 'Save the decision' }).click();
    await mission.getByText('Say why the comment is not accepted.').waitFor();
  });

  it('shows the themes and the downloads, and the adoption record after adoption', async () => {
    const slug = /\/p\/([^/]+)\/draft$/.exec((await callApi(page, 'GET', `/api/plans/${planId}/public-comment`)).body.draft_url)![1]!;
    for (const body of themedComments) expect((await postComment(slug, { body })).status).toBe(201);
    await page.goto(`${planUrl}/public-comment`);
    await page.getByRole('link', { name: 'Themes' }).click();
    await page.getByRole('heading', { name: 'Themes', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Find themes' }).click();
    const cards = page.locator('li.theme-card');
    await expect.poll(() => cards.count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
    // One decision for a whole theme: out of scope, with a note.
    const first = cards.first();
    const label = (await first.locator('h3').textContent())!;
    await first.getByRole('button', { name: 'Record a decision' }).click();
    await first.getByRole('radio', { name: /^Out of scope/ }).check();
    await first.getByRole('textbox', { name: /^Note/ }).fill('Bus routes are the county’s to set, not this plan’s.');
    await first.getByRole('button', { name: 'Save the decision' }).click();
    // The decision as shown once saved (the editor has closed), not the note still in its box.
    await first.locator('.disposition-note', { hasText: 'Bus routes are the county’s to set, not this plan’s.' }).waitFor();
    const themes = await callApi(page, 'GET', `/api/plans/${planId}/public-comment/windows/${(await callApi(page, 'GET', `/api/plans/${planId}/public-comment`)).body.windows[0].id}/themes`);
    expect(themes.body.themes.find((theme: { label: string }) => theme.label === label).disposition).toMatchObject({ value: 'out_of_scope' });
    await first.getByRole('button', { name: 'Rename' }).click();
    await first.getByRole('textbox', { name: `New name for ${label}` }).fill('School buses');
    await first.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'School buses' }).waitFor();
    await expectNoAxeViolations(page, 'the themes tab');
    await shoot('public-comment-themes');
    await page.getByRole('link', { name: 'Downloads' }).click();
    const log = page.getByRole('link', { name: 'Response log (CSV)' });
    expect(await log.getAttribute('href')).toBe(`/api/plans/${planId}/comments/public/response-log.csv`);
    expect(await page.getByRole('link', { name: 'Packet (PDF)' }).getAttribute('href')).toBe(`/api/plans/${planId}/public-comment/packet.pdf?lang=en`);
    // The links lead to the files: the response log carries the decision recorded above, never a name.
    const responseLog = await page.request.get(`${run.server.url}/api/plans/${planId}/comments/public/response-log.csv`);
    expect(responseLog.status()).toBe(200);
    expect(await responseLog.text()).toContain('G1.S1');
    for (const name of ['Packet (Word)', 'Packet (PDF)', 'Moderation log (CSV)']) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      expect((await page.request.get(`${run.server.url}${href}`)).status(), name).toBe(200);
    }
    await shoot('public-comment-downloads');

    const plan = await callApi(page, 'GET', `/api/plans/${planId}`);
    expect((await callApi(page, 'POST', `/api/plans/${planId}/transitions`, { to: 'adopted', version: plan.body.version, adoption: { date: dayAfter(0) } })).status).toBe(200);
    await page.goto(`${planUrl}/versions`);
    const record = page.locator('section', { has: page.getByRole('heading', { name: 'Public comment in the adoption record' }) });
    await record.getByText(/17 comments, \d+ with a decision/).waitFor();
    const heard = await record.getByRole('link', { name: 'What we heard, what we did (public page)' }).getAttribute('href');
    expect(heard).toMatch(new RegExp(`^/p/[^/]+/plans/${planId}/heard$`));
    expect((await page.request.get(`${run.server.url}${heard}`)).status()).toBe(200);
    await expectNoAxeViolations(page, 'the adoption record');
    await shoot('public-comment-adoption-record');
  });

  it('reads in Spanish', async () => {
    await page.getByLabel('Language').first().selectOption('es');
    await page.goto(`${planUrl}/public-comment`);
    await page.getByRole('heading', { name: 'Periodo de comentarios' }).waitFor();
    await page.getByText('17 comentarios recibidos').waitFor();
    await shoot('public-comment-screen-es');
    await page.goto(`${planUrl}?element=G1.S1`);
    await page.getByRole('heading', { name: 'Comentarios públicos (2)' }).waitFor();
    await shootInView('public-comment-element-panel-es', '.element-public-comments');
    await page.goto(`${planUrl}/versions`);
    await page.getByRole('heading', { name: 'La consulta pública en el registro de aprobación' }).waitFor();
    await shoot('public-comment-adoption-record-es');
  });
});
