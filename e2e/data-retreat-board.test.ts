import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { checkAndShoot as shootChecked, chromiumPath, PHONE } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, type FirstRun } from './support/first-run.js';
import { completeDeliverable } from './support/process-walk.js';
import { pdfText } from './support/pdf-text.js';

/**
 * A CEC data retreat from the facilitator's side: a district file uploaded through the screens, a
 * retreat made for the cycle's data-retreat session from the Data menu, three charts built, the
 * room's observations arriving live (one from a guest's phone through the room's API), a SWOT
 * board with citations and dots (a tie shown as a tie), the top items carried forward, a gap
 * analysis written with five whys and linked to a goal made in the plan, a stale save refused with
 * a clear message, and the documents linked. Every part axe-clean, shot at 1280 and 375 px, in
 * English and Spanish.
 */
if (!chromiumPath) console.warn('Skipping the data retreat board journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

/** The district's own reading report: a title above the headers, names that match no layout (mapped on screen), n for every group. */
const readingReport = [
  'Harbor City Schools - Reading Proficiency Report',
  'Campus ID,Campus Name,Test Year,Student Group,Students Tested,Pct Proficient',
  'H-001,Lincoln Elementary,2021,All Students,118,41.5',
  'H-001,Lincoln Elementary,2021,Hispanic,58,37.0',
  'H-001,Lincoln Elementary,2022,All Students,120,45.5',
  'H-001,Lincoln Elementary,2022,Hispanic,60,40.1',
  'H-001,Lincoln Elementary,2022,White,56,50.2',
  'H-001,Lincoln Elementary,2022,American Indian,4,50',
  'H-002,Washington Middle,2021,All Students,190,48.0',
  'H-002,Washington Middle,2022,All Students,200,52.0',
  'H-002,Washington Middle,2022,Hispanic,80,47.5',
  'H-003,Jefferson High,2021,All Students,160,30.2',
  'H-003,Jefferson High,2022,All Students,150,33.8',
].join('\n');

/** The plan the cycle produces, still a draft so a priority can become one of its goals. */
const planDocument = {
  format: 'strategic-plan/v1',
  organization: { name: 'Harbor City Schools', kind: 'district' },
  plan: { title: 'Harbor City plan 2027-2030', vision: 'Every student leaves Harbor City a confident reader.', goals: [{ key: 'G1', title: 'Every student reads on grade level' }] },
};

describe.skipIf(!chromiumPath)('the facilitator runs a data retreat board in Chromium', () => {
  let run: FirstRun;
  let page: Page;
  let guest: BrowserContext;
  let cycleId: string;
  let planId: string;
  let retreatId: string;
  let boardUrl: string;
  let joinCode: string;

  const ok = async (call: Promise<{ status: number; body: any }>, status = 200) => {
    const answer = await call;
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    return answer.body;
  };
  const board = async () => ok(callApi(page, 'GET', `/api/retreats/${retreatId}`));
  const openSection = async (name: RegExp) => {
    await page.getByRole('navigation', { name: 'Parts of the retreat' }).getByRole('link', { name }).click();
    await page.waitForURL(/section=/);
  };
  const checkAndShoot = (name: string) => shootChecked(page, name);
  /** A guest's phone in the room: its own browser context, no account, the room's cookie. */
  const asGuest = async (method: string, path: string, body?: unknown) => {
    const phone = guest.pages()[0]!;
    return phone.evaluate(
      async ({ method, path, body }) => {
        const response = await fetch(path, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
        return { status: response.status, body: await response.json().catch(() => null) };
      },
      { method, path, body },
    );
  };

  beforeAll(async () => {
    run = await openFirstRun({ name: 'Harbor City Schools', adminName: 'Marisol Vega', email: 'marisol@harbor.example' });
    page = run.page;
    page.setDefaultTimeout(15_000);
    for (const school of [{ name: 'Lincoln Elementary', code: 'H-001' }, { name: 'Washington Middle', code: 'H-002' }, { name: 'Jefferson High', code: 'H-003' }]) await ok(callApi(page, 'POST', `/api/organizations/${run.organizationId}/schools`, school), 201);
    planId = (await ok(callApi(page, 'POST', `/api/districts/${run.organizationId}/plans/import`, planDocument), 201)).id;
    const cycle = await ok(callApi(page, 'POST', `/api/districts/${run.organizationId}/cycles`, { templateId: 'cec-strategic-planning', name: 'Strategic plan 2027', startDate: '2026-09-01' }), 201);
    cycleId = cycle.id;
    await ok(callApi(page, 'PATCH', `/api/cycles/${cycleId}`, { version: cycle.version, planId }));
    guest = await run.browser.newContext({ viewport: PHONE });
    await (await guest.newPage()).goto(`${run.server.url}/sign-in`);
  }, 120_000);
  afterAll(async () => {
    await guest?.close();
    await run?.close();
  });

  it('uploads the district’s file and starts a retreat for the cycle’s data retreat from the Data menu', async () => {
    // The file is uploaded and mapped through the data screens, as a planner brings a report in.
    await page.goto(`${run.server.url}/o/${run.organizationId}/data`);
    await page.getByRole('textbox', { name: /^Name/ }).fill('Reading proficiency 2021-2022');
    await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'harbor-reading.csv', mimeType: 'text/csv', buffer: Buffer.from(readingReport) });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByRole('heading', { name: 'Which column is which' }).waitFor();
    await page.getByLabel('Code column').selectOption('Campus ID');
    await page.getByLabel('Name column').selectOption('Campus Name');
    await page.getByLabel('Year column').selectOption('Test Year');
    await page.getByLabel('A single year means the school year ending in it (2023 is 2022-23)').check();
    await page.getByLabel('Student group column').selectOption('Student Group');
    await page.getByLabel('The whole file measures one thing').check();
    await page.getByLabel('Name of the measure').fill('Reading proficiency');
    await page.getByLabel('Unit', { exact: true }).selectOption('percent');
    await page.getByLabel('One value column').check();
    await page.getByLabel('Value column', { exact: true }).selectOption('Pct Proficient');
    await page.getByLabel('Number of students (n) column').selectOption('Students Tested');
    await page.getByLabel('Percentages are written').selectOption('0_100');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Ready', { exact: true }).first().waitFor({ timeout: 30_000 });

    await page.getByRole('link', { name: 'Data retreats', exact: true }).first().click();
    await page.waitForURL(/\/data\/retreats$/);
    await page.getByRole('heading', { level: 1, name: 'Data retreats' }).waitFor();
    await page.getByText('No data retreat in this cycle yet.').waitFor();
    await checkAndShoot('retreats-list-empty');

    await page.getByRole('button', { name: 'New data retreat' }).click();
    const dialog = page.getByRole('dialog', { name: 'New data retreat' });
    // The cycle's sessions held as a retreat come first: CEC's data retreat is the first of them.
    await expect.poll(async () => dialog.getByLabel('Session of the cycle').locator('option:checked').textContent()).toMatch(/^Data retreat/);
    await dialog.getByLabel('Title').fill('Fall data retreat');
    await dialog.getByLabel('Dots per person').fill('3');
    await dialog.getByRole('button', { name: 'Create the retreat' }).click();
    await page.waitForURL(/\/data\/retreats\/[0-9a-f-]{36}$/);
    retreatId = /retreats\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    boardUrl = page.url();
    await page.getByRole('heading', { level: 1, name: 'Fall data retreat' }).waitFor();

    const created = (await board()).retreat;
    joinCode = created.join_code;
    expect(created).toMatchObject({ cycle_id: cycleId, dots_per_person: 3, status: 'open' });
    await page.getByText(joinCode, { exact: true }).waitFor();
    await page.getByRole('link', { name: created.join_url }).waitFor();
    expect(await page.getByRole('link', { name: created.join_url }).getAttribute('href')).toBe(`/r/${joinCode}`);
    await page.getByRole('img', { name: `QR code for ${created.join_url}` }).waitFor();
    await page.getByText('0 people have joined').waitFor();
    await checkAndShoot('retreat-room');

    // The list now shows it under its cycle, and the cycle's address filters to it.
    await page.goto(`${run.server.url}/o/${run.organizationId}/data/retreats?cycle=${cycleId}`);
    await page.getByRole('link', { name: 'Fall data retreat' }).waitFor();
    await page.getByRole('link', { name: 'Show the retreats of every cycle' }).waitFor();
    await checkAndShoot('retreats-list');
  });

  it('builds three charts of the data picture, a hidden group said as hidden, and reorders them', async () => {
    await page.goto(boardUrl);
    await openSection(/Data picture/);
    await page.getByText('No chart yet').waitFor();
    const addChart = async (question: string, view: string, extra?: () => Promise<void>) => {
      await page.getByRole('button', { name: 'Add a chart' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a chart' });
      await dialog.getByLabel('The question it answers').fill(question);
      await dialog.getByLabel('View').selectOption({ label: view });
      await extra?.();
      await dialog.getByRole('button', { name: 'Add the chart' }).click();
      await dialog.waitFor({ state: 'hidden' });
    };
    await addChart('Which schools read furthest below the district?', 'By school');
    await addChart('Which students at Lincoln read least well?', 'By student group', async () => {
      await page.getByRole('dialog').getByLabel('School').selectOption({ label: 'Lincoln Elementary' });
    });
    await addChart('Is reading getting better?', 'Over time');
    await page.getByRole('heading', { name: 'Chart 3: Is reading getting better?' }).waitFor();

    const charts = (await board()).charts as Array<{ id: string; question: string; view: { by: string }; data: { cells: Array<Record<string, unknown>> } | null }>;
    expect(charts.map((chart) => chart.view.by)).toEqual(['school', 'group', 'period']);
    expect(charts.every((chart) => chart.data !== null)).toBe(true);
    // American Indian students at Lincoln are 4: hidden, never drawn as 0; the schools themselves are drawn.
    expect(charts[1]!.data!.cells.find((cell) => /american indian/i.test(String(cell.label)))).toMatchObject({ suppressed: true });
    expect(charts[0]!.data!.cells.find((cell) => cell.label === 'Washington Middle')).toMatchObject({ value: 52 });
    const groupChart = page.getByRole('region', { name: /Chart 2:/ });
    await groupChart.locator('svg text.chart-hidden', { hasText: 'Hidden' }).first().waitFor();

    await page.getByRole('button', { name: 'Move up: chart 3' }).click();
    await page.getByRole('heading', { name: 'Chart 2: Is reading getting better?' }).waitFor();
    expect(((await board()).charts as Array<{ question: string }>).map((chart) => chart.question)).toEqual([
      'Which schools read furthest below the district?',
      'Is reading getting better?',
      'Which students at Lincoln read least well?',
    ]);

    // The third chart's question is reworded; its view stays.
    await page.getByRole('button', { name: 'Edit chart 3' }).click();
    const editing = page.getByRole('dialog', { name: 'Change the chart' });
    expect(await editing.getByLabel('School').locator('option:checked').textContent()).toBe('Lincoln Elementary');
    await editing.getByLabel('The question it answers').fill('Which students at Lincoln read least well, and by how much?');
    await editing.getByRole('button', { name: 'Save the chart' }).click();
    await page.getByRole('heading', { name: 'Chart 3: Which students at Lincoln read least well, and by how much?' }).waitFor();
  });

  it('shows what the room notices and wonders as it arrives, and hides one from the room', async () => {
    const [first, second] = (await board()).charts as Array<{ id: string }>;
    const chartOne = page.getByRole('region', { name: /Chart 1:/ });
    await chartOne.getByLabel('I wonder…', { exact: true }).check();
    await chartOne.getByLabel('Your observation on chart 1', { exact: true }).fill('Why is Jefferson so far below the others?');
    await chartOne.getByRole('button', { name: 'Add the observation' }).click();
    await chartOne.getByText('Why is Jefferson so far below the others?').waitFor();

    // A guest on a phone opens the room's page with the code, joins and writes; the board shows it without a reload.
    const phone = guest.pages()[0]!;
    await phone.goto(`${run.server.url}/r/${joinCode}`);
    await phone.getByLabel('Your name').fill('Tomás (parent)');
    await phone.getByRole('button', { name: 'Join', exact: true }).click();
    await phone.getByText('You are in the room as Tomás (parent).').waitFor();
    const onPhone = phone.locator(`#chart-${second!.id}`);
    await onPhone.getByLabel('Your observation').fill('Reading went up in the district from one year to the next.');
    await onPhone.getByRole('button', { name: 'Add observation' }).click();
    await phone.locator(`#chart-${second!.id} ul.observations li`).filter({ hasText: 'Reading went up in the district' }).getByText('Yours').waitFor();
    const spam = await asGuest('POST', `/api/public/retreats/${joinCode}/observations`, { chart_id: first!.id, kind: 'notice', body: 'Buy cheap sunglasses here' });
    expect(spam.status).toBe(201);
    const chartTwo = page.getByRole('region', { name: /Chart 2:/ });
    await chartTwo.getByText('Reading went up in the district from one year to the next.').waitFor({ timeout: 10_000 });
    await chartTwo.getByText('Tomás (parent)').waitFor();
    // The guest, and the facilitator, who took part as themselves by writing.
    expect((await board()).participants).toBe(2);

    await page.getByRole('button', { name: 'Hide “Buy cheap sunglasses here” from the room' }).click();
    await chartOne.getByText('Hidden from the room').waitFor();
    const room = await asGuest('GET', `/api/public/retreats/${joinCode}`);
    const roomBodies = (room.body.charts as Array<{ observations: Array<{ body: string }> }>).flatMap((chart) => chart.observations.map((observation) => observation.body));
    expect(roomBodies).toContain('Reading went up in the district from one year to the next.');
    expect(roomBodies).not.toContain('Buy cheap sunglasses here');
    await checkAndShoot('retreat-data-picture');
  });

  it('fills the SWOT board with cited items, and ranks the dots live with a tie shown', async () => {
    await openSection(/SWOT and dots/);
    const addItem = async (quadrant: string, text: string, cite: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) => {
      await page.getByRole('button', { name: `Add to ${quadrant}` }).click();
      const dialog = page.getByRole('dialog', { name: `Add to ${quadrant}` });
      await dialog.getByLabel('What the item says').fill(text);
      await cite(dialog);
      await dialog.getByRole('button', { name: 'Add the item' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText(text, { exact: true }).first().waitFor();
    };
    await addItem('Strengths', 'Reading proficiency rose in a year', async (dialog) => {
      await dialog.getByLabel('A chart or an observation').selectOption({ label: 'On chart 2, someone noticed: “Reading went up in the district from one year to the next.”' });
      await dialog.getByRole('button', { name: 'Cite it' }).click();
      await dialog.getByText('On chart 2, someone noticed: “Reading went up in the district from one year to the next.”').waitFor();
    });
    await addItem('Weaknesses', 'Only a third of Jefferson students read proficiently', async (dialog) => {
      await dialog.getByLabel('A chart or an observation').selectOption({ label: 'Chart 1: Which schools read furthest below the district?' });
      await dialog.getByRole('button', { name: 'Cite it' }).click();
      // And what the district's data says, picked from the plan's own list of citable evidence.
      await dialog.getByRole('button', { name: 'Cite what the community said…' }).click();
      const cite = page.getByRole('dialog', { name: 'Cite what the community said' });
      await cite.getByRole('button', { name: /^Cite / }).first().click();
      await cite.waitFor({ state: 'hidden' });
      await dialog.getByText('The district’s data:').waitFor();
    });
    await addItem('Opportunities', 'A literacy grant opens next year', async () => undefined);
    await addItem('Threats', 'Two reading coaches retire in June', async () => undefined);
    await page.getByRole('button', { name: 'Remove “Two reading coaches retire in June”' }).click();
    await page.getByRole('dialog', { name: 'Remove this item?' }).getByRole('button', { name: 'Remove' }).click();
    await page.getByText('Two reading coaches retire in June', { exact: true }).waitFor({ state: 'detached' });

    const items = (await board()).swot as Record<'strength' | 'weakness' | 'opportunity' | 'threat', Array<{ id: string; text: string; citations: Array<{ kind: string; link?: { kind: string } }> }>>;
    expect(items.strength[0]!.citations).toEqual([{ kind: 'observation', observation_id: expect.any(String) }]);
    expect(items.weakness[0]!.citations.map((citation) => citation.kind)).toEqual(['chart', 'evidence']);
    expect(items.weakness[0]!.citations[1]!.link?.kind).toBe('evidence_indicator');
    expect(items.threat).toEqual([]);

    // The facilitator's own dots: two on the weakness, one on the strength; then none left.
    const weakness = 'Only a third of Jefferson students read proficiently';
    const strength = 'Reading proficiency rose in a year';
    for (const [text, yours] of [[weakness, 1], [weakness, 2], [strength, 1]] as const) {
      await page.getByRole('button', { name: `Put one more of your dots on “${text}”` }).click();
      await page.getByRole('listitem').filter({ hasText: text }).getByText(`Yours: ${yours}`).waitFor();
    }
    await page.getByText('You have 0 of your 3 dots left.').waitFor();
    expect(await page.getByRole('button', { name: `Put one more of your dots on “${strength}”` }).isDisabled()).toBe(true);
    // The phone puts one more on the strength: both have two dots now, and share the first place.
    const phone = guest.pages()[0]!;
    await phone.goto(`${run.server.url}/r/${joinCode}`);
    await phone.getByRole('button', { name: `Add a dot to: ${strength}` }).click();
    await phone.getByText('Dots left: 2 of 3').waitFor();
    const ranking = page.getByRole('region', { name: 'Ranking by dots' });
    await ranking.getByText('=1').nth(1).waitFor({ timeout: 10_000 });
    expect(await ranking.locator('.cell-sub', { hasText: 'tied' }).count()).toBe(2);
    await page.getByText('The room has spent 4 dots.').waitFor();
    await checkAndShoot('retreat-swot');
  });

  it('carries the tied top items forward and writes a gap analysis with five whys, made into a goal of the plan', async () => {
    await openSection(/Priorities and gaps/);
    await page.getByLabel('How many of the top items').fill('1');
    // One asked, two carried: the second is tied with the first.
    await page.getByText(/^Adds 2:/).waitFor();
    await page.getByRole('button', { name: 'Carry forward the top item' }).click();
    await page.getByRole('heading', { name: /^Priority 2:/ }).waitFor();
    const priorities = (await board()).priorities as Array<{ id: string; title: string; version: number }>;
    expect(priorities).toHaveLength(2);
    await page.getByLabel('A priority of your own').fill('Families read with their children');
    await page.getByRole('button', { name: 'Add the priority' }).click();
    await page.getByRole('heading', { name: 'Priority 3: Families read with their children' }).waitFor();

    const first = page.getByRole('region', { name: /^Priority 1:/ });
    await first.getByRole('button', { name: 'Open the gap analysis' }).click();
    const form = first.getByRole('form');
    await form.getByLabel('Where we are', { exact: true }).fill('A third of Jefferson students read proficiently.');
    await form.getByLabel('A chart or an observation').selectOption({ label: 'Chart 1: Which schools read furthest below the district?' });
    await form.getByRole('button', { name: 'Cite it' }).click();
    // The plan's vision is quoted beside it, so the future state is written toward it.
    await form.getByText('Every student leaves Harbor City a confident reader.').waitFor();
    await form.getByLabel('Where we want to be', { exact: true }).fill('Half of the students read proficiently at every school.');
    await form.getByLabel('The gap', { exact: true }).fill('Sixteen points at Jefferson, four at Lincoln.');
    await form.getByLabel('Why? (1)', { exact: true }).fill('Students read little outside class');
    await form.getByRole('button', { name: 'Ask why again' }).click();
    await form.getByLabel('Why? (2)', { exact: true }).fill('The library closes at three');
    await form.getByRole('button', { name: 'Ask why again' }).click();
    await form.getByLabel('Why? (3)', { exact: true }).fill('Library hours were cut in 2017');
    await form.getByLabel('The case for change').fill('Students who do not read by grade 9 rarely catch up; the library budget is set this spring.');
    await form.getByRole('button', { name: 'Save the gap analysis' }).click();
    await form.getByRole('button', { name: 'Save the gap analysis' }).and(page.locator('[disabled]')).waitFor();
    let saved = ((await board()).priorities as Array<Record<string, unknown>>)[0]!;
    expect(saved).toMatchObject({ root_cause_method: 'five_whys', root_causes: ['Students read little outside class', 'The library closes at three', 'Library hours were cut in 2017'], has_root_causes: true });
    // The item's own citation came with it when carried; the chart was added here.
    expect(saved.current_evidence).toContainEqual({ kind: 'chart', chart_id: expect.any(String) });

    // "Make this a goal": a goal made in the plan with the priority's words, and the priority linked to it.
    await form.getByRole('button', { name: 'Make this a goal' }).click();
    await first.locator('.badge', { hasText: /^Goal G/ }).waitFor();
    saved = ((await board()).priorities as Array<Record<string, unknown>>)[0]!;
    const plan = await ok(callApi(page, 'GET', `/api/plans/${planId}`));
    const goal = (plan.elements as Array<{ kind: string; key: string; fields: { title: string; description?: string } }>).find((element) => element.key === saved.goal_key);
    expect(goal).toMatchObject({ kind: 'goal', fields: { title: saved.title, description: 'Half of the students read proficiently at every school.' } });
    await checkAndShoot('retreat-priorities');

    // The second priority leads to the plan's existing goal, chosen from the list, with a fishbone.
    const second = page.getByRole('region', { name: /^Priority 2:/ });
    await second.getByRole('button', { name: 'Open the gap analysis' }).click();
    const secondForm = second.getByRole('form');
    await secondForm.getByLabel('Goal of the plan', { exact: true }).selectOption({ label: 'G1 · Every student reads on grade level' });
    await secondForm.getByLabel('Fishbone').check();
    await secondForm.getByRole('button', { name: 'Add a cause under People' }).click();
    await secondForm.getByLabel('People: cause 1').fill('Reading coaches changed twice in a year');
    await secondForm.getByRole('button', { name: 'Save the gap analysis' }).click();
    await secondForm.getByRole('button', { name: 'Save the gap analysis' }).and(page.locator('[disabled]')).waitFor();
    const secondSaved = ((await board()).priorities as Array<Record<string, unknown>>)[1]!;
    expect(secondSaved).toMatchObject({ goal_key: 'G1', root_cause_method: 'fishbone' });
    expect((secondSaved.root_causes as Array<{ category: string; causes: string[] }>)[0]).toEqual({ category: 'People', causes: ['Reading coaches changed twice in a year'] });

    // Someone else saves the first priority meanwhile: this editor's save is refused with a clear message.
    const current = ((await board()).priorities as Array<{ id: string; version: number }>)[0]!;
    await form.getByLabel('The gap', { exact: true }).fill('Sixteen points at Jefferson.');
    await ok(callApi(page, 'PUT', `/api/retreats/${retreatId}/priorities/${current.id}`, { case_for_change: 'Changed by another facilitator.', version: current.version }));
    await form.getByRole('button', { name: 'Save the gap analysis' }).click();
    await first.getByText('Someone else saved a change first').waitFor();
    await first.getByRole('button', { name: 'Take the saved version' }).click();
    expect(await form.getByLabel('The case for change').inputValue()).toBe('Changed by another facilitator.');
  });

  it('downloads the diagnostic report as PDF, and the cycle’s SWOT deliverable can then be completed', async () => {
    await openSection(/Documents/);
    for (const [name, file] of [['Organizational diagnostic report', 'diagnostic'], ['Data picture', 'data-picture']] as const) {
      expect(await page.getByRole('link', { name: `${name} as PDF` }).getAttribute('href')).toBe(`/api/retreats/${retreatId}/documents/${file}.pdf?lang=en`);
      expect(await page.getByRole('link', { name: `${name} as Word` }).getAttribute('href')).toBe(`/api/retreats/${retreatId}/documents/${file}.docx?lang=en`);
    }
    await checkAndShoot('retreat-documents');
    // The link downloads the report the SWOT and the gap analysis went into.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Organizational diagnostic report as PDF' }).click()]);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    if (text !== null) {
      for (const words of ['Only a third of Jefferson students read', 'Library hours were cut in 2017', 'Which schools read furthest below']) expect(text.replace(/\s+/g, ' ')).toContain(words);
    }

    await page.goto(`${run.server.url}/o/${run.organizationId}/process/${cycleId}`);
    await page.getByRole('button', { name: 'Checklist', exact: true }).click();
    const checklist = page.getByRole('region', { name: 'Checklist', exact: true });
    await checklist.getByText('Items on the board: 3').first().waitFor();
    await completeDeliverable(page, checklist, 'SWOT analysis', false);
    const saved = (await ok(callApi(page, 'GET', `/api/cycles/${cycleId}`))).deliverables.find((d: { templateKey: string }) => d.templateKey === 'swot-analysis');
    expect(saved.status).toBe('complete');

    const link = page.getByRole('link', { name: 'The SWOT board' }).first();
    expect(await link.getAttribute('href')).toBe(`/o/${run.organizationId}/data/retreats?cycle=${cycleId}`);
    await link.click();
    await page.getByRole('link', { name: 'Fall data retreat' }).waitFor();
  });

  it('reads the whole board in Spanish', async () => {
    await page.goto(boardUrl);
    await page.getByLabel('Language').first().selectOption('es');
    await page.getByRole('navigation', { name: 'Partes del retiro' }).waitFor();
    await checkAndShoot('retreat-room-es');
    for (const [part, name] of [
      [/Panorama de datos/, 'retreat-data-picture-es'],
      [/FODA y puntos/, 'retreat-swot-es'],
      [/Prioridades y brechas/, 'retreat-priorities-es'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Partes del retiro' }).getByRole('link', { name: part }).click();
      await page.waitForLoadState('networkidle');
      if (name === 'retreat-priorities-es') await page.getByRole('region', { name: /^Prioridad 1:/ }).getByRole('button', { name: 'Abrir el análisis de brechas' }).click();
      await checkAndShoot(name);
    }
    await page.goto(`${run.server.url}/o/${run.organizationId}/data/retreats`);
    await page.getByRole('heading', { level: 1, name: 'Retiros de datos' }).waitFor();
    await checkAndShoot('retreats-list-es');
    await page.getByLabel('Idioma').first().selectOption('en');
  });
});
