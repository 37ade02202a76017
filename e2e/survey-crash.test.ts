import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from './support/server-process.js';

/**
 * The promise about ingest: an acknowledged response is committed. The built server runs in
 * a process of its own while 50 clients each send new responses in a loop; it is killed with
 * SIGKILL mid-way (requests in flight), started again on the same data, and then every response
 * that was answered 201 or 200 is stored, each exactly once, with the id it was given. The clients
 * then send again what was never answered, as a phone keeps unsent answers and retries: what the
 * crash had stored comes back 200 with its stored id, the rest is stored once, and nothing is
 * stored twice. On the embedded database (PGlite, the default) and, when TEST_DATABASE_URL names a
 * PostgreSQL server, on a scratch database there.
 */
const CLIENTS = 50;
/** Answered responses before the kill: enough that the crash lands in a steady stream. */
const ANSWERED_BEFORE_KILL = 300;
const postgresServer = process.env.TEST_DATABASE_URL;
if (!postgresServer) console.warn('The survey crash journey runs on PGlite only: TEST_DATABASE_URL is not set.');

const survey = {
  format: 'survey/v1',
  title: { en: 'Crash check', es: 'Prueba de caída' },
  mode: 'anonymous',
  languages: ['en', 'es'],
  questions: [
    { key: 'role', type: 'single', required: true, text: { en: 'Role', es: 'Rol' }, options: [{ key: 'parent', text: { en: 'Parent', es: 'Familia' } }, { key: 'staff', text: { en: 'Staff', es: 'Personal' } }] },
    { key: 'safe', type: 'likert', scale: 'agreement-5', text: { en: 'Safe at school', es: 'Seguro en la escuela' } },
    // Each response carries its own submission id as its note, so the export tells which submission each row is.
    { key: 'note', type: 'text', text: { en: 'Note', es: 'Nota' } },
  ],
};

interface Submission {
  submissionId: string;
  /** The response id the server answered with, or null when no answer came (in flight at the kill, or refused by a dead port). */
  answeredId: string | null;
}

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => console.warn('cleanup:', error));
});

describe.each([
  { database: 'PGlite (embedded)', postgres: false },
  { database: 'PostgreSQL', postgres: true },
])('responses survive kill -9 on $database', ({ postgres }) => {
  it.skipIf(postgres && !postgresServer)(
    'keeps every answered response exactly once, and retries of the unanswered store each once',
    async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'waymark-crash-'));
      cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
      const env = { DATA_DIR: dataDir, ...(postgres ? { DATABASE_URL: await scratchDatabase(postgresServer!) } : {}) };

      let server = await startServerProcess(env);
      cleanups.push(() => server.stop());
      const { surveyId, code, kioskToken, auth } = await openSurvey(server.url);
      const send = (base: string, submissionId: string) =>
        fetch(`${base}/api/public/surveys/${code}/responses`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          // The kiosk token lifts the per-address limit: all 50 clients share 127.0.0.1.
          body: JSON.stringify({ submission_id: submissionId, locale: 'es', answers: { role: 'parent', safe: 'agree', note: submissionId }, kiosk_token: kioskToken }),
        });

      // 50 clients, each sending a new response as soon as the last was answered, until the kill.
      const submissions: Submission[] = [];
      let answered = 0;
      let inFlight = 0;
      let stopping = false;
      const client = async () => {
        while (!stopping) {
          const submission: Submission = { submissionId: randomUUID(), answeredId: null };
          submissions.push(submission);
          inFlight++;
          try {
            const response = await send(server.url, submission.submissionId);
            const body = (await response.json()) as { id?: string };
            if (response.status !== 201 && response.status !== 200) throw new Error(`answered ${response.status}: ${JSON.stringify(body)}`);
            submission.answeredId = body.id!;
            answered++;
          } catch (error) {
            // A refused or cut connection is expected once the server is killed, and only then.
            if (!stopping) throw error;
            return;
          } finally {
            inFlight--;
          }
        }
      };
      const clients = Array.from({ length: CLIENTS }, client);
      const loadFailed = Promise.race(clients).then(() => {
        if (!stopping) throw new Error('a client stopped before the kill');
      });
      await Promise.race([until(() => answered >= ANSWERED_BEFORE_KILL && inFlight >= CLIENTS / 5), loadFailed]);
      const inFlightAtKill = inFlight;
      stopping = true;
      await server.killHard();
      await Promise.all(clients);
      expect(inFlightAtKill).toBeGreaterThan(0);

      server = await startServerProcess(env);
      const answeredBefore = submissions.filter((s) => s.answeredId !== null);
      const unanswered = submissions.filter((s) => s.answeredId === null);
      expect(answeredBefore.length).toBeGreaterThanOrEqual(ANSWERED_BEFORE_KILL);
      expect(unanswered.length).toBeGreaterThan(0);

      // Every answered response is there after the restart, once, with the id it was given.
      const afterCrash = await storedResponses(server.url, surveyId, auth);
      expectNoneTwice(afterCrash);
      for (const submission of answeredBefore) expect(afterCrash.get(submission.submissionId)).toEqual([submission.answeredId]);

      // The clients send again what was never answered: 200 with the stored id for what the crash
      // kept, 201 for the rest. An answered one sent again is told the same id.
      for (const submission of unanswered) {
        const response = await send(server.url, submission.submissionId);
        const body = (await response.json()) as { id: string };
        const kept = afterCrash.get(submission.submissionId);
        expect({ status: response.status, id: kept ? body.id : 'new' }).toEqual({ status: kept ? 200 : 201, id: kept ? kept[0] : 'new' });
        submission.answeredId = body.id;
      }
      for (const submission of answeredBefore.slice(0, 20)) {
        const response = await send(server.url, submission.submissionId);
        expect({ status: response.status, body: await response.json() }).toEqual({ status: 200, body: { id: submission.answeredId } });
      }

      const afterRetries = await storedResponses(server.url, surveyId, auth);
      expectNoneTwice(afterRetries);
      expect(afterRetries.size).toBe(submissions.length);
      for (const submission of submissions) expect(afterRetries.get(submission.submissionId)).toEqual([submission.answeredId]);
      await server.stop();
    },
    300_000,
  );
});

/** First-run setup, an API token, and an open survey with a kiosk link, through the API. */
async function openSurvey(url: string) {
  const setup = await fetch(`${url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ organizationName: 'Crash Test Schools', organizationKind: 'district', adminName: 'Ada Admin', adminEmail: 'ada@crash.example', password: 'a crash test password 2026', loadDemo: false }),
  });
  const session = await expectJson(setup, 201);
  const cookie = setup.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c!.startsWith('waymark_session='))!;
  const token = await expectJson(await fetch(`${url}/api/account/tokens`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': session.csrfToken }, body: JSON.stringify({ name: 'crash' }) }), 201);
  const auth = { authorization: `Bearer ${token.token}` };
  const districtId = session.organizations[0].id as string;
  const created = await expectJson(await fetch(`${url}/api/districts/${districtId}/surveys`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify(survey) }), 201);
  const opened = await expectJson(await fetch(`${url}/api/surveys/${created.id}/open`, { method: 'POST', headers: auth }), 200);
  const kiosk = await expectJson(await fetch(`${url}/api/surveys/${created.id}/kiosk-link`, { method: 'POST', headers: auth }), 201);
  // The kiosk's token rides in the link's fragment, where the kiosk page reads it.
  const kioskToken = decodeURIComponent(new URL(kiosk.url as string).hash.replace(/^#k=/, ''));
  return { surveyId: created.id as string, code: opened.public_code as string, kioskToken, auth };
}

/** Each stored response's id by the submission id it carries (its note), from the CSV export. */
async function storedResponses(url: string, surveyId: string, auth: Record<string, string>): Promise<Map<string, string[]>> {
  const response = await fetch(`${url}/api/surveys/${surveyId}/responses.csv`, { headers: auth });
  expect(response.status).toBe(200);
  const [header, ...lines] = (await response.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const columns = header!.split(',');
  const idColumn = columns.indexOf('response_id');
  const noteColumn = columns.indexOf('note');
  const stored = new Map<string, string[]>();
  for (const line of lines) {
    const cells = line.split(',');
    const submissionId = cells[noteColumn]!;
    stored.set(submissionId, [...(stored.get(submissionId) ?? []), cells[idColumn]!]);
  }
  return stored;
}

function expectNoneTwice(stored: Map<string, string[]>) {
  const twice = [...stored].filter(([, ids]) => ids.length > 1);
  expect(twice).toEqual([]);
}

async function expectJson(response: Response, status: number) {
  const body = await response.json();
  if (response.status !== status) throw new Error(`${response.url} answered ${response.status}: ${JSON.stringify(body)}`);
  return body;
}

async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** A database of the test's own on the PostgreSQL server (first-run setup needs an empty one), dropped afterwards. */
async function scratchDatabase(serverUrl: string): Promise<string> {
  const name = `waymark_crash_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(`drop database if exists ${name} with (force)`);
    } finally {
      await client.end();
    }
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
