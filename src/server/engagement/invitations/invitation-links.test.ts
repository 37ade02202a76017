import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { openSurveyFor, sampleSurvey } from '../../testing/survey-test-kit.js';
import { cliActor } from '../../platform/audit/actor.js';
import { projectRoot } from '../../config.js';
import { loadTemplates } from '../../process/templates/load-templates.js';
import { startCycle } from '../../process/cycles/start-cycle.js';
import { addStakeholderGroup } from '../../process/stakeholders/manage-stakeholder-groups.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
let cycleId: string;
let families: string;

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Lakeside Unified' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  const template = loadTemplates(`${projectRoot}/templates`).find((candidate) => candidate.id === 'louisiana-strong-school-systems')!;
  const scope = { db: t.ctx.db, actor: cliActor, organizationId: districtId };
  cycleId = (await startCycle({ ...scope, template, name: 'Plan 2026', startDate: '2026-01-05' })).id;
  const contacts = [
    { name: 'Ana Ruiz', email: 'ana@example.org' },
    { name: 'Bo Chen', email: 'bo@example.org' },
  ];
  families = (await addStakeholderGroup({ ...scope, cycleId, values: { name: 'Families', constituency: 'families', description: '', estimatedSize: null, contacts, notes: '' } })).id;
});
afterAll(() => t.close());

/** An open survey serving the cycle, its families invited; the personal token of each contact by address. */
async function invitedSurvey(mode: 'anonymous' | 'confidential' = 'anonymous') {
  const { id, code } = await openSurveyFor(t, districtId, planner.auth, sampleSurvey({ mode }));
  const { version } = json(await t.app.inject({ method: 'GET', url: `/api/surveys/${id}`, headers: planner.auth }));
  await t.app.inject({ method: 'PATCH', url: `/api/surveys/${id}/settings`, headers: planner.auth, payload: { version, cycle_id: cycleId } });
  const sent = await t.app.inject({ method: 'POST', url: `/api/surveys/${id}/invitations`, headers: planner.auth, payload: { stakeholder_group_ids: [families] } });
  expect(json(sent).invited).toBe(2);
  const mails = await t.ctx.db.selectFrom('outbox_messages').select(['to_address', 'body_text']).where('body_text', 'like', `%/s/${code}?i=%`).execute();
  const tokens = Object.fromEntries(mails.map((mail) => [mail.to_address, new RegExp(`/s/${code}\\?i=([A-Za-z0-9_-]+)`).exec(mail.body_text)![1]!]));
  return { id, code, tokens };
}

const page = (url: string) => t.app.inject({ method: 'GET', url });
const postForm = (url: string, fields: string[][]) => t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(fields).toString() });
const responsesOf = (surveyId: string) => t.ctx.db.selectFrom('survey_responses').selectAll().where('survey_id', '=', surveyId).execute();
const invitationOf = (surveyId: string, email: string) => t.ctx.db.selectFrom('survey_invitations').selectAll().where('survey_id', '=', surveyId).where('email', '=', email).executeTakeFirstOrThrow();

describe('an invited response', () => {
  it('of an anonymous survey keeps the contact’s stakeholder group and nothing else of them', async () => {
    const { id, tokens } = await invitedSurvey();
    const res = await t.app.inject({ method: 'POST', url: '/api/public/survey-invitations/responses', payload: { invitation_token: tokens['ana@example.org'], submission_id: randomUUID(), locale: 'en', answers: { role: 'parent' } } });
    expect(res.statusCode).toBe(201);
    const [row] = await responsesOf(id);
    expect(row).toMatchObject({ channel: 'link', stakeholder_group_id: families, respondent_name: null, respondent_email: null, entered_by: null });
    expect(new Date(row!.submitted_at).toISOString()).toMatch(/T00:00:00\.000Z$/);
    expect(await invitationOf(id, 'ana@example.org')).toMatchObject({ has_responded: true, response_id: null });
  });
});

describe('a mailed link without a script (?i=)', () => {
  it('draws the page with the token in a hidden field, and the form post answers the invited way', async () => {
    const { id, code, tokens } = await invitedSurvey('confidential');
    const token = tokens['bo@example.org']!;
    const opened = await page(`/s/${code}?lang=es&i=${token}`);
    expect(opened.statusCode).toBe(200);
    expect(opened.body).toContain(`<input type="hidden" name="invitation_token" value="${token}">`);
    expect(opened.body).toContain('id="invitation-note"');
    // The page keeps no copy of the token anywhere else: not in the form's address.
    expect(opened.body.split(token)).toHaveLength(2);

    const submissionId = randomUUID();
    const fields = [['submission_id', submissionId], ['locale', 'es'], ['invitation_token', token], ['action', 'send'], ['a.role', 'parent']];
    const sent = await postForm(`/s/${code}?lang=es`, fields);
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`/s/${code}/thanks?lang=es`);
    // A second press of Send is the same response.
    expect((await postForm(`/s/${code}?lang=es`, fields)).statusCode).toBe(303);
    const rows = await responsesOf(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: 'link', stakeholder_group_id: families, respondent_name: 'Bo Chen', respondent_email: 'bo@example.org' });
    expect(await invitationOf(id, 'bo@example.org')).toMatchObject({ has_responded: true, response_id: rows[0]!.id });

    // Another submission with the used token is turned away in words, in the page's language.
    const again = await postForm(`/s/${code}?lang=es`, [['submission_id', randomUUID()], ['locale', 'es'], ['invitation_token', token], ['action', 'send'], ['a.role', 'staff']]);
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Esta invitación ya se usó');
    expect(await responsesOf(id)).toHaveLength(1);
  });

  it('says so when the link was used or is not one of ours, in the reader’s language', async () => {
    const { code, tokens } = await invitedSurvey();
    const token = tokens['ana@example.org']!;
    await t.app.inject({ method: 'POST', url: '/api/public/survey-invitations/responses', payload: { invitation_token: token, submission_id: randomUUID(), locale: 'en', answers: { role: 'parent' } } });
    const used = await page(`/s/${code}?lang=es&i=${token}`);
    expect(used.statusCode).toBe(409);
    expect(used.body).toContain('Ya respondió');
    expect(used.body).toContain('cada invitación admite una sola respuesta');
    expect(used.body).not.toContain('<form');
    const usedEn = await page(`/s/${code}?lang=en&i=${token}`);
    expect(usedEn.body).toContain('You have already answered');

    const unknown = await page(`/s/${code}?lang=en&i=not-a-token`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('This invitation link is not valid');
    expect(unknown.body).toContain(`href="/s/${code}?lang=en"`);
    // Another survey's token is not this survey's.
    const other = await invitedSurvey();
    expect((await page(`/s/${code}?i=${other.tokens['bo@example.org']}`)).statusCode).toBe(404);
    const posted = await postForm(`/s/${code}?lang=en`, [['submission_id', randomUUID()], ['locale', 'en'], ['invitation_token', 'not-a-token'], ['action', 'send'], ['a.role', 'parent']]);
    expect(posted.statusCode).toBe(404);
  });

  it('keeps the token out of the request log', async () => {
    const { code, tokens } = await invitedSurvey();
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
    const logged = await buildApp(t.ctx, { logger: { level: 'info', stream } });
    try {
      const token = tokens['ana@example.org']!;
      expect((await logged.inject({ method: 'GET', url: `/s/${code}?lang=en&i=${token}` })).statusCode).toBe(200);
      expect((await logged.inject({ method: 'GET', url: `/s/opt-out?lang=en&i=${token}` })).statusCode).toBe(200);
      expect(lines.join('')).toContain('/s/:code');
      expect(lines.join('')).not.toContain(token);
    } finally {
      await logged.close();
    }
  });

  it('opens the opt-out page with the token in a hidden field, so its one button works', async () => {
    const { id, tokens } = await invitedSurvey();
    const token = tokens['bo@example.org']!;
    const optOut = await page(`/s/opt-out?lang=es&i=${token}`);
    expect(optOut.statusCode).toBe(200);
    expect(optOut.body).toContain(`<input type="hidden" id="invitation_token" name="invitation_token" value="${token}">`);
    expect(optOut.body).not.toContain('id="token-field"');
    const done = await postForm('/s/opt-out?lang=es', [['invitation_token', token]]);
    expect(done.statusCode).toBe(200);
    expect((await invitationOf(id, 'bo@example.org')).opted_out_at).not.toBeNull();
    // A link pasted whole, in the new form, is read too.
    const pasted = await postForm('/s/opt-out?lang=en', [['invitation_token', `http://waymark.test/s/opt-out?lang=en&i=${tokens['ana@example.org']}`]]);
    expect(pasted.statusCode).toBe(200);
  });
});
