import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hashPassword } from '../src/server/auth/secrets.js';
import { inTransaction } from '../src/server/db/transaction.js';
import { createRubric } from '../src/server/network/rubrics/create-rubric.js';
import { cliActor } from '../src/server/platform/audit/actor.js';
import { createOrganization } from '../src/server/platform/organizations/create-organization.js';
import { assignCoachDistricts } from '../src/server/platform/people/assign-coach-districts.js';
import { peopleRepo } from '../src/server/platform/people/people.repo.js';
import { chromiumPath, checkAndShoot, DESKTOP } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';

/**
 * Review across districts: a district sends two deliverables for review; the state agency's coach
 * opens the queue, reads deliverable F, scores it against the agency's rubric and approves it, is
 * taken to the next one waiting, and the district reads the scores in the deliverable's history.
 */
if (!chromiumPath) console.warn('Skipping the network review journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

describe.skipIf(!chromiumPath)('a coach reviews a district’s deliverables in Chromium', () => {
  let run: FirstRun;
  let coach: Page;
  let networkId: string;
  let cycle: { id: string; deliverables: Array<{ id: string; letter: string; version: number }> };

  beforeAll(async () => {
    run = await openFirstRun();
    const db = run.server.database.db;
    const passwordHash = await hashPassword('a coaching password 2026');
    networkId = await inTransaction(db, async (trx) => {
      const network = await createOrganization({ trx, actor: cliActor, name: 'Louisiana Department of Education', kind: 'network' });
      await trx.updateTable('organizations').set({ network_id: network.id }).where('id', '=', run.organizationId).execute();
      const user = await peopleRepo.insertUser(trx, { email: 'coach@ldoe.example', name: 'Renee Thibodeaux', passwordHash });
      await peopleRepo.insertMembership(trx, { organizationId: network.id, userId: user.id, role: 'coach' });
      return network.id;
    });
    const coachId = (await db.selectFrom('users').select('id').where('email', '=', 'coach@ldoe.example').executeTakeFirstOrThrow()).id;
    await assignCoachDistricts({ db, actor: cliActor, networkId, userId: coachId, districtIds: [run.organizationId], responsibility: 'Lead coach' });
    await createRubric({
      db,
      actor: cliActor,
      networkId,
      values: {
        templateId: 'louisiana-strong-school-systems',
        deliverableKey: 'diagnostic',
        name: 'Organizational diagnostic',
        criteria: [
          { label: 'Uses the data', levels: [{ label: 'Beginning' }, { label: 'Developing' }, { label: 'Strong', description: 'Every finding cites the data' }] },
          { label: 'Root causes named', levels: [{ label: 'Not yet' }, { label: 'Yes' }] },
        ],
      },
    });

    // The district's planner starts a Louisiana cycle and sends F, then E, for review.
    const started = await callApi(run.page, 'POST', `/api/districts/${run.organizationId}/cycles`, { templateId: 'louisiana-strong-school-systems', name: 'Bayou Parish 2026-2030', startDate: '2026-01-05' });
    expect(started.status).toBe(201);
    cycle = started.body;
    for (const letter of ['F', 'E']) {
      const d = cycle.deliverables.find((candidate) => candidate.letter === letter)!;
      if (letter === 'F') {
        const text = await callApi(run.page, 'PATCH', `/api/cycles/${cycle.id}/deliverables/${d.id}`, { version: d.version, changes: { documentText: 'Findings: chronic absence drives the reading gap in grades 3-5.' } });
        expect(text.status).toBe(200);
        d.version = text.body.version;
      }
      const sent = await callApi(run.page, 'POST', `/api/cycles/${cycle.id}/deliverables/${d.id}/status`, { version: d.version, status: 'in_review' });
      expect(sent.status).toBe(200);
    }

    coach = await (await run.browser.newContext({ viewport: DESKTOP })).newPage();
    await coach.goto(`${run.server.url}/sign-in`);
    await coach.getByLabel('Email address').fill('coach@ldoe.example');
    await coach.getByLabel('Password').fill('a coaching password 2026');
    await coach.getByRole('button', { name: 'Sign in' }).click();
    await coach.waitForURL(/\/o\/[0-9a-f-]{36}/);
  }, 120_000);
  afterAll(async () => {
    await run?.close();
  });

  it('lists what waits, oldest first, with the rubric that applies', async () => {
    await coach.goto(`${run.server.url}/o/${networkId}/review`);
    await coach.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
    const rows = coach.getByRole('table', { name: 'Waiting for review' }).getByRole('row');
    await rows.nth(2).waitFor();
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(1).innerText()).toContain('F. Organizational diagnostic report');
    expect(await rows.nth(1).innerText()).toContain('Organizational diagnostic');
    expect(await rows.nth(2).innerText()).toContain('E. Aspirations');
    await checkAndShoot(coach, 'network-review-queue');
  });

  it('scores and approves F, then moves to the next deliverable waiting', async () => {
    await coach.getByRole('link', { name: 'Review next' }).click();
    await coach.getByRole('heading', { level: 1, name: 'F. Organizational diagnostic report' }).waitFor();
    await coach.getByText('Findings: chronic absence drives the reading gap').waitFor();
    await coach.getByRole('link', { name: /Open where it was produced/ }).waitFor();
    await coach.getByRole('group', { name: /Uses the data/ }).getByLabel(/Strong/).check();
    await coach.getByRole('group', { name: /Root causes named/ }).getByLabel('Yes').check();
    await coach.getByLabel('Comment for the district').fill('Clear findings, well sourced.');
    await checkAndShoot(coach, 'network-review-page');

    await coach.getByRole('button', { name: 'Approve' }).click();
    await coach.getByRole('heading', { level: 1, name: 'E. Aspirations' }).waitFor();
    await coach.getByText('Your network has no rubric for this deliverable').waitFor();
    // Asking for changes without a comment is refused on the spot.
    await coach.getByRole('button', { name: 'Request changes' }).click();
    await coach.getByText('This field is required.').first().waitFor();

    const f = cycle.deliverables.find((candidate) => candidate.letter === 'F')!;
    const history = await callApi(run.page, 'GET', `/api/cycles/${cycle.id}/deliverables/${f.id}/history`);
    expect(history.body.events.at(-1)).toMatchObject({
      kind: 'approved',
      comment: 'Clear findings, well sourced.',
      rubric: { name: 'Organizational diagnostic', scores: [{ criterion: 'Uses the data', level: 'Strong', note: null }, { criterion: 'Root causes named', level: 'Yes', note: null }] },
    });
  });

  it('reads in Spanish', async () => {
    await coach.getByLabel('Language').first().selectOption('es');
    await coach.getByRole('button', { name: 'Aprobar' }).waitFor();
    await coach.getByRole('button', { name: 'Solicitar cambios' }).waitFor();
    await coach.getByRole('textbox', { name: 'Comentario para el distrito' }).waitFor();
    expect(await coach.evaluate(() => document.documentElement.lang)).toBe('es');
    await checkAndShoot(coach, 'network-review-page-es');
    await coach.getByLabel('Idioma').first().selectOption('en');
  });

  it('shows the district the scores in the deliverable’s history, and the coach the review kept', async () => {
    await run.page.goto(`${run.server.url}/o/${run.organizationId}/process/${cycle.id}`);
    await run.page.getByRole('button', { name: 'Checklist', exact: true }).click();
    await run.page.getByRole('button', { name: /Organizational diagnostic report/ }).first().click();
    await run.page.getByText('Scored against the rubric “Organizational diagnostic”').waitFor();
    await run.page.getByText('Root causes named').waitFor();
    await checkAndShoot(run.page, 'network-review-district-history');

    await coach.goto(`${run.server.url}/o/${networkId}/review`);
    const history = coach.getByRole('table', { name: 'Recent reviews' });
    await history.getByText('Approved').waitFor();
    expect(await history.innerText()).toContain('Uses the data: Strong');
  });
});
