import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, testConfig, type TestApp } from '../../testing/test-app.js';
import { openSurveyFor, respond, sampleSurvey } from '../../testing/survey-test-kit.js';
import { cliActor } from '../../platform/audit/actor.js';
import { projectRoot } from '../../config.js';
import { loadTemplates } from '../../process/templates/load-templates.js';
import { startCycle } from '../../process/cycles/start-cycle.js';
import { addStakeholderGroup, updateStakeholderGroup } from '../../process/stakeholders/manage-stakeholder-groups.js';
import { issueFormToken } from './issue-form-token.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let admin: Person;
let planner: Person;
let cycleId: string;
const groups: Record<'families' | 'teachers' | 'board', string> = { families: '', teachers: '', board: '' };

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Lakeside Unified' })).id;
  admin = await t.factories.user({ organizationId: districtId, role: 'administrator' });
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  const template = loadTemplates(`${projectRoot}/templates`).find((candidate) => candidate.id === 'louisiana-strong-school-systems')!;
  const scope = { db: t.ctx.db, actor: cliActor, organizationId: districtId };
  cycleId = (await startCycle({ ...scope, template, name: 'Plan 2026', startDate: '2026-01-05' })).id;
  for (const [key, name, constituency] of [['families', 'Families', 'families'], ['teachers', 'Teachers', 'teachers'], ['board', 'Board', 'board']] as const) {
    groups[key] = (await addStakeholderGroup({ ...scope, cycleId, values: { name, constituency, description: '', estimatedSize: null, contacts: [], notes: '' } })).id;
  }
});
afterAll(() => t.close());

const get = (url: string, headers = planner.auth) => t.app.inject({ method: 'GET', url, headers });
const linksOf = async (surveyId: string) => json(await get(`/api/surveys/${surveyId}/group-links`));
const refOf = async (surveyId: string, groupId: string) => ((await linksOf(surveyId)).groups as Array<{ id: string; ref: string }>).find((group) => group.id === groupId)!.ref;
const groupsOfResponses = async (surveyId: string) =>
  (await t.ctx.db.selectFrom('survey_responses').select('stakeholder_group_id').where('survey_id', '=', surveyId).orderBy('seq').execute()).map((row) => row.stakeholder_group_id);

/** An open survey serving the cycle. */
async function openInCycle(document = sampleSurvey()) {
  const { id, code } = await openSurveyFor(t, districtId, planner.auth, document);
  const { version } = json(await get(`/api/surveys/${id}`));
  const settings = await t.app.inject({ method: 'PATCH', url: `/api/surveys/${id}/settings`, headers: planner.auth, payload: { version, cycle_id: cycleId } });
  expect(settings.statusCode).toBe(200);
  return { id, code };
}

describe('group links', () => {
  it('gives a link per group of the cycle that names no internal id, and a response through one counts for its group', async () => {
    const { id, code } = await openInCycle();
    const links = await linksOf(id);
    expect(links.cycle_id).toBe(cycleId);
    expect(links.groups.map((group: { name: string }) => group.name)).toEqual(['Families', 'Teachers', 'Board']);
    for (const group of links.groups) {
      expect(group.ref).toMatch(/^[2-9a-hjkmnp-z]{6}$/);
      expect(group.url).toBe(`http://waymark.test/s/${code}?g=${group.ref}`);
      expect(group.url).not.toContain(group.id);
    }
    expect(new Set(links.groups.map((group: { ref: string }) => group.ref)).size).toBe(3);

    const families = links.groups[0].ref as string;
    expect((await respond(t, code, { role: 'parent' }, { extra: { group: families.toUpperCase() } })).statusCode).toBe(201);
    expect((await respond(t, code, { role: 'parent' }, { extra: { group: '' } })).statusCode).toBe(201);
    expect((await respond(t, code, { role: 'parent' })).statusCode).toBe(201);
    expect(await groupsOfResponses(id)).toEqual([groups.families, null, null]);
  });

  it('refuses a group that is not a link of the survey with a 400 naming /group, and stores nothing', async () => {
    const { id, code } = await openInCycle();
    const other = await openInCycle();
    const othersRef = await refOf(other.id, groups.families);
    for (const group of ['zzzzzz', othersRef, 'x'.repeat(41)]) {
      const res = await respond(t, code, { role: 'parent' }, { extra: { group } });
      expect(res.statusCode).toBe(400);
      expect(json(res).error.details.map((detail: { path: string }) => detail.path)).toEqual(['/group']);
    }
    expect(await groupsOfResponses(id)).toEqual([]);
    // A survey serving no cycle has no group links at all.
    const loose = await openSurveyFor(t, districtId, planner.auth);
    expect(await linksOf(loose.id)).toEqual({ survey_id: loose.id, cycle_id: null, groups: [] });
    expect(json(await respond(t, loose.code, { role: 'parent' }, { extra: { group: othersRef } })).error.details[0].path).toBe('/group');
  });

  it('gives no link before the survey is first opened, and is for the team only', async () => {
    const created = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/surveys`, headers: planner.auth, payload: sampleSurvey() }));
    const settings = await t.app.inject({ method: 'PATCH', url: `/api/surveys/${created.id}/settings`, headers: planner.auth, payload: { version: created.version, cycle_id: cycleId } });
    expect(settings.statusCode).toBe(200);
    expect((await linksOf(created.id)).groups.map((group: { url: string | null }) => group.url)).toEqual([null, null, null]);
    const stranger = await t.factories.user({ organizationId: (await t.factories.organization({ name: 'Elsewhere' })).id, role: 'administrator' });
    expect((await get(`/api/surveys/${created.id}/group-links`, stranger.auth)).statusCode).toBe(404);
  });

  it('carries the group through the page without a script: a hidden field, posted with the answers', async () => {
    const { id, code } = await openInCycle();
    const ref = await refOf(id, groups.teachers);
    const page = await t.app.inject({ method: 'GET', url: `/s/${code}?lang=es&g=${ref}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`<input type="hidden" name="group" value="${ref}">`);
    // An unknown group is no group: the page still takes answers.
    const unknown = await t.app.inject({ method: 'GET', url: `/s/${code}?g=zzzzzz` });
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).not.toContain('name="group"');

    const formToken = issueFormToken({ code, secret: testConfig.sessionSecret, now: new Date(Date.now() - 60_000) });
    const post = (fields: string[][]) => t.app.inject({ method: 'POST', url: `/s/${code}?lang=es`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(fields).toString() });
    const base = [['submission_id', randomUUID()], ['form_token', formToken], ['locale', 'es'], ['group', ref]];
    // A language switch draws the page again with the group kept.
    const switched = await post([...base, ['action', 'language']]);
    expect(switched.body).toContain(`<input type="hidden" name="group" value="${ref}">`);
    const sent = await post([...base, ['action', 'send'], ['a.role', 'staff']]);
    expect(sent.statusCode).toBe(303);
    const tampered = await post([['submission_id', randomUUID()], ['form_token', formToken], ['locale', 'es'], ['group', 'zzzzzz'], ['action', 'send'], ['a.role', 'staff']]);
    expect(tampered.statusCode).toBe(303);
    expect(await groupsOfResponses(id)).toEqual([groups.teachers, null]);
  });

  it('prints a group’s flyer only for a group of the survey’s cycle', async () => {
    const { id } = await openInCycle();
    const res = await get(`/api/surveys/${id}/flyer.pdf?g=zzzzzz`);
    expect(res.statusCode).toBe(400);
    expect(json(res).error.details[0].path).toBe('query/g');
  });

  it('takes a paper form’s group, a group of the survey’s cycle only', async () => {
    const { id } = await openInCycle();
    const paper = (stakeholderGroupId: string | null) =>
      t.app.inject({ method: 'POST', url: `/api/surveys/${id}/paper-responses`, headers: planner.auth, payload: { submission_id: randomUUID(), locale: 'en', answers: { role: 'parent' }, stakeholder_group_id: stakeholderGroupId } });
    expect((await paper(groups.board)).statusCode).toBe(201);
    expect((await paper(null)).statusCode).toBe(201);
    const wrong = await paper(randomUUID());
    expect(wrong.statusCode).toBe(400);
    expect(json(wrong).error.details[0].path).toBe('/stakeholder_group_id');
    expect(await groupsOfResponses(id)).toEqual([groups.board, null]);
  });
});

describe('results by stakeholder group', () => {
  let survey: { id: string; code: string };
  beforeAll(async () => {
    survey = await openInCycle();
    const refs = { families: await refOf(survey.id, groups.families), teachers: await refOf(survey.id, groups.teachers), board: await refOf(survey.id, groups.board) };
    // 12 through the families' link, 6 the teachers', 2 the board's and 1 through the plain link: with the
    // default threshold of 5 the board and the plain link are hidden, and the teachers (the smallest other) with them.
    const send = (count: number, answers: Record<string, unknown>, group?: string) => Promise.all(Array.from({ length: count }, () => respond(t, survey.code, answers, group ? { extra: { group } } : {})));
    await send(12, { role: 'parent', safe: 'agree' }, refs.families);
    await send(6, { role: 'staff', safe: 'disagree' }, refs.teachers);
    await send(2, { role: 'staff', safe: 'agree' }, refs.board);
    await send(1, { role: 'parent', safe: 'agree' });
  });
  const S = { suppressed: true, reason: 'small_group' };
  const C = { suppressed: true, reason: 'complement' };

  it('breaks every question down by group, hiding a small group and the cell that would give it away', async () => {
    const res = await get(`/api/surveys/${survey.id}/results?by=%40stakeholder_group`);
    expect(res.statusCode).toBe(200);
    const results = json(res);
    expect(results.by).toBe('@stakeholder_group');
    expect(results.groups.map((group: { key: string; respondents: unknown }) => [group.key, group.respondents])).toEqual([
      ['all', 21],
      [groups.families, 12],
      [groups.teachers, C],
      [groups.board, S],
      ['no_group', S],
    ]);
    expect(results.groups.map((group: { label: { en: string } }) => group.label.en)).toEqual(['All respondents', 'Families', 'Teachers', 'Board', 'No group (public link)']);
    expect(results.groups.at(-1).label.es).toBe('Sin grupo (enlace público)');
    const safe = results.questions.find((question: { key: string }) => question.key === 'safe');
    expect(safe.options.find((option: { key: string }) => option.key === 'agree').counts).toEqual({ all: 15, [groups.families]: 12, [groups.teachers]: C, [groups.board]: S, no_group: S });
  });

  it('names groups as they are named now', async () => {
    const group = await t.ctx.db.selectFrom('stakeholder_groups').select('version').where('id', '=', groups.board).executeTakeFirstOrThrow();
    await updateStakeholderGroup({ db: t.ctx.db, actor: cliActor, organizationId: districtId, cycleId, groupId: groups.board, version: group.version, values: { name: 'School board' } });
    const results = json(await get(`/api/surveys/${survey.id}/results?by=%40stakeholder_group`));
    expect(results.groups.map((entry: { label: { en: string } }) => entry.label.en)).toContain('School board');
  });

  it('refuses a breakdown that is neither a question of the survey nor the group breakdown', async () => {
    for (const by of ['stakeholder_group', '@groups', 'comment']) {
      const res = await get(`/api/surveys/${survey.id}/results?by=${encodeURIComponent(by)}`);
      expect(res.statusCode).toBe(400);
    }
  });

  it('writes the breakdown into the results files, hidden cells as "hidden"', async () => {
    const csv = (await get(`/api/surveys/${survey.id}/results.csv?by=%40stakeholder_group`)).body.replace(/^\uFEFF/, '').split('\r\n');
    expect(csv[0]).toBe('question,question_text,item,row,All respondents n,All respondents %,Families n,Families %,Teachers n,Teachers %,School board n,School board %,No group (public link) n,No group (public link) %');
    const answered = csv.find((line) => line.startsWith('safe,') && line.includes(',answered,'))!;
    expect(answered).toMatch(/,answered,21,,12,,hidden,,hidden,,hidden,$/);
  });

  it('names each response’s group in the responses file', async () => {
    const csv = (await get(`/api/surveys/${survey.id}/responses.csv`, admin.auth)).body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0]).toMatch(/^response_id,submitted,language,channel,stakeholder_group,role,/);
    const named = csv.slice(1).map((line) => line.split(',')[4]);
    expect(named.filter((name) => name === 'Families')).toHaveLength(12);
    expect(named.filter((name) => name === 'School board')).toHaveLength(2);
    expect(named.filter((name) => name === '')).toHaveLength(1);
  });
});
