import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, DESKTOP, expectNoAxeViolations, screenshot } from './support/browser.js';
import { callApi } from './support/call-api.js';
import { openFirstRun, startCycleInBrowser, type FirstRun } from './support/first-run.js';

/**
 * The focus-group journey: a facilitator sets up a focus group of families from the
 * library's protocol as a new session of the Louisiana cycle, takes notes on a tablet-width page
 * (a quote marked with the Quote button, a dropped connection that loses nothing, a second
 * note-taker's save merged instead of overwritten), codes the notes with two themes, and reads the
 * synthesis table at desktop and phone width, in English and in Spanish.
 */
if (!chromiumPath) console.warn('Skipping the focus-group journey: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).');

const TABLET = { width: 768, height: 1024 };
const PHONE_390 = { width: 390, height: 844 };

describe.skipIf(!chromiumPath)('a focus group from protocol to synthesis', () => {
  let run: FirstRun;
  let page: Page;
  let notesPath: string;
  let cycleId: string;
  let focusGroupId: string;

  const notes = (number: number) => page.getByLabel(`Notes for question ${number}`, { exact: true });
  const fitsWidth = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  beforeAll(async () => {
    run = await openFirstRun({ name: 'Acadia Parish Schools', adminName: 'Rosa Thibodeaux', email: 'rosa@acadia.example' });
    page = run.page;
    await startCycleInBrowser(page, { template: /Louisiana/, name: 'Acadia 2030', startDate: '2026-01-05' });
    cycleId = /\/process\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
  }, 120_000);
  afterAll(async () => {
    await run?.close();
  });

  it('sets up a focus group of families from the library protocol, as a new session of the cycle', async () => {
    await page.getByRole('link', { name: 'Focus groups' }).first().click();
    await page.waitForURL(/\/engagement\/focus-groups$/);
    await page.getByText('No focus groups yet').waitFor();
    await page.getByRole('button', { name: 'New focus group' }).click();
    await page.getByLabel('Protocol').selectOption('library:family');
    await page.getByLabel('Session name').fill('Parents in Spanish');
    await page.getByLabel('Date', { exact: true }).fill('2026-01-20');
    expect(await page.getByLabel('Who is in the room').inputValue()).toBe('families');
    await page.getByLabel('Language of the conversation').selectOption('es');
    await page.getByLabel(/How many participants/).fill('8');
    await page.getByLabel(/A few words on the group/).fill('Lincoln Elementary');
    await page.getByRole('button', { name: 'Set up the focus group' }).click();
    await page.waitForURL(/\/focus-groups\/cycles\/[0-9a-f-]{36}\/groups\/[0-9a-f-]{36}$/);
    notesPath = new URL(page.url()).pathname;
    focusGroupId = notesPath.split('/').at(-1)!;
    await page.getByRole('heading', { level: 1, name: 'Parents in Spanish' }).waitFor();
    // The questions read as the facilitator asks them: in the group's language.
    await page.getByRole('heading', { name: '¿Qué necesita su hijo o hija para que le vaya bien y no está recibiendo ahora?' }).waitFor();

    // The focus group is a session of the cycle, with the protocol's length.
    const sessions = (await callApi(page, 'GET', `/api/cycles/${cycleId}`)).body.sessions as Array<{ name: string; format: string; lengthMinutes: number }>;
    expect(sessions.find((session) => session.name === 'Parents in Spanish')).toMatchObject({ format: 'focus_group', lengthMinutes: 70 });
  });

  it('takes notes on a tablet: autosaves, marks quotes, and keeps notes through a dropped connection', async () => {
    await page.setViewportSize(TABLET);
    await notes(3).click();
    await page.keyboard.type('Messages come only in English.');
    await page.getByRole('button', { name: 'Mark a quote in the notes of question 3' }).click();
    await page.keyboard.type('Nunca recibo nada en español.');
    await page.getByText('All notes saved').waitFor();
    expect(await notes(3).inputValue()).toBe('Messages come only in English.\n“Nunca recibo nada en español.');

    // Offline: the text stays on the device and is sent when the connection returns.
    await page.context().setOffline(true);
    await notes(5).click();
    await page.keyboard.type('Buses late most mornings.\n“El autobús llega tarde casi todos los días.”\nWant tutoring after school.');
    await page.getByText('Kept on this device; sending when the connection returns').waitFor();
    expect(await page.evaluate((id) => localStorage.getItem(`waymark:focus-group-notes:${id}`), focusGroupId)).toContain('Buses late most mornings.');
    await page.context().setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.getByText('All notes saved').waitFor();
    const saved = (await callApi(page, 'GET', `/api/cycles/${cycleId}/focus-groups/${focusGroupId}`)).body.notes as Array<{ question_key: string; text: string }>;
    expect(saved.find((note) => note.question_key === 'needs')?.text).toContain('Want tutoring after school.');
    expect(await page.evaluate((id) => localStorage.getItem(`waymark:focus-group-notes:${id}`), focusGroupId)).toBeNull();
  });

  it("merges a second note-taker's save instead of overwriting it", async () => {
    const current = (await callApi(page, 'GET', `/api/cycles/${cycleId}/focus-groups/${focusGroupId}`)).body.notes.find((note: { question_key: string }) => note.question_key === 'communication');
    const other = await callApi(page, 'PUT', `/api/cycles/${cycleId}/focus-groups/${focusGroupId}/notes/communication`, { version: current.version, text: `${current.text}\nTexts work better than email.` });
    expect(other.status).toBe(200);
    await notes(3).click();
    await page.keyboard.press('End');
    await page.keyboard.type('\nSchool app is confusing.');
    await page.getByText('Someone else saved these notes').waitFor();
    await page.getByRole('button', { name: 'Choose what to keep' }).click();
    await page.getByRole('heading', { name: 'Two versions of these notes' }).waitFor();
    await page.getByRole('button', { name: 'Keep both' }).click();
    await page.getByText('All notes saved').waitFor();
    const merged = await notes(3).inputValue();
    expect(merged).toContain('Texts work better than email.');
    expect(merged).toContain('School app is confusing.');
  });

  it('codes a passage and a whole note with two themes of the codebook', async () => {
    // A passage: the quote about the bus, selected in the notes of question 5.
    await notes(5).evaluate((area: HTMLTextAreaElement) => {
      const start = area.value.indexOf('“El autobús');
      area.focus();
      area.setSelectionRange(start, area.value.indexOf('\n', start));
    });
    await page.locator('#question-needs-section').getByRole('button', { name: 'Code the selected words' }).click();
    await page.getByText('The codebook has no themes yet: add the first one here.').waitFor();
    await page.getByLabel('New theme').fill('Transportation');
    await page.getByRole('button', { name: 'Add theme' }).click();
    await expect.poll(() => page.getByLabel('Transportation').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Attach themes' }).click();
    await page.locator('.fg-code', { hasText: 'Transportation' }).waitFor();

    // The whole note of question 3, with a second theme.
    await page.locator('#question-communication-section').getByRole('button', { name: 'Code the whole note' }).click();
    await page.getByLabel('New theme').fill('Communication in Spanish');
    await page.getByRole('button', { name: 'Add theme' }).click();
    await expect.poll(() => page.getByLabel('Communication in Spanish').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Attach themes' }).click();
    await page.locator('.fg-code', { hasText: 'Communication in Spanish' }).waitFor();

    const chips = await page.locator('.fg-code').allTextContents();
    expect(chips).toHaveLength(2);
    expect(chips).toEqual(expect.arrayContaining([expect.stringMatching(/^Communication in Spanish.*whole note/), expect.stringMatching(/^Transportation.*El autobús llega tarde/)]));
    expect(await fitsWidth()).toBe(true);
    await expectNoAxeViolations(page, 'the notes page');
    await screenshot(page, 'focus-group-notes-tablet');
  });

  it('shows the synthesis: how many groups raised each theme, with quotes, at desktop and phone width, in English and Spanish', async () => {
    await page.goto(`${run.server.url}/o/${run.organizationId}/engagement/focus-groups?cycle=${cycleId}`);
    await page.getByRole('link', { name: 'Parents in Spanish' }).waitFor();
    await page.getByRole('link', { name: 'Themes and synthesis' }).click();
    await page.getByRole('heading', { level: 1, name: 'Themes and synthesis' }).waitFor();
    await page.setViewportSize(DESKTOP);
    const rows = page.locator('.fg-synthesis tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const transport = rows.filter({ hasText: 'Transportation' });
    expect(await transport.locator('.fg-raised').textContent()).toBe('1 of 1');
    expect(await transport.locator('.fg-quotes').textContent()).toContain('El autobús llega tarde casi todos los días.');
    expect(await page.locator('.fg-synthesis thead').textContent()).toContain('Families · Spanish · Lincoln Elementary');
    await expectNoAxeViolations(page, 'the synthesis');
    await screenshot(page, 'focus-group-synthesis-desktop');
    const csv = await page.evaluate(async (url) => (await fetch(url)).text(), `/api/cycles/${cycleId}/focus-group-synthesis.csv?lang=en`);
    expect(csv).toContain('Transportation');

    await page.setViewportSize(PHONE_390);
    expect(await fitsWidth()).toBe(true);
    await screenshot(page, 'focus-group-synthesis-phone');

    // The language menu sits in the header at desktop width.
    await page.setViewportSize(DESKTOP);
    await page.getByLabel('Language').first().selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Temas y síntesis' }).waitFor();
    expect(await page.locator('.fg-synthesis').textContent()).toContain('Familias · Español · Lincoln Elementary');
    await screenshot(page, 'focus-group-synthesis-desktop-es');
    await page.setViewportSize(PHONE_390);
    expect(await fitsWidth()).toBe(true);
    await screenshot(page, 'focus-group-synthesis-phone-es');
    await page.goto(`${run.server.url}${notesPath}`);
    await page.getByText('Todas las notas guardadas').waitFor();
    await page.setViewportSize(TABLET);
    await screenshot(page, 'focus-group-notes-tablet-es');
    await page.setViewportSize(DESKTOP);
    await page.getByLabel('Idioma').first().selectOption('en');
  });
});
