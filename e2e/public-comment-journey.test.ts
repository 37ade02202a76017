import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hashPassword } from '../src/server/auth/secrets.js';
import { inTransaction } from '../src/server/db/transaction.js';
import { peopleRepo } from '../src/server/platform/people/people.repo.js';
import { chromiumPath, DESKTOP, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/**
 * Issue 15's acceptance journey, in Chromium: a planner opens public comment on a draft from the
 * plan's lifecycle bar; a resident reads /p/<slug>/draft in Spanish on a phone and comments on a
 * passage of a strategy; the planner accepts it in moderation, finds it in a theme, edits the
 * strategy and records "accepted" pointing at that change; after adoption, the resident finds the
 * comment on "what we heard, what we did" with its disposition and the change, word by word, and
 * the strategy cites the comment.
 */
if (!chromiumPath) console.warn('Skipping the public comment acceptance journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

const PHONE_360 = { width: 360, height: 740 };
const STRATEGY_TEXT = 'Small-group tutoring three times a week for every reader below grade level.';
const EDITED_TEXT = 'Small-group tutoring every school day for every reader below grade level.';
const RESIDENT_COMMENT = 'Las tutorías tres veces por semana son pocas: mi hija necesita tutorías todos los días.';
/** Other voices, so the comments fall into themes: more on tutoring, in Spanish, and some on buses. */
const OTHER_COMMENTS = [
  { element_key: 'G1.S1', body: 'Más tutorías por semana, por favor; las tutorías ayudan mucho.' },
  { element_key: 'G1.S1', body: 'Las tutorías deberían ser diarias, no solo tres días por semana.' },
  { element_key: 'G1.S1', body: 'Tutorías todos los días para quienes leen con dificultad.' },
  { body: 'The bus routes change too often; keep the bus routes stable.' },
  { body: 'Late buses make students miss breakfast; fix the bus schedule.' },
  { body: 'Add a bus stop near the apartments on Elm Street; the bus is too far.' },
];

const draft = {
  format: 'strategic-plan/v1',
  organization: { name: 'Valle Verde Unified', kind: 'district' },
  plan: {
    title: 'Valle Verde 2027-2031',
    status: 'draft',
    mission: 'Every student known, challenged and ready.',
    goals: [
      {
        key: 'G1',
        title: 'Every child reads by grade 3',
        measures: [{ key: 'G1.M1', name: 'Grade 3 reading proficiency', unit: 'percent', direction: 'increase', targets: [{ period: { label: '2030-31' }, value: 70 }] }],
        strategies: [{ key: 'G1.S1', title: 'Tutoring for early readers', description: STRATEGY_TEXT }],
      },
    ],
  },
};

async function signIn(browser: Browser, url: string, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/o\/[0-9a-f-]{36}/);
  return page;
}

describe.skipIf(!chromiumPath)('public comment from the draft to "what we heard, what we did"', () => {
  let run: FirstRun;
  let planner: Page;
  let resident: Page;
  let planId = '';
  let planUrl = '';
  let slug = '';
  const comments = async () => (await callApi(planner, 'GET', `/api/plans/${planId}/comments/public`)).body.comments as Array<{ id: string; body: string; status: string; theme: { label: string } | null; disposition: { value: string } | null }>;

  beforeAll(async () => {
    run = await openFirstRun({ name: 'Valle Verde Unified', adminName: 'Rosa Méndez', email: 'rosa@valleverde.example' });
    const passwordHash = await hashPassword('plans with the community');
    await inTransaction(run.server.database.db, async (trx) => {
      const user = await peopleRepo.insertUser(trx, { email: 'ana@valleverde.example', name: 'Ana Planner', passwordHash });
      await peopleRepo.insertMembership(trx, { organizationId: run.organizationId, userId: user.id, role: 'planner' });
    });
    planner = await signIn(run.browser, run.server.url, 'ana@valleverde.example', 'plans with the community');
    const imported = await callApi(planner, 'POST', `/api/districts/${run.organizationId}/plans/import`, draft);
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    planId = imported.body.id as string;
    planUrl = `${run.server.url}/o/${run.organizationId}/plans/${planId}`;
    const context = await run.browser.newContext({ viewport: PHONE_360, locale: 'es-MX' });
    context.setDefaultTimeout(15_000);
    resident = await context.newPage();
  });
  afterAll(async () => {
    await run?.close();
  });

  it('the planner opens public comment on the draft from the lifecycle bar', async () => {
    await planner.goto(planUrl);
    const bar = planner.getByRole('region', { name: 'Status of the plan' });
    await bar.getByRole('button', { name: 'Open for public comment' }).click();
    const dialog = planner.getByRole('dialog');
    await dialog.getByLabel('Comments close on').waitFor();
    await dialog.getByRole('button', { name: 'Open for public comment' }).click();
    await dialog.waitFor({ state: 'detached' });
    const windows = await callApi(planner, 'GET', `/api/plans/${planId}/public-comment`);
    const draftUrl = windows.body.draft_url as string;
    slug = /\/p\/([^/]+)\/draft$/.exec(draftUrl)![1]!;
    await bar.getByRole('link', { name: draftUrl }).waitFor();
  });

  it('a resident reads the draft in Spanish on a phone and comments on a passage of the strategy', async () => {
    await resident.goto(`${run.server.url}/p/${slug}/draft`);
    await resident.getByRole('heading', { name: 'Borrador del plan para consulta pública' }).waitFor();
    // A person reads before writing: the form refuses a comment sent within seconds of the page opening.
    await resident.waitForTimeout(3100);
    const text = resident.locator('#part-G1\\.S1 > p.quotable');
    await text.scrollIntoViewIfNeeded();
    const box = (await text.boundingBox())!;
    await resident.mouse.move(box.x + 1, box.y + 6);
    await resident.mouse.down();
    await resident.mouse.move(box.x + Math.min(box.width - 4, 220), box.y + 8, { steps: 6 });
    await resident.mouse.up();
    await resident.getByRole('button', { name: 'Comentar el pasaje seleccionado' }).click();
    const quote = await resident.getByLabel('El pasaje que comenta (opcional)').inputValue();
    expect(STRATEGY_TEXT).toContain(quote.trim());
    await resident.getByLabel('Su comentario (obligatorio)').fill(RESIDENT_COMMENT);
    await resident.getByLabel('Usted es (opcional)').selectOption({ label: 'Madres, padres y familias' });
    await expectNoAxeViolations(resident, 'the draft page with the comment form, Spanish, 360 px');
    await screenshot(resident, 'public-comment-journey-es-360-form');
    await resident.getByRole('button', { name: 'Enviar comentario' }).click();
    await resident.getByText('Gracias. Su comentario llegó al equipo de planificación.').waitFor();

    // Other people comment too (through the same public route the page's script uses).
    for (const comment of OTHER_COMMENTS) {
      const res = await resident.request.post(`${run.server.url}/api/public/districts/${slug}/draft/comments`, { data: { ...comment, submission_id: crypto.randomUUID(), language: 'es' } });
      expect(res.status(), await res.text()).toBe(201);
    }
    const mine = (await comments()).find((c) => c.body === RESIDENT_COMMENT)!;
    expect(mine).toMatchObject({ status: 'pending' });
  });

  it('the planner accepts it in moderation and finds it grouped into a theme with the other comments on tutoring', async () => {
    await planner.goto(`${planUrl}/public-comment`);
    const queue = planner.locator('section', { has: planner.getByRole('heading', { name: 'Waiting for moderation' }) });
    await queue.getByText('7 comments waiting').waitFor();
    for (let waiting = 7; waiting > 0; waiting -= 1) {
      await queue.locator('li.public-comment').first().getByRole('button', { name: 'Accept' }).click();
      if (waiting > 1) await queue.getByText(waiting - 1 === 1 ? '1 comment waiting' : `${waiting - 1} comments waiting`).waitFor();
    }
    await expect.poll(async () => (await comments()).filter((c) => c.status === 'accepted').length).toBe(7);

    await planner.getByRole('link', { name: 'Themes' }).click();
    await planner.getByRole('button', { name: 'Find themes' }).click();
    const tutoring = planner.locator('li.theme-card', { hasText: RESIDENT_COMMENT });
    await tutoring.waitFor();
    await expect.poll(async () => (await comments()).find((c) => c.body === RESIDENT_COMMENT)?.theme?.label ?? null).not.toBeNull();
    await screenshot(planner, 'public-comment-journey-themes-1280');
  });

  it('the planner edits the strategy and accepts the comment, pointing at the change, which then cites it', async () => {
    await planner.goto(`${planUrl}?element=G1.S1`);
    const panel = planner.locator('.detail-panel');
    await panel.getByRole('textbox', { name: /^Description/ }).fill(EDITED_TEXT);
    await panel.getByRole('button', { name: 'Save changes', exact: true }).click();
    await panel.getByText('All changes saved').first().waitFor();

    const card = panel.locator('li.public-comment', { hasText: RESIDENT_COMMENT });
    await card.getByRole('button', { name: 'Record a decision' }).click();
    await card.getByRole('radio', { name: /^Accepted/ }).check();
    const change = card.locator('li.disposition-change', { hasText: 'G1.S1' });
    await change.locator('ins', { hasText: 'every school day' }).waitFor();
    await change.getByRole('checkbox').check();
    expect(await card.getByRole('checkbox', { name: /^Cite it on the changed parts of the plan/ }).isChecked()).toBe(true);
    await card.getByRole('textbox', { name: /^Note/ }).fill('Tutoring moves to every school day.');
    await card.getByRole('button', { name: 'Save the decision' }).click();
    await card.getByText('Changes made: G1.S1').waitFor();
    await expect.poll(async () => (await comments()).find((c) => c.body === RESIDENT_COMMENT)?.disposition?.value).toBe('accepted');

    // The strategy now cites the comment, quoted with the role its writer gave.
    await planner.reload();
    await planner.locator('.detail-panel').getByText(RESIDENT_COMMENT, { exact: false }).first().waitFor();
    const strategy = (await callApi(planner, 'GET', `/api/plans/${planId}`)).body.elements.find((e: { key: string }) => e.key === 'G1.S1');
    expect(strategy.fields.extensions.waymark_evidence[0]).toMatchObject({ link: { kind: 'public_comment', plan_id: planId } });
    expect(strategy.fields.extensions.waymark_evidence[0].text).toContain('Parents and families');
  });

  it('after adoption, the resident finds the comment on "what we heard, what we did" with its disposition and the change', async () => {
    const plan = await callApi(planner, 'GET', `/api/plans/${planId}`);
    const adopted = await callApi(planner, 'POST', `/api/plans/${planId}/transitions`, { to: 'adopted', version: plan.body.version, adoption: { date: '2027-06-10', body: 'Board of Education', vote: '5-0' } });
    expect(adopted.status, JSON.stringify(adopted.body)).toBe(200);

    // The draft's address now says comment has closed and leads to what became of it.
    await resident.goto(`${run.server.url}/p/${slug}/draft`);
    await resident.getByRole('link', { name: 'Vea lo que escuchamos y lo que hicimos' }).first().click();
    await resident.waitForURL(new RegExp(`/p/${slug}/plans/${planId}/heard`));
    await resident.getByRole('heading', { name: 'Lo que escuchamos, lo que hicimos', level: 1 }).waitFor();
    // The comment as the comments' list shows it (the goal's citations quote it too, further down).
    const comment = resident.locator('li', { hasText: RESIDENT_COMMENT }).filter({ hasText: 'Lo que hicimos' }).last();
    await comment.getByText('Aceptado', { exact: true }).first().waitFor();
    await comment.getByText('Tutoring moves to every school day.').waitFor();
    await comment.locator('ins', { hasText: 'every school day' }).first().waitFor();
    expect(await resident.content()).not.toContain('ana@valleverde.example');
    await expectNoAxeViolations(resident, 'what we heard, Spanish, 360 px');
    await screenshot(resident, 'public-comment-journey-heard-es-360');
    await resident.setViewportSize(DESKTOP);
    await expectNoAxeViolations(resident, 'what we heard, Spanish, 1280 px');
    await screenshot(resident, 'public-comment-journey-heard-es-1280');
    await resident.setViewportSize(PHONE);
    await expectNoAxeViolations(resident, 'what we heard, Spanish, 375 px');
  });

  it('the adopted strategy shows the citation in the plan and in what shaped the goal', async () => {
    await planner.goto(`${planUrl}?element=G1.S1`);
    await planner.locator('.detail-panel').getByText(RESIDENT_COMMENT, { exact: false }).first().waitFor();
    const heard = await resident.request.get(`${run.server.url}/api/public/districts/${slug}/plans/${planId}/heard?lang=en`);
    expect(heard.status()).toBe(200);
    const goal = (await heard.json()).goals.find((g: { key: string }) => g.key === 'G1');
    expect(goal.citations).toEqual([expect.objectContaining({ element_key: 'G1.S1', text: expect.stringContaining(RESIDENT_COMMENT) })]);
    // And the page says so under "what shaped each goal", for the resident reading it.
    await resident.reload();
    const shaped = resident.locator('section.shaped');
    await shaped.getByText(RESIDENT_COMMENT, { exact: false }).waitFor();
  });
});
