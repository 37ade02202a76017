import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../config.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { openSurveyFor, sampleSurvey } from '../../testing/survey-test-kit.js';
import { storeResponses, waitForThemes } from '../../testing/survey-themes-kit.js';
import { parse } from 'csv-parse/sync';

/** Rows of a CSV file as strings (csv-parse: quoted fields, commas and line breaks inside them). */
const readCsv = (text: string): string[][] => parse(text, { relax_column_count: true, skip_empty_lines: true });

const csvPath = path.resolve(projectRoot, '..', 'shared', 'data', 'comments', 'fcps_lou_redistricting', 'lou_redistricting_comments.csv');
const hasComments = existsSync(csvPath);
if (!hasComments) console.warn(`Skipping the real-data themes test: ${csvPath} is absent (../shared/data beside the checkout).`);

type Themes = { status: string; answers: number; unsorted: number; new_answers: number; themes: Array<{ id: string; label: string; count: number; samples: Array<{ text: string }> }> };

// The FCPS redistricting comments, stored as the responses of a survey whose text question asks
// about the options (so "option", the question's own word, is left out of the themes).
describe.skipIf(!hasComments)('themes of the 4,594 FCPS redistricting comments, found through the API', () => {
  let t: TestApp;
  let base: string;
  let auth: Record<string, string>;
  let comments: string[];
  let found: Themes;
  let sawRunning = false;

  beforeAll(async () => {
    t = await createTestApp();
    const districtId = (await t.factories.organization({ name: 'Frederick County' })).id;
    auth = (await t.factories.user({ organizationId: districtId, role: 'planner' })).auth;
    const document = sampleSurvey();
    document.questions = document.questions.map((question) => (question.key === 'comment' ? { ...question, text: { en: 'What do you like about this option?', es: '¿Qué le gusta de esta opción?' } } : question));
    const survey = await openSurveyFor(t, districtId, auth, document);
    const [header, ...rows] = readCsv(readFileSync(csvPath, 'utf8'));
    expect(header).toEqual(['level', 'row_index', 'live_in_school', 'option', 'comment']);
    comments = rows.map((row) => row[4] ?? '');
    await storeResponses(t, { id: survey.id, organizationId: districtId }, comments.map((comment) => ({ comment })));
    base = `/api/surveys/${survey.id}/questions/comment`;
    // While the request to find them waits on the worker thread, the server answers others: the
    // themes read as "running" before that request has its answer.
    let isFindPending = true;
    const finding = t.app.inject({ method: 'POST', url: `${base}/themes/find`, headers: auth, payload: { version: 0 } }).finally(() => (isFindPending = false));
    while (isFindPending && !sawRunning) {
      const status = json(await t.app.inject({ method: 'GET', url: `${base}/themes`, headers: auth })).status;
      sawRunning = status === 'running' && isFindPending;
      if (status === 'done') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect([200, 202]).toContain((await finding).statusCode);
    found = await waitForThemes(t, base, auth);
  }, 300_000);
  afterAll(() => t?.close());

  it('reads all 4,594 comments and answers requests while finding their themes', () => {
    expect(comments).toHaveLength(4594);
    expect(sawRunning).toBe(true);
    expect(found.status).toBe('done');
  });

  it('sorts every comment with words into one of 4 to 12 themes, the rest not sorted', () => {
    const withText = comments.filter((comment) => comment.trim() !== '').length;
    expect(found.answers).toBe(withText);
    expect(found.themes.length).toBeGreaterThanOrEqual(4);
    expect(found.themes.length).toBeLessThanOrEqual(12);
    expect(found.themes.reduce((sum, theme) => sum + theme.count, 0) + found.unsorted).toBe(withText);
    expect(found.unsorted).toBeLessThan(0.15 * withText);
    expect(found.new_answers).toBe(0);
  });

  it('labels the themes in the comments\' words, each with three quotes, none about "option"', () => {
    expect(new Set(found.themes.map((theme) => theme.label)).size).toBe(found.themes.length);
    for (const theme of found.themes) {
      expect(theme.label, theme.id).not.toBe('');
      expect(theme.label.toLowerCase()).not.toMatch(/\boption\b/);
      expect(theme.samples, theme.label).toHaveLength(3);
    }
    // Themes a reader of these comments recognises: schools, feeder patterns and places named in
    // them. Which of them become labels moves with the answers' ids (the finder sorts by id), so
    // three of these must be there, not a fixed three.
    const labels = found.themes.map((theme) => theme.label.toLowerCase()).join(' | ');
    const recognised = [/high school/, /middle school/, /elementary school/, /feeder/, /linganore/, /urbana/, /windsor knolls/, /community/].filter((pattern) => pattern.test(labels));
    expect(recognised.length, labels).toBeGreaterThanOrEqual(3);
  });

  it('searches them whatever the case and accents', async () => {
    const res = json(await t.app.inject({ method: 'GET', url: `${base}/answers?q=FEEDER%20patterns&per_page=5`, headers: auth }));
    expect(res.total).toBeGreaterThan(30);
    expect(res.answers).toHaveLength(5);
    for (const answer of res.answers) expect(answer.text.toLowerCase()).toContain('feeder');
  });
});
