import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, DESKTOP, expectNoAxeViolations, PHONE, screenshot } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';
import { sampleSurvey } from '../src/server/testing/survey-test-kit.js';

/**
 * "What we heard, what we did" after adoption, as a resident reads it: the cycle's survey and the
 * public comment on the draft, a parent's comment on a strategy's passage with what the team
 * decided and the word diff of the strategy, small groups not counted, no name or address; at
 * desktop and phone width, and in Spanish on a 360 px phone. axe-core finds nothing.
 */
if (!chromiumPath) console.warn('Skipping the "what we heard" page check: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

const PHONE_360 = { width: 360, height: 740 };
const comment = 'Three sessions are not enough; please make it four times a week.';

const plan = {
  format: 'strategic-plan/v1',
  organization: { name: 'Lakeside Unified', kind: 'district' },
  plan: {
    title: 'Plan 2027-2030',
    mission: 'Every student leaves ready for what comes next.',
    goals: [
      { key: 'G1', title: 'Every child reads by grade 3', strategies: [{ key: 'G1.S1', title: 'Tutoring for early readers', description: 'Offer small-group tutoring three times a week to every first grader who needs it.' }] },
      { key: 'G2', title: 'Every family feels welcome', extensions: { waymark_evidence: [{ text: 'Families asked for evening meetings (spring survey)' }] } },
    ],
  },
};

describe.skipIf(!chromiumPath)('the "what we heard, what we did" page', () => {
  let run: FirstRun;
  let url: string;

  const ok = async (call: Promise<{ status: number; body: any }>, status = 200) => {
    const answer = await call;
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    return answer.body;
  };

  beforeAll(async () => {
    run = await openFirstRun({ name: 'Lakeside Unified', adminName: 'Dana Ortiz', email: 'dana@lakeside.example' });
    const { page, organizationId } = run;
    const db = run.server.database.db;
    const { slug } = await db.selectFrom('organizations').select('slug').where('id', '=', organizationId).executeTakeFirstOrThrow();
    await ok(callApi(page, 'PUT', `/api/districts/${organizationId}/population`, { version: 0, dimension: 'role', groups: [{ label: 'Parent', count: 6000 }, { label: 'Staff', count: 1000 }, { label: 'Student', count: 3000 }] }));
    const planId = (await ok(callApi(page, 'POST', `/api/districts/${organizationId}/plans/import`, plan), 201)).id as string;
    const cycle = await ok(callApi(page, 'POST', `/api/districts/${organizationId}/cycles`, { templateId: 'cec-strategic-planning', name: 'Strategic plan 2027', startDate: '2026-09-01' }), 201);
    await ok(callApi(page, 'PATCH', `/api/cycles/${cycle.id}`, { version: cycle.version, planId }));
    const survey = await ok(callApi(page, 'POST', `/api/districts/${organizationId}/surveys`, sampleSurvey()), 201);
    await ok(callApi(page, 'POST', `/api/surveys/${survey.id}/open`, {}));
    const surveyVersion = (await ok(callApi(page, 'GET', `/api/surveys/${survey.id}`))).version;
    await ok(callApi(page, 'PATCH', `/api/surveys/${survey.id}/settings`, { version: surveyVersion, cycle_id: cycle.id }));
    const answers = [...Array.from({ length: 14 }, () => ({ role: 'parent', safe: 'agree' })), ...Array.from({ length: 6 }, () => ({ role: 'staff', safe: 'agree' })), ...Array.from({ length: 2 }, () => ({ role: 'student', safe: 'agree' }))];
    await db
      .insertInto('survey_responses')
      .values(answers.map((item) => ({ survey_id: survey.id, organization_id: organizationId, submission_id: randomUUID(), locale: 'en', answers: JSON.stringify(item), submitted_at: new Date() })))
      .execute();

    const planVersion = (await ok(callApi(page, 'GET', `/api/plans/${planId}`))).version;
    await ok(callApi(page, 'POST', `/api/plans/${planId}/public-comment`, { version: planVersion, closes_on: '2099-12-31' }), 201);
    const post = (body: Record<string, unknown>) => ok(callApi(page, 'POST', `/api/public/districts/${slug}/draft/comments`, { submission_id: randomUUID(), ...body }), 201);
    const mine = await post({ element_key: 'G1.S1', quote: 'three times a week', body: comment, name: 'Rosa Quintanilla', email: 'rosa.q@example.org', role: 'parent' });
    const others = [
      await post({ element_key: 'G1.S1', body: 'More tutoring please, my son needs it.', role: 'parent' }),
      await post({ element_key: 'G2', body: 'Evening meetings would help working parents.', role: 'parent' }),
      await post({ element_key: 'G2', body: 'Translate every letter home into Spanish.', role: 'parent' }),
      await post({ element_key: 'mission', body: 'The mission should mention families.', role: 'parent' }),
      await post({ element_key: 'G2', body: 'Students want a say too.', role: 'student' }),
    ];
    const accepted = await ok(callApi(page, 'POST', `/api/plans/${planId}/comments/public/${mine.id}/moderation`, { decision: 'accept' }));
    for (const other of others) await ok(callApi(page, 'POST', `/api/plans/${planId}/comments/public/${other.id}/moderation`, { decision: 'accept' }));
    const strategy = await db.selectFrom('plan_elements').select(['id', 'version']).where('plan_id', '=', planId).where('key', '=', 'G1.S1').where('deleted_at', 'is', null).executeTakeFirstOrThrow();
    await ok(callApi(page, 'PATCH', `/api/plans/${planId}/elements/${strategy.id}`, { version: strategy.version, fields: { title: 'Tutoring for early readers', description: 'Offer small-group tutoring four times a week to every first grader who needs it.' } }));
    await ok(callApi(page, 'PUT', `/api/plans/${planId}/comments/public/${mine.id}/disposition`, { version: accepted.version, disposition: 'accepted', note: 'We added a fourth weekly session.', changed_keys: ['G1.S1'] }));
    const adoptVersion = (await ok(callApi(page, 'GET', `/api/plans/${planId}`))).version;
    await ok(callApi(page, 'POST', `/api/plans/${planId}/transitions`, { to: 'adopted', version: adoptVersion, adoption: { date: '2027-06-15' } }));
    url = `${run.server.url}/p/${slug}/plans/${planId}/heard`;
  });
  afterAll(async () => {
    await run?.close();
  });

  const check = async (page: Page, label: string) => {
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain(comment);
    expect(text).not.toContain('Rosa');
    expect(text).not.toContain('@');
    await expectNoAxeViolations(page, label);
  };

  it('reads at desktop and phone width, with the comment, its disposition and the change it made', async () => {
    const context = await run.browser.newContext({ viewport: DESKTOP, locale: 'en-US' });
    const page = await context.newPage();
    expect((await page.goto(url))?.status()).toBe(200);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('What we heard, what we did');
    expect(await page.locator('del', { hasText: 'three' }).count()).toBe(1);
    expect(await page.locator('ins', { hasText: 'four' }).count()).toBe(1);
    expect(await page.getByText('We added a fourth weekly session.').count()).toBe(1);
    await check(page, 'the page at 1280 px');
    await screenshot(page, 'what-we-heard-1280');
    await page.setViewportSize(PHONE);
    await check(page, 'the page at 375 px');
    await screenshot(page, 'what-we-heard-375');
    await context.close();
  });

  it('reads in Spanish on a 360 px phone', async () => {
    const context = await run.browser.newContext({ viewport: PHONE_360, locale: 'es-MX' });
    const page = await context.newPage();
    expect((await page.goto(url))?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Lo que escuchamos, lo que hicimos');
    await check(page, 'the page in Spanish at 360 px');
    await screenshot(page, 'what-we-heard-es-360');
    await context.close();
  });
});
