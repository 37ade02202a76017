import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { createTestApp, json, testConfig, type TestApp } from '../../testing/test-app.js';
import { openSurveyFor, respond, sampleSurvey } from '../../testing/survey-test-kit.js';
import { AddressLimiter } from './address-limiter.js';
import { checkFormToken, issueFormToken } from './issue-form-token.js';
import { submitSurveyResponse } from './submit-survey-response.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Lakeside Unified' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
});
afterAll(() => t.close());

const publicGet = (code: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: `/api/public/surveys/${code}`, headers });
const rowsOf = (surveyId: string) => t.ctx.db.selectFrom('survey_responses').selectAll().where('survey_id', '=', surveyId).execute();
const secret = testConfig.sessionSecret;

describe('the respondent contract', () => {
  it('gives a respondent the open survey without extensions, and answers 404 to unknown codes and drafts', async () => {
    const { code } = await openSurveyFor(t, districtId, planner.auth);
    const res = await publicGet(code.toUpperCase());
    expect(res.statusCode).toBe(200);
    const body = json(res);
    expect(body).toMatchObject({ code, organization_name: 'Lakeside Unified', closes_at: null });
    expect(body.document.extensions).toBeUndefined();
    expect(body.document.title).toEqual(sampleSurvey().title);
    expect(checkFormToken({ token: body.form_token, code, secret, now: new Date(Date.now() + 5000) })).toBe('ok');
    expect((await publicGet('zzzzzzzz')).statusCode).toBe(404);
    expect((await publicGet('not a code at all')).statusCode).toBe(404);
    const draft = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/surveys`, headers: planner.auth, payload: sampleSurvey() }));
    expect(draft.public_code).toBeNull();
    const notFound = json(await publicGet('zzzzzzzz', { 'accept-language': 'es' }));
    expect(notFound.error.message).toMatch(/^No hay ninguna encuesta abierta/);
  });

  it('takes answers: 201 with an id, 200 with the same id on a retry, 400 naming the question or the locale', async () => {
    const { id, code } = await openSurveyFor(t, districtId, planner.auth);
    const submissionId = randomUUID();
    const answers = { role: 'parent', safe: 'agree', channels: ['text', 'email'], children: 2, comment: '  Más autobuses, por favor ' };
    const first = await respond(t, code, answers, { submissionId, locale: 'es' });
    expect(first.statusCode).toBe(201);
    const retry = await respond(t, code, answers, { submissionId, locale: 'es' });
    expect(retry.statusCode).toBe(200);
    expect(json(retry).id).toBe(json(first).id);
    const rows = await rowsOf(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: json(first).id, locale: 'es', channel: 'web', answers: { ...answers, comment: 'Más autobuses, por favor' } });

    const wrong = await respond(t, code, { role: 'teacher', safe: 'loud', children: 1.5, nope: 1 });
    expect(wrong.statusCode).toBe(400);
    expect(json(wrong).error.details.map((d: { path: string }) => d.path).sort()).toEqual(['/answers/children', '/answers/nope', '/answers/role', '/answers/safe']);
    const missing = await respond(t, code, { safe: 'agree' });
    expect(json(missing).error.details).toEqual([expect.objectContaining({ path: '/answers/role', code: 'required' })]);
    const french = await respond(t, code, { role: 'parent' }, { locale: 'fr' });
    expect(json(french).error.details).toEqual([expect.objectContaining({ path: '/locale', code: 'invalid_choice' })]);
    const badId = await respond(t, code, { role: 'parent' }, { submissionId: 'not-a-uuid' });
    expect(json(badId).error.details.map((d: { path: string }) => d.path)).toEqual(['/submission_id']);
    // The route's own text check (the general guard is left out for it): what the database cannot store is a 400.
    const nul = await respond(t, code, { role: 'parent', comment: 'a\u0000b' });
    expect(nul.statusCode).toBe(400);
    expect(json(nul).error.details).toEqual([expect.objectContaining({ path: '/answers/comment', code: 'invalid_characters' })]);
    const badKey = await respond(t, code, { role: 'parent', 'x\u0000': 'a\uD800' });
    expect(badKey.statusCode).toBe(400);
    expect(json(badKey).error.details).toEqual([expect.objectContaining({ path: '/answers/x\u0000', code: 'unknown_field' })]);
    expect(await rowsOf(id)).toHaveLength(1);
  });

  it('stores one row for 20 concurrent retries of one submission, all told the same id', async () => {
    const { id, code } = await openSurveyFor(t, districtId, planner.auth);
    const submissionId = randomUUID();
    const answers = await Promise.all(Array.from({ length: 20 }, () => respond(t, code, { role: 'staff' }, { submissionId })));
    expect(new Set(answers.map((res) => json(res).id)).size).toBe(1);
    expect(answers.map((res) => res.statusCode).sort()).toEqual([...Array(19).fill(200), 201]);
    expect(await rowsOf(id)).toHaveLength(1);
  });

  it('answers 410 with the closing date once closed, in the reader’s language', async () => {
    const { id, code } = await openSurveyFor(t, districtId, planner.auth);
    await t.app.inject({ method: 'POST', url: `/api/surveys/${id}/close`, headers: planner.auth });
    const gone = await publicGet(code);
    expect(gone.statusCode).toBe(410);
    expect(json(gone).error).toMatchObject({ code: 'gone' });
    expect(json(gone).error.message).toMatch(/^This survey closed on \w+ \d+, \d{4}\. Thank you/);
    expect(json(await publicGet(code, { 'accept-language': 'es-MX,es;q=0.9' })).error.message).toMatch(/^Esta encuesta se cerró el \d+ de \w+ de \d{4}/);
    expect((await respond(t, code, { role: 'parent' })).statusCode).toBe(410);
    expect(await rowsOf(id)).toHaveLength(0);
  });

  it('treats a survey past its close date as closed, and one before its open date as not there yet', async () => {
    const { id, code } = await openSurveyFor(t, districtId, planner.auth);
    const patch = (payload: object) => t.app.inject({ method: 'PATCH', url: `/api/surveys/${id}/settings`, headers: planner.auth, payload });
    const survey = json(await t.app.inject({ method: 'GET', url: `/api/surveys/${id}`, headers: planner.auth }));
    await patch({ version: survey.version, opens_at: new Date(Date.now() + 86_400_000).toISOString() });
    const early = json(await publicGet(code));
    expect(early.error.message).toMatch(/^This survey opens on/);
    await patch({ version: survey.version + 1, opens_at: null, closes_at: new Date(Date.now() + 1000).toISOString() });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await publicGet(code)).statusCode).toBe(410);
    expect(json(await t.app.inject({ method: 'GET', url: `/api/surveys/${id}`, headers: planner.auth })).status).toBe('closed');
  });
});

describe('modes', () => {
  it('keeps nothing but the answers, the language and the day of an anonymous response', async () => {
    const { id, code } = await openSurveyFor(t, districtId, planner.auth);
    await t.app.inject({ method: 'POST', url: `/api/public/surveys/${code}/responses`, headers: { 'user-agent': 'Phone/1.0' }, payload: { submission_id: randomUUID(), locale: 'en', answers: { role: 'parent' } } });
    const [row] = await rowsOf(id);
    expect(row).toMatchObject({ respondent_name: null, respondent_email: null, entered_by: null });
    const when = new Date(row!.submitted_at);
    expect(when.toISOString()).toBe(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
    expect(JSON.stringify(row)).not.toMatch(/127\.0\.0\.1|Phone\/1\.0/);
  });

  it('keeps the time of a confidential response (still no address or agent)', async () => {
    const { id, code } = await openSurveyFor(t, districtId, planner.auth, sampleSurvey({ mode: 'confidential' }));
    await respond(t, code, { role: 'staff' });
    const [row] = await rowsOf(id);
    expect(Date.now() - new Date(row!.submitted_at).getTime()).toBeLessThan(60_000);
    expect(row).toMatchObject({ respondent_name: null, respondent_email: null });
  });
});

describe('bot resistance', () => {
  it('answers a filled honeypot as if stored, and stores nothing', async () => {
    const { id, code } = await openSurveyFor(t, districtId, planner.auth);
    const trap = await respond(t, code, { role: 'parent' }, { extra: { website: 'http://spam.example' } });
    expect(trap.statusCode).toBe(201);
    expect(json(trap).id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await rowsOf(id)).toHaveLength(0);
  });

  it('refuses a form token younger than three seconds or not ours, and takes an older one', async () => {
    const { id, code } = await openSurveyFor(t, districtId, planner.auth);
    const fresh = issueFormToken({ code, secret });
    const quick = await respond(t, code, { role: 'parent' }, { extra: { form_token: fresh } });
    expect(json(quick).error.details).toEqual([expect.objectContaining({ path: '/form_token', code: 'too_quick' })]);
    const forged = await respond(t, code, { role: 'parent' }, { extra: { form_token: issueFormToken({ code, secret: 'another-secret', now: new Date(Date.now() - 60_000) }) } });
    expect(json(forged).error.details).toEqual([expect.objectContaining({ path: '/form_token', code: 'invalid' })]);
    const otherSurvey = await respond(t, code, { role: 'parent' }, { extra: { form_token: issueFormToken({ code: 'abcdefgh', secret, now: new Date(Date.now() - 60_000) }) } });
    expect(otherSurvey.statusCode).toBe(400);
    const patient = await respond(t, code, { role: 'parent' }, { extra: { form_token: issueFormToken({ code, secret, now: new Date(Date.now() - 30_000) }) } });
    expect(patient.statusCode).toBe(201);
    expect(await rowsOf(id)).toHaveLength(1);
  });

  it('limits responses per address per survey in memory, and a kiosk token lifts the limit', async () => {
    const { id, code } = await openSurveyFor(t, districtId, planner.auth);
    const limiter = new AddressLimiter({ limit: 3, windowMs: 3_600_000 });
    const send = (address: string, extra: Record<string, string> = {}) =>
      submitSurveyResponse({ db: t.ctx.db, code, submission: { submission_id: randomUUID(), locale: 'en', answers: { role: 'parent' }, ...extra }, channel: 'web', client: { address }, secret, limiter });
    for (let i = 0; i < 3; i++) await send('203.0.113.7');
    await expect(send('203.0.113.7')).rejects.toMatchObject({ code: 'rate_limited' });
    await send('198.51.100.1');
    const kiosk = json(await t.app.inject({ method: 'POST', url: `/api/surveys/${id}/kiosk-link`, headers: planner.auth }));
    // The token travels in the fragment, so it never reaches a server log or a Referer.
    expect(kiosk.url).toMatch(new RegExp(`^http://waymark.test/s/${code}/kiosk#k=`));
    kiosk.kiosk_token = decodeURIComponent(kiosk.url.split('#k=')[1]);
    await send('203.0.113.7', { kiosk_token: kiosk.kiosk_token });
    await expect(send('203.0.113.7', { kiosk_token: `${kiosk.kiosk_token}x` })).rejects.toMatchObject({ code: 'invalid_input' });
    const channels = (await rowsOf(id)).map((row) => row.channel).sort();
    expect(channels).toEqual(['kiosk', 'web', 'web', 'web', 'web']);
  });

  it('answers 429 through the route past 60 responses an hour from one address', async () => {
    const { code } = await openSurveyFor(t, districtId, planner.auth);
    for (let i = 0; i < 60; i++) expect((await respond(t, code, { role: 'student' })).statusCode).toBe(201);
    const limited = await respond(t, code, { role: 'student' });
    expect(limited.statusCode).toBe(429);
    expect(json(limited).error.code).toBe('rate_limited');
  });
});

describe('logs of the public routes', () => {
  it('never carry the respondent’s address or user agent', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
    const logged = await buildApp(t.ctx, { logger: { level: 'info', stream } });
    try {
      const { code } = await openSurveyFor(t, districtId, planner.auth);
      const headers = { 'user-agent': 'SecretPhone/9.9' };
      await logged.inject({ method: 'GET', url: `/api/public/surveys/${code}`, headers, remoteAddress: '203.0.113.99' });
      await logged.inject({ method: 'POST', url: `/api/public/surveys/${code}/responses`, headers, remoteAddress: '203.0.113.99', payload: { submission_id: randomUUID(), locale: 'en', answers: { role: 'parent' } } });
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.join('')).toContain('/api/public/surveys/:code');
      expect(lines.join('')).not.toMatch(/203\.0\.113\.99|SecretPhone/);
    } finally {
      await logged.close();
    }
  });
});
