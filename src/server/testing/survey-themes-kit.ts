import { randomUUID } from 'node:crypto';
import { json, type TestApp } from './test-app.js';

/**
 * Stores responses straight into a survey (as ingest would have), for tests of what is done with
 * many answers: the public route's per-address limits are not what those tests are about.
 */
export async function storeResponses(t: TestApp, survey: { id: string; organizationId: string }, answersList: ReadonlyArray<Record<string, unknown>>, locale = 'en') {
  const ids: string[] = [];
  for (let start = 0; start < answersList.length; start += 1000) {
    const rows = answersList.slice(start, start + 1000).map((answers) => ({ survey_id: survey.id, organization_id: survey.organizationId, submission_id: randomUUID(), locale, answers: JSON.stringify(answers), submitted_at: new Date() }));
    const inserted = await t.ctx.db.insertInto('survey_responses').values(rows).returning('id').execute();
    ids.push(...inserted.map((row) => row.id));
  }
  return ids;
}

/** Asks for a question's themes to be found and waits until the worker has saved them (or failed), polling after a 202. */
export async function findThemesAndWait(t: TestApp, url: string, auth: Record<string, string>, body: Record<string, unknown>) {
  const started = await t.app.inject({ method: 'POST', url: `${url}/themes/find`, headers: auth, payload: body });
  if (started.statusCode !== 200 && started.statusCode !== 202) throw new Error(`find failed: ${started.statusCode} ${started.body}`);
  return waitForThemes(t, url, auth);
}

/** Polls a question's themes, as the screen does, until they are no longer being found. */
export async function waitForThemes(t: TestApp, url: string, auth: Record<string, string>) {
  for (let attempt = 0; attempt < 1200; attempt++) {
    const res = await t.app.inject({ method: 'GET', url: `${url}/themes`, headers: auth });
    const themes = json(res);
    if (themes.status !== 'running') return themes;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the themes were still being found after two minutes');
}
