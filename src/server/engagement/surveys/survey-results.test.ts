import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { openSurveyFor, respond, sampleSurvey } from '../../testing/survey-test-kit.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let admin: Person;
let planner: Person;
let viewer: Person;
let survey: { id: string; code: string };
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Mesa Schools' })).id;
  admin = await t.factories.user({ organizationId: districtId, role: 'administrator' });
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  survey = await openSurveyFor(t, districtId, planner.auth);
  // 8 parents and 3 staff: with the default threshold of 5, the staff column is hidden (and so
  // is any cell of the parent column that would give it away).
  for (let i = 0; i < 8; i++) await respond(t, survey.code, { role: 'parent', safe: i < 6 ? 'agree' : 'disagree', children: i + 1, comment: i === 0 ? '=HYPERLINK("http://evil.example")' : 'Fine' });
  for (let i = 0; i < 3; i++) await respond(t, survey.code, { role: 'staff', safe: 'strongly_agree', channels: ['email'] });
});
afterAll(() => t.close());

const get = (url: string, headers = viewer.auth) => t.app.inject({ method: 'GET', url, headers });

describe('results', () => {
  it('counts each question with n answered, and hides a group under the threshold with its counts', async () => {
    const res = await get(`/api/surveys/${survey.id}/results?by=role`);
    expect(res.statusCode).toBe(200);
    const results = json(res);
    expect(results).toMatchObject({ survey_id: survey.id, respondents: 11, threshold: 5, by: 'role' });
    expect(results.groups.find((g: { key: string }) => g.key === 'staff').respondents).toEqual({ suppressed: true, reason: 'small_group' });
    // 11 in all less 8 parents would give the 3 staff away: the parents' count is hidden too.
    expect(results.groups.find((g: { key: string }) => g.key === 'parent').respondents).toEqual({ suppressed: true, reason: 'complement' });
    const safe = results.questions.find((q: { key: string }) => q.key === 'safe');
    expect(safe.answered.all).toBe(11);
    expect(safe.answered.staff).toEqual(expect.objectContaining({ suppressed: true }));
    expect(JSON.stringify(safe.options.map((o: { counts: Record<string, unknown> }) => o.counts.staff))).not.toMatch(/\d/);
    const totals = json(await get(`/api/surveys/${survey.id}/results`));
    expect(totals.by).toBeNull();
    expect(totals.questions.find((q: { key: string }) => q.key === 'safe').options.find((o: { key: string }) => o.key === 'agree').counts.all).toBe(6);
  });

  it('refuses a breakdown by a question results cannot break down by, naming it', async () => {
    for (const by of ['comment', 'children', 'nope']) {
      const res = await get(`/api/surveys/${survey.id}/results?by=${by}`);
      expect(res.statusCode).toBe(400);
      expect(json(res).error.details[0]).toMatchObject({ path: 'query/by' });
    }
  });

  it('counts responses that come in after a first read, and a lowered threshold shows the group', async () => {
    const { id, code } = await openSurveyFor(t, districtId, planner.auth);
    const respondents = async () => json(await get(`/api/surveys/${id}/results`)).respondents;
    for (let i = 0; i < 5; i++) await respond(t, code, { role: 'student' });
    expect(await respondents()).toBe(5);
    await respond(t, code, { role: 'staff' });
    await respond(t, code, { role: 'staff' });
    expect(await respondents()).toBe(7);
    expect(await respondents()).toBe(7);
    const settings = json(await get(`/api/districts/${districtId}/engagement-settings`));
    await t.app.inject({ method: 'PUT', url: `/api/districts/${districtId}/engagement-settings`, headers: admin.auth, payload: { version: settings.version, respondent_threshold: 3 } });
    const staff = json(await get(`/api/surveys/${survey.id}/results?by=role`)).groups.find((g: { key: string }) => g.key === 'staff');
    expect(staff.respondents).toBe(3);
    await t.app.inject({ method: 'PUT', url: `/api/districts/${districtId}/engagement-settings`, headers: admin.auth, payload: { version: settings.version + 1, respondent_threshold: 5 } });
  });
});

describe('exports', () => {
  it('writes results with suppression applied: a hidden cell reads "hidden"', async () => {
    const csv = await get(`/api/surveys/${survey.id}/results.csv?by=role`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('question,question_text,item,row,All respondents n,All respondents %,Parent n,Parent %,Staff n,Staff %,Student n,Student %,No answer n,No answer %');
    const agree = lines.find((line) => line.startsWith('safe,') && line.includes(',Agree,'))!;
    expect(agree).toMatch(/,hidden,hidden,/);
    const xlsx = await get(`/api/surveys/${survey.id}/results.xlsx?by=role`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Results')!;
    const staffColumn = (sheet.getRow(1).values as unknown[]).indexOf('Staff n');
    const staffCells = sheet.getColumn(staffColumn).values.slice(2).filter((value) => value !== '' && value !== undefined);
    expect(staffCells.length).toBeGreaterThan(5);
    expect(new Set(staffCells)).toEqual(new Set(['hidden']));
  });

  it('writes every response as a row, columns per question, formulas made harmless, no identities for an anonymous survey', async () => {
    const csv = await get(`/api/surveys/${survey.id}/responses.csv`, admin.auth);
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('response_id,submitted,language,channel,stakeholder_group,role,safe,channels,children,comment');
    expect(lines).toHaveLength(12);
    expect(lines[1]).toMatch(/^[0-9a-f-]{36},\d{4}-\d{2}-\d{2},en,web,,parent,agree,,1,"'=HYPERLINK\(""http:\/\/evil.example""\)"$/);
    expect(lines.at(-1)).toMatch(/,staff,strongly_agree,email,,$/);
    const xlsx = await get(`/api/surveys/${survey.id}/responses.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Responses')!.rowCount).toBe(12);
    expect(workbook.getWorksheet('Questions')!.getRow(2).values).toEqual([undefined, 'role', 'single', 'Which best describes you?', '']);
  });

  it('shows who answered an identified survey to administrators only, and a matrix one column per item', async () => {
    const document = sampleSurvey({ mode: 'identified' });
    document.questions.push({ key: 'climate', type: 'matrix', scale: 'agreement-4', text: { en: 'Agree?', es: '¿De acuerdo?' }, items: [{ key: 'welcome', text: { en: 'Welcome', es: 'Acogida' } }, { key: 'heard', text: { en: 'Heard', es: 'Escuchado' } }] });
    const { id } = await openSurveyFor(t, districtId, planner.auth, document);
    const paper = (payload: object, headers = planner.auth) => t.app.inject({ method: 'POST', url: `/api/surveys/${id}/paper-responses`, headers, payload });
    const submissionId = randomUUID();
    const body = { submission_id: submissionId, locale: 'es', answers: { role: 'parent', climate: { welcome: 'agree', heard: 'disagree' } }, respondent: { name: 'Rosa Díaz', email: 'Rosa@Example.org' } };
    const entered = await paper(body);
    expect(entered.statusCode).toBe(201);
    expect((await paper(body)).statusCode).toBe(200);
    expect((await paper(body, viewer.auth)).statusCode).toBe(403);
    const wrong = await paper({ ...body, submission_id: randomUUID(), answers: { role: 'parent', climate: { welcome: 'maybe' } } });
    expect(json(wrong).error.details[0].path).toBe('/answers/climate/welcome');
    const [row] = await t.ctx.db.selectFrom('survey_responses').selectAll().where('survey_id', '=', id).execute();
    expect(row).toMatchObject({ channel: 'paper', entered_by: planner.id, respondent_name: 'Rosa Díaz', respondent_email: 'rosa@example.org' });
    const audit = await t.ctx.db.selectFrom('audit_events').select(['action', 'after']).where('entity_id', '=', row!.id).execute();
    expect(audit).toEqual([{ action: 'survey.paper_response_entered', after: { survey_id: id, channel: 'paper' } }]);

    const forAdmin = (await get(`/api/surveys/${id}/responses.csv`, admin.auth)).body.replace(/^\uFEFF/, '').split('\r\n');
    expect(forAdmin[0]).toBe('response_id,submitted,language,channel,stakeholder_group,respondent_name,respondent_email,role,safe,channels,children,comment,climate.welcome,climate.heard');
    expect(forAdmin[1]).toMatch(/,es,paper,,Rosa Díaz,rosa@example.org,parent,,,,,agree,disagree$/);
    const forPlanner = (await get(`/api/surveys/${id}/responses.csv`, planner.auth)).body;
    expect(forPlanner).not.toMatch(/Rosa|respondent_/);
    const anonymous = await t.app.inject({ method: 'POST', url: `/api/surveys/${survey.id}/paper-responses`, headers: planner.auth, payload: { ...body, submission_id: randomUUID(), answers: { role: 'parent' } } });
    expect(json(anonymous).error.details[0]).toMatchObject({ path: '/respondent' });

    // A confidential survey keeps the name for follow-up, but never prints it beside the answers.
    const confidential = await openSurveyFor(t, districtId, planner.auth, sampleSurvey({ mode: 'confidential' }));
    const kept = await t.app.inject({ method: 'POST', url: `/api/surveys/${confidential.id}/paper-responses`, headers: planner.auth, payload: { ...body, submission_id: randomUUID(), answers: { role: 'parent' } } });
    expect(kept.statusCode).toBe(201);
    expect((await get(`/api/surveys/${confidential.id}/responses.csv`, admin.auth)).body).not.toMatch(/Rosa|respondent_/);
  });
});
