import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/*
 * One truth everywhere (issue 11's acceptance): on the demo district, every goal's status reads the
 * same on the dashboard, the board view, the public page, a check-in agenda and the Word report;
 * Checks, Coverage and the Owners view agree on who owns what; and a result posted between two
 * targets shows as the latest on the dashboard and the public page.
 */
const statusWords: Record<string, string> = { on_track: 'On track', at_risk: 'At risk', off_track: 'Off track', no_data: 'No data yet', achieved: 'Achieved' };

describe.skipIf(!chromiumPath)('one truth on every view of the demo plan', () => {
  let run: FirstRun;
  let page: Page;
  let organizationId: string;
  let planId: string;
  let slug: string;
  let goals: { key: string; title: string; rollUp: { status: string } }[];
  const plan = (segment: string) => `${run.server.url}/o/${organizationId}/plans/${planId}/${segment}`;

  beforeAll(async () => {
    run = await openFirstRun({ name: 'Maple Grove Schools', adminName: 'Ana Ruiz', email: 'ana@maple.example' }, { loadDemo: true });
    page = run.page;
    const session = await callApi(page, 'GET', '/api/auth/session');
    organizationId = session.body.organizations.find((o: { name: string }) => o.name.includes('(demo)')).id;
    const plans = (await callApi(page, 'GET', `/api/districts/${organizationId}/plans`)).body.plans as { id: string; lifecycle: string }[];
    planId = plans.find((p) => p.lifecycle === 'adopted')!.id;
    slug = (await callApi(page, 'GET', `/api/districts/${organizationId}/public-site`)).body.slug;
    // A result between two targets of G2.M1 (2024-25 and 2026-27): judged against the interpolated expected value.
    const posted = await callApi(page, 'POST', `/api/plans/${planId}/actuals`, [{ measure_key: 'G2.M1', period: '2025-26', value: 18.5, n: 7300 }]);
    expect(posted.status, JSON.stringify(posted.body)).toBe(200);
    goals = (await callApi(page, 'GET', `/api/plans/${planId}/scorecard`)).body.goals;
    // The demo's goals are in different states, so a view that judged on its own would be caught.
    expect(new Set(goals.map((goal) => goal.rollUp.status)).size).toBeGreaterThan(1);
  }, 180_000);
  afterAll(async () => {
    await run?.close();
  });

  const chipOf = async (selector: string) => ((await page.locator(selector).locator('.status-chip').first().textContent()) ?? '').trim();

  it('shows each goal with the same status on the dashboard and the board view', async () => {
    await page.goto(plan('progress'));
    for (const goal of goals) {
      await page.locator(`section[aria-labelledby="progress-goal-${goal.key}"]`).waitFor();
      expect(await chipOf(`section[aria-labelledby="progress-goal-${goal.key}"] .progress-goal-chips`), `dashboard ${goal.key}`).toBe(statusWords[goal.rollUp.status]);
    }
    await page.goto(plan('progress?view=board'));
    for (const goal of goals) {
      await page.locator(`section[aria-labelledby="board-goal-${goal.key}"]`).waitFor();
      expect(await chipOf(`section[aria-labelledby="board-goal-${goal.key}"] .board-goal-status`), `board ${goal.key}`).toBe(statusWords[goal.rollUp.status]);
    }
  });

  it('shows the same statuses on the public page', async () => {
    await page.goto(`${run.server.url}/p/${slug}`);
    for (const goal of goals) {
      const card = page.locator('article.status-card', { has: page.getByRole('link', { name: goal.title, exact: true }) });
      expect(((await card.locator('p.status').textContent()) ?? '').trim(), `public ${goal.key}`).toBe(statusWords[goal.rollUp.status]);
    }
  });

  it('puts the same goal status on a check-in agenda', async () => {
    // The public page's content policy allows no requests: the API is called from the application's pages.
    await page.goto(plan('check-ins'));
    const created = await callApi(page, 'POST', `/api/plans/${planId}/check-ins`, { heldOn: new Date().toISOString().slice(0, 10), attendees: [] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const agendaGoals = new Set((created.body.agenda as { goalKey: string | null }[]).map((item) => item.goalKey).filter(Boolean));
    expect(agendaGoals.size).toBeGreaterThan(0);
    await page.goto(plan(`check-ins?checkIn=${created.body.id}`));
    for (const goal of goals.filter((g) => agendaGoals.has(g.key))) {
      const heading = page.locator('h4.agenda-group-heading', { hasText: goal.title }).first();
      await heading.waitFor();
      expect(((await heading.locator('.status-chip').textContent()) ?? '').trim(), `agenda ${goal.key}`).toBe(statusWords[goal.rollUp.status]);
    }
  });

  it('prints the same statuses in the Word report', async () => {
    const response = await page.request.get(`${run.server.url}/api/plans/${planId}/progress-report.docx`);
    expect(response.status()).toBe(200);
    const xml = await (await JSZip.loadAsync(await response.body())).file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    for (const goal of goals) {
      const after = text.slice(text.indexOf(`${goal.key}: ${goal.title}`));
      expect(after, `Word ${goal.key}`).toMatch(new RegExp(`^[^]*?Status: ${statusWords[goal.rollUp.status]}`));
    }
  });

  it('shows the result posted between targets as the latest, on the dashboard and the public page', async () => {
    await page.goto(plan('progress'));
    const row = page.locator('tr', { has: page.getByRole('button', { name: /Students chronically absent/ }) }).first();
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('18.5%');
    expect(await row.textContent()).not.toContain('No data yet');
    await page.goto(`${run.server.url}/p/${slug}/goals/G2`);
    expect(await page.locator('section#G2\\.M1').textContent()).toContain('18.5%');
  });

  it('agrees on owners in Checks, Coverage and the Owners view', async () => {
    await page.goto(plan('owners'));
    const owners = (await callApi(page, 'GET', `/api/plans/${planId}/owners`)).body.owners as { elementKey: string; name: string }[];
    expect(owners.length).toBeGreaterThan(0);
    const checks = (await callApi(page, 'GET', `/api/plans/${planId}/checks`)).body.checks as { key: string; code: string }[];
    const owned = new Set(owners.map((o) => o.elementKey));
    expect(checks.filter((c) => c.code.endsWith('missing_owner') && owned.has(c.key))).toEqual([]);

    await page.goto(plan('owners'));
    for (const owner of owners) expect(((await page.locator(`tr[data-key="${owner.elementKey}"] td`).first().textContent()) ?? '').trim(), owner.elementKey).toBe(owner.name);
    await page.goto(plan('checks'));
    await page.getByRole('heading', { level: 2, name: 'Checks' }).waitFor();
    await page.getByText(/\d+ checks?, \d+ to fix|Nothing to check/).first().waitFor();
    const checksText = (await page.locator('main').textContent()) ?? '';
    expect(checksText).not.toContain('has no owner');
    expect(checksText).not.toContain('no person of the district');
    await page.goto(plan('coverage'));
    await expect.poll(async () => (await page.locator('main').textContent()) ?? '').toContain(owners[0]!.name);
    const coverage = (await page.locator('main').textContent()) ?? '';
    for (const owner of owners) expect(coverage, owner.elementKey).toContain(owner.name);
    // Coverage lists nothing as unowned, as Checks reports no missing owner.
    expect(((await page.locator('#coverage-unowned').textContent()) ?? '').trim()).toMatch(/\(0\)$/);
  });
});
