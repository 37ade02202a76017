import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
let viewer: Person;
let administrator: Person;
let otherPlanner: Person;
let cycleId: string;
let surveyId: string;
let code: string;

const survey = {
  format: 'survey/v1',
  title: { en: 'Family survey', es: 'Encuesta a las familias' },
  mode: 'anonymous',
  languages: ['en', 'es'],
  questions: [
    { key: 'role', type: 'single', demographic: 'role', required: true, text: { en: 'You are', es: 'Usted es' }, options: [
      { key: 'families', text: { en: 'A parent or guardian', es: 'Madre, padre o tutor' } },
      { key: 'teachers', text: { en: 'A teacher', es: 'Docente' } },
    ] },
    { key: 'language', type: 'single', demographic: 'home_language', text: { en: 'Language at home', es: 'Idioma en el hogar' }, options: [
      { key: 'en', text: { en: 'English', es: 'Inglés' } },
      { key: 'es', text: { en: 'Spanish', es: 'Español' } },
      { key: 'no', text: { en: 'Prefer not to say', es: 'Prefiero no decir' } },
    ] },
    { key: 'welcome', type: 'likert', scale: 'agreement-5', text: { en: 'I feel welcome', es: 'Me siento bienvenido' } },
  ],
};

const post = (url: string, payload: object, who: Person = planner) => t.app.inject({ method: 'POST', url, headers: who.auth, payload });
const get = (url: string, who: Person = viewer) => t.app.inject({ method: 'GET', url, headers: who.auth });
const answer = (answers: object, locale = 'en') => t.app.inject({ method: 'POST', url: `/api/public/surveys/${code}/responses`, payload: { submission_id: randomUUID(), locale, answers }, remoteAddress: `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Prairie View' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner', name: 'Pat Planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  administrator = await t.factories.user({ organizationId: districtId, role: 'administrator' });
  otherPlanner = await t.factories.user({ organizationId: (await t.factories.organization()).id, role: 'planner' });
  cycleId = json(await post(`/api/districts/${districtId}/cycles`, { templateId: 'thru-community-planning', name: 'Prairie View 2030', startDate: '2026-09-01' })).id;
  const created = await post(`/api/districts/${districtId}/surveys`, survey);
  expect(created.statusCode, created.body).toBe(201);
  surveyId = json(created).id;
  const opened = await post(`/api/surveys/${surveyId}/open`, {});
  expect(opened.statusCode, opened.body).toBe(200);
  code = json(opened).public_code;
  // 40 families in English, 3 in Spanish, 12 teachers (English); the district is 40% Spanish-speaking.
  for (let i = 0; i < 40; i++) expect((await answer({ role: 'families', language: 'en', welcome: 'agree' })).statusCode).toBe(201);
  for (let i = 0; i < 3; i++) await answer({ role: 'families', language: 'es', welcome: 'agree' }, 'es');
  for (let i = 0; i < 12; i++) await answer({ role: 'teachers', language: 'en' });
  const population = async (version: number, dimension: string, groups: object[]) =>
    expect((await t.app.inject({ method: 'PUT', url: `/api/districts/${districtId}/population`, headers: planner.auth, payload: { version, dimension, groups } })).statusCode).toBe(200);
  await population(0, 'role', [{ key: 'families', label: 'Parents and families', count: 9000 }, { key: 'teachers', label: 'Teachers', count: 1000 }]);
  await population(1, 'home_language', [{ label: 'English', count: 6000 }, { label: 'Spanish', count: 4000 }]);
});
afterAll(() => t.close());

describe('who a survey has heard against who the district serves', () => {
  it('compares each dimension, hides a small group and its complement, and flags the groups heard too little', async () => {
    const res = await get(`/api/surveys/${surveyId}/representation`);
    expect(res.statusCode, res.body).toBe(200);
    const body = json(res);
    expect(body).toMatchObject({ survey_id: surveyId, school: '', threshold: 5, gap_points: 10, missing_population: [], outreach: null });
    const role = body.dimensions.find((d: { dimension: string }) => d.dimension === 'role');
    expect(role.rows).toEqual([
      { key: 'families', label: 'Parents and families', respondents: 43, respondent_share: 78.2, population_share: 90, gap_points: -11.8, is_under_represented: true },
      { key: 'teachers', label: 'Teachers', respondents: 12, respondent_share: 21.8, population_share: 10, gap_points: 11.8, is_under_represented: false },
    ]);
    const language = body.dimensions.find((d: { dimension: string }) => d.dimension === 'home_language');
    expect(language.unmatched_options.map((o: { key: string }) => o.key)).toEqual(['no']);
    expect(language.rows.map((r: { key: string; respondents: unknown; is_under_represented: boolean }) => [r.key, r.respondents, r.is_under_represented])).toEqual([
      ['english', { suppressed: true, reason: 'complement' }, false],
      ['spanish', { suppressed: true, reason: 'small_group' }, true],
    ]);
  });

  it('offers the cycle’s invitations and suggests the groups that reach those not heard, once the survey serves the cycle', async () => {
    const parents = json(await post(`/api/cycles/${cycleId}/stakeholder-groups`, { name: 'Parents', constituency: 'families', contacts: [{ name: 'Ana Ruiz', email: 'ana@example.org' }, { email: 'ben@example.org' }] }));
    const spanish = json(await post(`/api/cycles/${cycleId}/stakeholder-groups`, { name: 'Spanish-speaking families', constituency: 'community', contacts: [{ email: 'carla@example.org' }] }));
    const staff = json(await post(`/api/cycles/${cycleId}/stakeholder-groups`, { name: 'Teachers', constituency: 'teachers', contacts: [] }));
    const item = json(await post(`/api/cycles/${cycleId}/outreach/items`, { kind: 'email_invitation', title: 'Survey invitation', subject: 'Tell {{district_name}} what you think', body: 'Dear {{recipient_name}}, answer here: {{link}}' }));
    const current = json(await get(`/api/surveys/${surveyId}`, planner));
    expect((await t.app.inject({ method: 'PATCH', url: `/api/surveys/${surveyId}/settings`, headers: planner.auth, payload: { version: current.version, cycle_id: cycleId } })).statusCode).toBe(200);

    const { outreach } = json(await get(`/api/surveys/${surveyId}/representation`));
    expect(outreach.cycle_id).toBe(cycleId);
    expect(outreach.items).toEqual([{ id: item.id, title: 'Survey invitation' }]);
    const suggested = Object.fromEntries(outreach.groups.map((g: { id: string; is_suggested: boolean }) => [g.id, g.is_suggested]));
    expect(suggested).toEqual({ [parents.id]: true, [spanish.id]: true, [staff.id]: false });

    // One click: the invitation goes to both suggested groups with the survey's public link.
    expect((await post(`/api/surveys/${surveyId}/outreach`, { outreach_item_id: item.id, stakeholder_group_ids: [parents.id, spanish.id] }, viewer)).statusCode).toBe(403);
    const sent = await post(`/api/surveys/${surveyId}/outreach`, { outreach_item_id: item.id, stakeholder_group_ids: [parents.id, spanish.id] });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(json(sent).sent).toEqual([{ stakeholder_group_id: parents.id, recipients: 2 }, { stakeholder_group_id: spanish.id, recipients: 1 }]);
    const outbox = json(await get(`/api/organizations/${districtId}/outbox`, administrator)).messages as Array<{ to: string; body: string }>;
    expect(outbox.find((m) => m.to === 'carla@example.org')!.body).toContain(`/s/${code}`);
  });

  it('sends nothing when one chosen group cannot be sent to, naming it', async () => {
    const { outreach } = json(await get(`/api/surveys/${surveyId}/representation`));
    const withContacts = outreach.groups.find((g: { contacts: number }) => g.contacts > 0);
    const empty = outreach.groups.find((g: { contacts: number }) => g.contacts === 0);
    const before = json(await get(`/api/organizations/${districtId}/outbox`, administrator)).messages.length;
    const res = await post(`/api/surveys/${surveyId}/outreach`, { outreach_item_id: outreach.items[0].id, stakeholder_group_ids: [withContacts.id, empty.id] });
    expect(res.statusCode).toBe(400);
    expect(json(res).error.details).toEqual([expect.objectContaining({ path: '/stakeholder_group_ids/1', code: 'no_contacts' })]);
    expect(json(await get(`/api/organizations/${districtId}/outbox`, administrator)).messages.length).toBe(before);
  });

  it('refuses a school the survey does not ask about, and other districts', async () => {
    const res = await get(`/api/surveys/${surveyId}/representation?school=Pine%20High`);
    expect(res.statusCode).toBe(400);
    expect(json(res).error.details[0].path).toBe('query/school');
    expect((await get(`/api/surveys/${surveyId}/representation`, otherPlanner)).statusCode).toBe(404);
  });
});
