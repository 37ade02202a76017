import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, DESKTOP, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/**
 * A planner checks what the plan's goals can be traced to: the Evidence and voice view of the
 * plan counts each goal's citations by source, lists the goal that cites nothing and the one
 * grounded only in data, and links each to the element in the outline. axe-core at desktop and
 * phone width.
 */
const id = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const cite = (text: string, link?: Record<string, string>) => ({ text, ...(link ? { link } : {}) });
const plan = {
  format: 'strategic-plan/v1',
  organization: { name: 'Bayou Parish Schools', kind: 'district' },
  plan: {
    title: 'Bayou Parish Rising 2024-2028',
    status: 'draft',
    goals: [
      {
        key: 'G1',
        title: 'Every child reads by grade 3',
        extensions: { waymark_evidence: [cite('Family survey: 62% find reading help at home hard to find (n = 310)', { kind: 'survey_result', survey_id: id, question_key: 'reading_help' })] },
        measures: [{ key: 'G1.M1', name: 'Grade 3 reading proficiency', extensions: { waymark_evidence: [cite('Focus groups: “Reading” raised by 3 of 4 groups', { kind: 'focus_group_theme', cycle_id: id, theme_id: id })] } }],
        strategies: [
          {
            key: 'G1.S1',
            title: 'Structured literacy in every K-3 classroom',
            extensions: {
              waymark_evidence: [
                cite('“Start tutoring in kindergarten” (parent), public comment on G1.S1', { kind: 'public_comment', plan_id: id, comment_id: id }),
                cite('“Every graduate reads” — 91% agreed, across both opinion groups', { kind: 'conversation_statement', conversation_id: id, statement_id: id }),
              ],
            },
          },
        ],
      },
      { key: 'G2', title: 'Whole child', strategies: [{ key: 'G2.S1', title: 'Counselors in every school' }] },
      { key: 'G3', title: 'Safe buildings', measures: [{ key: 'G3.M1', name: 'Work orders closed', extensions: { waymark_evidence: [cite('Facilities audit 2024: 40% of roofs past their life')] } }] },
    ],
  },
};

if (!chromiumPath) console.warn('Skipping the evidence coverage journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

describe.skipIf(!chromiumPath)('what each goal of a plan can be traced to, in Chromium', () => {
  let run: FirstRun;
  let page: Page;
  let planPath: string;

  beforeAll(async () => {
    run = await openFirstRun();
    page = run.page;
    const imported = await callApi(page, 'POST', `/api/districts/${run.organizationId}/plans/import`, plan);
    expect(imported.status).toBe(201);
    planPath = `/o/${run.organizationId}/plans/${imported.body.id}`;
  });
  afterAll(async () => {
    await run?.close();
  });

  it('counts citations by source and lists the goal citing nothing, linked to the outline', async () => {
    await page.goto(`${run.server.url}${planPath}`);
    await page.getByRole('navigation', { name: 'Views of this plan' }).getByRole('link', { name: 'Evidence and voice', exact: true }).click();
    await page.waitForURL(/\/evidence$/);
    const uncited = page.getByRole('region', { name: /No evidence or voice cited/ });
    await expect.poll(() => uncited.getByRole('listitem').allTextContents()).toEqual(['Goal G2: Whole child']);
    await expect.poll(() => page.getByRole('region', { name: /Evidence, but no community voice/ }).getByRole('listitem').allTextContents()).toEqual([
      'Goal G3: Safe buildingsCites only other evidence, such as data or documents.',
    ]);
    const g1 = page.getByRole('row', { name: /Every child reads by grade 3/ });
    expect(await g1.getByRole('cell').allTextContents()).toEqual(['0', '1', '1', '1', '1', '0', '4']);
    await expect.poll(() => g1.getByText('Cited on: G1, G1.M1, G1.S1').count()).toBe(1);
    expect(await page.getByRole('row', { name: /Whole child/ }).getByRole('cell').allTextContents()).toEqual(['0', '0', '0', '0', '0', '0', '0']);

    await expectNoAxeViolations(page, 'evidence coverage (desktop)');
    await screenshot(page, 'evidence-coverage-desktop');
    await page.setViewportSize(PHONE);
    await expectNoAxeViolations(page, 'evidence coverage (phone)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'evidence-coverage-phone');
    await page.setViewportSize(DESKTOP);

    await uncited.getByRole('link', { name: 'Goal G2: Whole child' }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}\?element=G2$/);
  });

  it('reads in Spanish on a phone', async () => {
    await page.getByLabel('Language').first().selectOption('es');
    await page.setViewportSize(PHONE);
    await page.goto(`${run.server.url}${planPath}/evidence`);
    await page.getByRole('heading', { name: 'Evidencia y voces' }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: /Sin evidencia ni voces citadas/ }).getByRole('listitem').allTextContents()).toEqual(['Meta G2: Whole child']);
    await expectNoAxeViolations(page, 'evidence coverage (Spanish, phone)');
    await screenshot(page, 'evidence-coverage-phone-es');
  });
});
