import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { openSurveyFor, respond, sampleSurvey } from '../../testing/survey-test-kit.js';
import { cliActor } from '../../platform/audit/actor.js';
import { projectRoot } from '../../config.js';
import { loadTemplates } from '../../process/templates/load-templates.js';
import { startCycle } from '../../process/cycles/start-cycle.js';
import { addStakeholderGroup } from '../../process/stakeholders/manage-stakeholder-groups.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
let viewer: Person;
let cycleId: string;
let families: string;
let staff: string;

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Lakeside Unified' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  const template = loadTemplates(`${projectRoot}/templates`).find((candidate) => candidate.id === 'louisiana-strong-school-systems')!;
  const scope = { db: t.ctx.db, actor: cliActor, organizationId: districtId };
  cycleId = (await startCycle({ ...scope, template, name: 'Plan 2026', startDate: '2026-01-05' })).id;
  const group = (name: string, constituency: 'families' | 'teachers', contacts: Array<{ name: string; email: string }>) =>
    addStakeholderGroup({ ...scope, cycleId, values: { name, constituency, description: '', estimatedSize: null, contacts, notes: '' } }).then((g) => g.id);
  families = await group('Families', 'families', [
    { name: 'Ana Ruiz', email: 'ana@example.org' },
    { name: 'Bo Chen', email: 'bo@example.org' },
  ]);
  staff = await group('Teachers', 'teachers', [
    { name: 'Ana as teacher', email: 'ANA@example.org' },
    { name: 'Cy Diaz', email: 'cy@example.org' },
  ]);
});
afterAll(() => t.close());

/** An open survey serving the cycle. */
async function openSurvey(mode: 'anonymous' | 'confidential' | 'identified' = 'anonymous') {
  const { id, code } = await openSurveyFor(t, districtId, planner.auth, sampleSurvey({ mode }));
  const { version } = json(await t.app.inject({ method: 'GET', url: `/api/surveys/${id}`, headers: planner.auth }));
  const settings = await t.app.inject({ method: 'PATCH', url: `/api/surveys/${id}/settings`, headers: planner.auth, payload: { version, cycle_id: cycleId } });
  expect(settings.statusCode).toBe(200);
  return { id, code };
}

const invite = (surveyId: string, payload: object, auth = planner.auth) => t.app.inject({ method: 'POST', url: `/api/surveys/${surveyId}/invitations`, headers: auth, payload });
const remind = (surveyId: string, auth = planner.auth) => t.app.inject({ method: 'POST', url: `/api/surveys/${surveyId}/invitations/reminders`, headers: auth });
const listOf = async (surveyId: string, auth = planner.auth) => json(await t.app.inject({ method: 'GET', url: `/api/surveys/${surveyId}/invitations`, headers: auth }));
const answerWith = (token: string, answers: Record<string, unknown>, submissionId = randomUUID(), locale = 'en') =>
  t.app.inject({ method: 'POST', url: '/api/public/survey-invitations/responses', payload: { invitation_token: token, submission_id: submissionId, locale, answers } });

/** The mails sent for a survey's code, newest last, with the personal token of each. */
async function mailsFor(code: string) {
  const rows = await t.ctx.db.selectFrom('outbox_messages').selectAll().where('organization_id', '=', districtId).where('body_text', 'like', `%/s/${code}?i=%`).orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => ({ to: row.to_address, subject: row.subject, text: row.body_text, token: new RegExp(`/s/${code}\\?i=([A-Za-z0-9_-]+)`).exec(row.body_text)![1]! }));
}
const tokenOf = async (code: string, email: string) => (await mailsFor(code)).find((mail) => mail.to === email)!.token;
/** Moves an invitation's mails a day and an hour into the past, as if sent yesterday. */
const ageInvitations = (surveyId: string) =>
  sql`update survey_invitations set sent_at = sent_at - interval '25 hours', reminded_at = reminded_at - interval '25 hours' where survey_id = ${surveyId}`.execute(t.ctx.db);

describe('inviting by email', () => {
  it('mails each contact of the chosen groups and the pasted ones once, with a personal link that works', async () => {
    const { id, code } = await openSurvey();
    const res = await invite(id, { stakeholder_group_ids: [families, staff], contacts: [{ name: 'Dee', email: 'Dee@Example.org' }, { name: 'Bo again', email: 'bo@example.org' }] });
    expect(res.statusCode).toBe(200);
    expect(json(res)).toEqual({ invited: 4, skipped_opted_out: 0, skipped_already_invited: 0 });
    const mails = await mailsFor(code);
    expect(mails.map((mail) => mail.to).sort()).toEqual(['ana@example.org', 'bo@example.org', 'cy@example.org', 'dee@example.org']);
    const ana = mails.find((mail) => mail.to === 'ana@example.org')!;
    expect(ana.subject).toBe('Lakeside Unified: Spring family survey');
    expect(ana.text).toContain('Hello Ana Ruiz,');
    expect(ana.text).toContain(`http://waymark.test/s/${code}?i=${ana.token}`);
    expect(ana.text).toContain(`http://waymark.test/s/opt-out?lang=en&i=${ana.token}`);
    expect(new Set(mails.map((mail) => mail.token)).size).toBe(4);
    // Only a hash is stored: no column holds the token.
    const stored = await t.ctx.db.selectFrom('survey_invitations').selectAll().where('survey_id', '=', id).execute();
    expect(JSON.stringify(stored)).not.toContain(ana.token);
    expect(stored.find((row) => row.email === 'ana@example.org')).toMatchObject({ name: 'Ana Ruiz', stakeholder_group_name: 'Families', language: 'en', has_responded: false });
    expect(stored.find((row) => row.email === 'dee@example.org')).toMatchObject({ stakeholder_group_id: null });

    // The link: the page is the survey's, and the token takes the answers.
    expect((await t.app.inject({ method: 'GET', url: `/s/${code}` })).statusCode).toBe(200);
    expect((await answerWith(ana.token, { role: 'parent' })).statusCode).toBe(201);

    // Inviting again mails no one twice.
    expect(json(await invite(id, { stakeholder_group_ids: [families] }))).toEqual({ invited: 0, skipped_opted_out: 0, skipped_already_invited: 2 });
    expect(await mailsFor(code)).toHaveLength(4);
    const audit = await t.ctx.db.selectFrom('audit_events').select(['action', 'after']).where('entity_id', '=', id).where('action', '=', 'survey.invitations_sent').execute();
    expect(audit).toHaveLength(2);
  });

  it('writes the mail in a chosen language of the survey, and previews it', async () => {
    const { id, code } = await openSurvey();
    const preview = json(await t.app.inject({ method: 'GET', url: `/api/surveys/${id}/invitations/mail-preview?language=es`, headers: viewer.auth }));
    expect(preview.subject).toBe('Lakeside Unified: Encuesta de primavera para familias');
    expect(preview.text).toContain('Sus respuestas son anónimas');
    await invite(id, { contacts: [{ name: 'Eva', email: 'eva@example.org' }], language: 'es' });
    const [mail] = await mailsFor(code);
    expect(mail!.text).toMatch(/^Hola, Eva:/);
    expect(mail!.text).toContain('/s/opt-out?lang=es&i=');
  });

  it('names the field of a bad request and sends nothing', async () => {
    const { id, code } = await openSurvey();
    const otherCycle = await startCycle({ db: t.ctx.db, actor: cliActor, organizationId: districtId, template: loadTemplates(`${projectRoot}/templates`)[0]!, name: 'Other', startDate: '2026-01-05' });
    const foreign = await addStakeholderGroup({ db: t.ctx.db, actor: cliActor, organizationId: districtId, cycleId: otherCycle.id, values: { name: 'Elsewhere', constituency: 'families', description: '', estimatedSize: null, contacts: [{ name: 'Z', email: 'z@example.org' }], notes: '' } });
    const cases: Array<[object, string, string]> = [
      [{ contacts: [{ name: 'A', email: 'a@example.org' }, { name: 'B', email: 'not an address' }] }, '/contacts/1/email', 'invalid_email'],
      [{ stakeholder_group_ids: [families, foreign.id] }, '/stakeholder_group_ids/1', 'not_in_this_cycle'],
      [{ contacts: [{ name: 'A', email: 'a@example.org' }], language: 'fr' }, '/language', 'invalid_choice'],
      [{}, '/contacts', 'required'],
    ];
    for (const [payload, path, code] of cases) {
      const res = await invite(id, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(json(res).error.details).toEqual([expect.objectContaining({ path, code })]);
    }
    expect(await mailsFor(code)).toHaveLength(0);
  });

  it('invites only to an open survey', async () => {
    const { id } = await openSurvey();
    await t.app.inject({ method: 'POST', url: `/api/surveys/${id}/close`, headers: planner.auth });
    expect((await invite(id, { contacts: [{ name: '', email: 'late@example.org' }] })).statusCode).toBe(409);
    expect((await remind(id)).statusCode).toBe(409);
  });
});

describe('one response per invitation', () => {
  it('takes one response, answers a retry with the same id, and refuses a second submission in plain words', async () => {
    const { id, code } = await openSurvey();
    await invite(id, { contacts: [{ name: 'Ana', email: 'ana@example.org' }] });
    const token = await tokenOf(code, 'ana@example.org');
    const submissionId = randomUUID();
    const first = await answerWith(token, { role: 'parent', safe: 'agree' }, submissionId);
    expect(first.statusCode).toBe(201);
    const retry = await answerWith(token, { role: 'parent', safe: 'agree' }, submissionId);
    expect(retry.statusCode).toBe(200);
    expect(json(retry).id).toBe(json(first).id);
    const second = await answerWith(token, { role: 'staff' });
    expect(second.statusCode).toBe(409);
    expect(json(second).error.message).toMatch(/already been used.*one response/);
    const spanish = await answerWith(token, { role: 'staff' }, randomUUID(), 'es');
    expect(json(spanish).error.message).toMatch(/^Esta invitación ya se usó/);
    const rows = await t.ctx.db.selectFrom('survey_responses').selectAll().where('survey_id', '=', id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: 'link', respondent_name: null, respondent_email: null });
  });

  it('stores one response for concurrent sends of one invitation', async () => {
    const { id, code } = await openSurvey();
    await invite(id, { contacts: [{ name: 'Bo', email: 'bo@example.org' }] });
    const token = await tokenOf(code, 'bo@example.org');
    const submissionId = randomUUID();
    const answers = await Promise.all(Array.from({ length: 8 }, () => answerWith(token, { role: 'parent' }, submissionId)));
    expect(answers.map((res) => res.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((res) => json(res).id)).size).toBe(1);
    expect(await t.ctx.db.selectFrom('survey_responses').select('id').where('survey_id', '=', id).execute()).toHaveLength(1);
  });

  it('keeps nothing that links an anonymous response to the person invited', async () => {
    const { id, code } = await openSurvey('anonymous');
    await invite(id, { contacts: [{ name: 'Ana Ruiz', email: 'ana@example.org' }, { name: 'Bo Chen', email: 'bo@example.org' }] });
    const before = await t.ctx.db.selectFrom('survey_invitations').selectAll().where('survey_id', '=', id).where('email', '=', 'ana@example.org').executeTakeFirstOrThrow();
    const res = await answerWith(await tokenOf(code, 'ana@example.org'), { role: 'parent', comment: 'More buses' });
    const responseId = json(res).id as string;
    const response = await t.ctx.db.selectFrom('survey_responses').selectAll().where('id', '=', responseId).executeTakeFirstOrThrow();
    expect(response).toMatchObject({ channel: 'link', respondent_name: null, respondent_email: null, entered_by: null });
    expect(response.submitted_at.toISOString()).toMatch(/T00:00:00\.000Z$/);
    const after = await t.ctx.db.selectFrom('survey_invitations').selectAll().where('id', '=', before.id).executeTakeFirstOrThrow();
    // Only the flag moved: no response id, no time written.
    expect(after).toEqual({ ...before, has_responded: true });
    expect(after.response_id).toBeNull();
    const invitationsText = JSON.stringify(await t.ctx.db.selectFrom('survey_invitations').selectAll().where('survey_id', '=', id).execute());
    expect(invitationsText).not.toContain(responseId);
    expect(JSON.stringify(response)).not.toMatch(/ana|Ruiz|example\.org/i);
    // No audit row of the answer either.
    expect(await t.ctx.db.selectFrom('audit_events').select('id').where('entity_id', 'in', [responseId, before.id]).execute()).toHaveLength(0);

    // The team sees counts and who has not answered, never who answered.
    const list = await listOf(id);
    expect(list.counts).toMatchObject({ invited: 2, answered: 1, not_answered: 1, opted_out: 0 });
    expect(list.invitations.map((row: { email: string; status: string }) => [row.email, row.status])).toEqual([['bo@example.org', 'not_answered']]);
  });

  it('puts the invitee’s name and address on the response of an identified survey', async () => {
    const { id, code } = await openSurvey('identified');
    await invite(id, { stakeholder_group_ids: [families] });
    const res = await answerWith(await tokenOf(code, 'bo@example.org'), { role: 'parent' });
    expect(res.statusCode).toBe(201);
    const response = await t.ctx.db.selectFrom('survey_responses').selectAll().where('id', '=', json(res).id).executeTakeFirstOrThrow();
    expect(response).toMatchObject({ channel: 'link', respondent_name: 'Bo Chen', respondent_email: 'bo@example.org' });
    const invitation = await t.ctx.db.selectFrom('survey_invitations').selectAll().where('survey_id', '=', id).where('email', '=', 'bo@example.org').executeTakeFirstOrThrow();
    expect(invitation).toMatchObject({ has_responded: true, response_id: response.id });
    const list = await listOf(id);
    expect(list.invitations.map((row: { email: string; status: string }) => [row.email, row.status])).toEqual([
      ['ana@example.org', 'not_answered'],
      ['bo@example.org', 'answered'],
    ]);
  });

  it('is not held to the per-address limit, and refuses unknown tokens, bad answers and closed surveys', async () => {
    const { id, code } = await openSurvey();
    await invite(id, { contacts: [{ name: 'Ana', email: 'ana@example.org' }, { name: 'Bo', email: 'bo@example.org' }] });
    // A school's shared connection used up its hour on the public link...
    let status = 0;
    for (let n = 0; n < 61 && status !== 429; n++) status = (await respond(t, code, { role: 'parent' })).statusCode;
    expect(status).toBe(429);
    // ...and the invited families still answer.
    expect((await answerWith(await tokenOf(code, 'ana@example.org'), { role: 'parent' })).statusCode).toBe(201);

    const unknown = await answerWith('not-a-real-token', { role: 'parent' });
    expect(unknown.statusCode).toBe(404);
    expect(json(unknown).error.message).toMatch(/invitation link is not valid/);
    const bo = await tokenOf(code, 'bo@example.org');
    const wrong = await answerWith(bo, { role: 'teacher' });
    expect(json(wrong).error.details).toEqual([expect.objectContaining({ path: '/answers/role' })]);
    expect(json(await answerWith(bo, { role: 'parent' }, randomUUID(), 'fr')).error.details).toEqual([expect.objectContaining({ path: '/locale' })]);
    await t.app.inject({ method: 'POST', url: `/api/surveys/${id}/close`, headers: planner.auth });
    expect((await answerWith(bo, { role: 'parent' })).statusCode).toBe(410);
  });
});

describe('reminders and opting out', () => {
  it('reminds only those who have not answered, with their own link, at most once a day', async () => {
    const { id, code } = await openSurvey();
    await invite(id, { stakeholder_group_ids: [families, staff] });
    expect(json(await remind(id))).toEqual({ reminded: 0 });
    expect((await listOf(id)).counts.due_for_reminder).toBe(0);
    await answerWith(await tokenOf(code, 'ana@example.org'), { role: 'parent' });
    await ageInvitations(id);
    expect((await listOf(id)).counts).toMatchObject({ invited: 3, answered: 1, due_for_reminder: 2 });
    expect(json(await remind(id))).toEqual({ reminded: 2 });
    const reminders = (await mailsFor(code)).filter((mail) => mail.subject.startsWith('Reminder'));
    expect(reminders.map((mail) => mail.to).sort()).toEqual(['bo@example.org', 'cy@example.org']);
    // The reminder carries the same personal link as the invitation.
    const invitationOfBo = (await mailsFor(code)).find((mail) => mail.to === 'bo@example.org' && !mail.subject.startsWith('Reminder'))!;
    expect(reminders.find((mail) => mail.to === 'bo@example.org')!.token).toBe(invitationOfBo.token);
    expect(json(await remind(id))).toEqual({ reminded: 0 });
    const list = await listOf(id);
    expect(list.counts).toMatchObject({ reminded: 2, due_for_reminder: 0 });
    expect(list.next_reminder_at).not.toBeNull();
    const audit = await t.ctx.db.selectFrom('audit_events').select('after').where('entity_id', '=', id).where('action', '=', 'survey.invitation_reminders_sent').execute();
    expect(audit.map((row) => row.after)).toEqual([{ reminded: 2 }]);
  });

  it('honours an opt-out in later invitations and reminders, district-wide', async () => {
    const first = await openSurvey();
    await invite(first.id, { contacts: [{ name: 'Ana', email: 'ana@example.org' }, { name: 'Bo', email: 'bo@example.org' }] });
    const optOut = await t.app.inject({ method: 'POST', url: '/api/public/survey-invitations/opt-out', payload: { invitation_token: await tokenOf(first.code, 'ana@example.org') } });
    expect(optOut.statusCode).toBe(200);
    expect(json(optOut)).toEqual({ organization_name: 'Lakeside Unified', email: 'ana@example.org' });
    await ageInvitations(first.id);
    expect(json(await remind(first.id))).toEqual({ reminded: 1 });
    expect((await listOf(first.id)).counts).toMatchObject({ opted_out: 1, not_answered: 1 });

    const second = await openSurvey();
    expect(json(await invite(second.id, { stakeholder_group_ids: [families], contacts: [{ name: 'Ana', email: 'ANA@example.org' }] }))).toEqual({ invited: 1, skipped_opted_out: 1, skipped_already_invited: 0 });
    expect((await mailsFor(second.code)).map((mail) => mail.to)).toEqual(['bo@example.org']);
    const optedOut = await t.ctx.db.selectFrom('survey_invitation_opt_outs').selectAll().where('organization_id', '=', districtId).execute();
    expect(optedOut.map((row) => row.email)).toEqual(['ana@example.org']);
  });

  it('serves the opt-out page in English and Spanish, and takes the form without a script', async () => {
    const { id, code } = await openSurvey();
    await invite(id, { contacts: [{ name: 'Cy', email: 'cy-page@example.org' }] });
    const page = await t.app.inject({ method: 'GET', url: '/s/opt-out?lang=es' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.body).toContain('<html lang="es"');
    expect(page.body).toContain('no volverá a enviar invitaciones ni recordatorios');
    expect(page.body).toMatch(/<script src="\/s-assets\/opt-out\.[0-9a-f]{12}\.js"/);
    const script = /src="(\/s-assets\/opt-out\.[0-9a-f]{12}\.js)"/.exec(page.body)![1]!;
    expect((await t.app.inject({ method: 'GET', url: script })).body).toContain('invitation_token');

    const post = (payload: string, lang = 'en') => t.app.inject({ method: 'POST', url: `/s/opt-out?lang=${lang}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload });
    const empty = await post('invitation_token=');
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Enter the invitation code');
    expect((await post('invitation_token=nope')).statusCode).toBe(404);
    const token = await tokenOf(code, 'cy-page@example.org');
    // Pasted with the link around it, as a person might.
    const done = await post(`invitation_token=${encodeURIComponent(`http://waymark.test/s/opt-out?lang=en#i=${token}`)}`);
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Lakeside Unified will not send a survey invitation or reminder to cy-page@example.org again.');
    expect((await post(`invitation_token=${token}`, 'es')).body).toContain('no volverá a enviar');
  });
});

describe('access', () => {
  it('lets every district role read, planners send, and no one from another district in', async () => {
    const { id } = await openSurvey();
    expect((await t.app.inject({ method: 'GET', url: `/api/surveys/${id}/invitations`, headers: viewer.auth })).statusCode).toBe(200);
    expect((await invite(id, { contacts: [{ name: '', email: 'v@example.org' }] }, viewer.auth)).statusCode).toBe(403);
    expect((await remind(id, viewer.auth)).statusCode).toBe(403);
    const other = await t.factories.organization();
    const outsider = await t.factories.user({ organizationId: other.id, role: 'administrator' });
    expect((await t.app.inject({ method: 'GET', url: `/api/surveys/${id}/invitations`, headers: outsider.auth })).statusCode).toBe(404);
    expect((await invite(id, { contacts: [{ name: '', email: 'o@example.org' }] }, outsider.auth)).statusCode).toBe(404);
    expect((await remind(id, outsider.auth)).statusCode).toBe(404);
  });
});
