import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { openSurveyFor, respond, sampleSurvey } from '../../testing/survey-test-kit.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
let viewer: Person;
let otherAdmin: Person;
let otherDistrictId: string;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Juniper Valley' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  otherDistrictId = (await t.factories.organization({ name: 'Elsewhere' })).id;
  otherAdmin = await t.factories.user({ organizationId: otherDistrictId, role: 'administrator' });
});
afterAll(() => t.close());

const create = (payload: unknown, headers = planner.auth) => t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/surveys`, headers, payload: payload as object });
const read = async (id: string, headers = viewer.auth) => json(await t.app.inject({ method: 'GET', url: `/api/surveys/${id}`, headers }));
const put = (id: string, payload: object, headers = planner.auth) => t.app.inject({ method: 'PUT', url: `/api/surveys/${id}`, headers, payload });
const count = async (table: 'surveys' | 'survey_responses') => Number((await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('surveys: the survey/v1 contract', () => {
  it('takes a document (201 with id, the survey as GET returns it) and lists it', async () => {
    const res = await create(sampleSurvey());
    expect(res.statusCode).toBe(201);
    const survey = json(res);
    expect(survey).toMatchObject({ title: 'Spring family survey', status: 'draft', mode: 'anonymous', languages: ['en', 'es'], public_code: null, public_url: null, responses: 0, version: 1, starter_key: null, missing_translations: [] });
    expect(await read(survey.id)).toEqual(survey);
    const { surveys } = json(await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/surveys`, headers: viewer.auth }));
    expect(surveys.find((s: { id: string }) => s.id === survey.id)).toMatchObject({ title: 'Spring family survey', responses: 0, status: 'draft' });
    const audit = await t.ctx.db.selectFrom('audit_events').select('action').where('entity_id', '=', survey.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['survey.created']);
  });

  it('refuses a bad document with JSON pointer paths and stores nothing', async () => {
    const before = await count('surveys');
    const document = sampleSurvey();
    document.questions[1] = { ...document.questions[1]!, type: 'likert', scale: 'loudness-7' as never };
    document.questions.push({ ...document.questions[0]!, text: { en: 'Again' } });
    const res = await create(document);
    expect(res.statusCode).toBe(400);
    const paths = json(res).error.details.map((d: { path: string }) => d.path);
    expect(paths).toContain('/questions/1/scale');
    expect((await create({ format: 'survey/v2', title: {} })).statusCode).toBe(400);
    const duplicate = sampleSurvey();
    duplicate.questions.push({ ...duplicate.questions[0]! });
    const refused = await create(duplicate);
    expect(refused.statusCode).toBe(400);
    expect(json(refused).error.details.map((d: { path: string }) => d.path)).toContain('/questions/5/key');
    expect(await count('surveys')).toBe(before);
  });

  it('exports the document exactly as given, and an export posted again comes back unchanged', async () => {
    const document = sampleSurvey();
    const created = json(await create(document));
    const exported = json(await t.app.inject({ method: 'GET', url: `/api/surveys/${created.id}/export`, headers: viewer.auth }));
    expect(exported).toEqual(document);
    const again = json(await create(exported));
    expect(json(await t.app.inject({ method: 'GET', url: `/api/surveys/${again.id}/export`, headers: viewer.auth }))).toEqual(document);
  });
});

describe('saving, opening and closing', () => {
  it('saves with optimistic locking and changes anything in a draft', async () => {
    const survey = json(await create(sampleSurvey()));
    const changed = sampleSurvey({ title: { en: 'Renamed', es: 'Renombrada' } });
    changed.questions[1] = { ...changed.questions[1]!, type: 'single', scale: undefined, dont_know: undefined, options: [{ key: 'yes', text: { en: 'Yes', es: 'Sí' } }] };
    delete changed.questions[1]!.scale;
    delete changed.questions[1]!.dont_know;
    const saved = await put(survey.id, { version: 1, document: changed });
    expect(saved.statusCode).toBe(200);
    expect(json(saved)).toMatchObject({ title: 'Renamed', version: 2 });
    const stale = await put(survey.id, { version: 1, document: sampleSurvey() });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.current).toMatchObject({ version: 2, title: 'Renamed' });
  });

  it('will not open while a text lacks a translation, listing each with its language', async () => {
    const document = sampleSurvey();
    delete (document.questions[1]!.text as Record<string, string>).es;
    delete (document.questions[0]!.options![2]!.text as Record<string, string>).es;
    const survey = json(await create(document));
    expect(survey.missing_translations).toEqual([
      { path: '/questions/0/options/2/text', language: 'es', source: 'Student' },
      { path: '/questions/1/text', language: 'es', source: 'My child feels safe at school.' },
    ]);
    const refused = await t.app.inject({ method: 'POST', url: `/api/surveys/${survey.id}/open`, headers: planner.auth });
    expect(refused.statusCode).toBe(400);
    expect(json(refused).error.details).toEqual([
      { path: '/questions/0/options/2/text/es', message: 'needs its text in es', code: 'missing_translation', params: { language: 'es' } },
      { path: '/questions/1/text/es', message: 'needs its text in es', code: 'missing_translation', params: { language: 'es' } },
    ]);
    expect((await read(survey.id)).status).toBe('draft');
  });

  it('opens with a short code that is kept when reopened, then only texts may change', async () => {
    const { id, code } = await openSurveyFor(t, districtId, planner.auth);
    expect(code).toMatch(/^[23456789abcdefghjkmnpqrstuvwxyz]{8}$/);
    const open = await read(id);
    expect(open).toMatchObject({ status: 'open', public_code: code, public_url: `http://waymark.test/s/${code}` });

    const typo = sampleSurvey({ title: { en: 'Spring family survey 2026', es: 'Encuesta de primavera 2026' } });
    expect((await put(id, { version: open.version, document: typo })).statusCode).toBe(200);
    const structural = sampleSurvey();
    structural.questions[0]!.options!.push({ key: 'other', text: { en: 'Other', es: 'Otro' } });
    const refused = await put(id, { version: open.version + 1, document: structural });
    expect(refused.statusCode).toBe(409);
    expect(json(refused).error.message).toMatch(/only its texts may change/);
    expect(json(refused).error.details[0].path).toBe('/document/questions/0/options/3');
    const untranslated = sampleSurvey();
    delete (untranslated.title as Record<string, string>).es;
    expect(json(await put(id, { version: open.version + 1, document: untranslated })).error.details[0]).toMatchObject({ path: '/document/title/es', code: 'missing_translation' });

    const closed = await t.app.inject({ method: 'POST', url: `/api/surveys/${id}/close`, headers: planner.auth });
    expect(json(closed)).toMatchObject({ status: 'closed' });
    const reopened = json(await t.app.inject({ method: 'POST', url: `/api/surveys/${id}/open`, headers: planner.auth }));
    expect(reopened).toEqual({ id, status: 'open', public_code: code, public_url: `http://waymark.test/s/${code}` });
    const actions = await t.ctx.db.selectFrom('audit_events').select('action').where('entity_id', '=', id).orderBy('created_at').execute();
    expect(actions.map((a) => a.action)).toEqual(['survey.created', 'survey.opened', 'survey.saved', 'survey.closed', 'survey.opened']);
  });

  it('deletes a draft or an unanswered survey, not one with responses', async () => {
    const draft = json(await create(sampleSurvey()));
    expect((await t.app.inject({ method: 'DELETE', url: `/api/surveys/${draft.id}`, headers: planner.auth })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/api/surveys/${draft.id}`, headers: planner.auth })).statusCode).toBe(404);
    const { id, code } = await openSurveyFor(t, districtId, planner.auth);
    expect((await respond(t, code, { role: 'parent' })).statusCode).toBe(201);
    const refused = await t.app.inject({ method: 'DELETE', url: `/api/surveys/${id}`, headers: planner.auth });
    expect(refused.statusCode).toBe(409);
    expect(json(refused).error.message).toMatch(/1 response/);
  });
});

describe('settings of a survey', () => {
  it('sets dates (closing after opening) and a cycle and engagement of the district only', async () => {
    const survey = json(await create(sampleSurvey()));
    const patch = (payload: object) => t.app.inject({ method: 'PATCH', url: `/api/surveys/${survey.id}/settings`, headers: planner.auth, payload });
    const backwards = await patch({ version: 1, opens_at: '2026-05-10T08:00:00Z', closes_at: '2026-05-01T08:00:00Z' });
    expect(json(backwards).error.details).toEqual([{ path: '/closes_at', message: 'must be after the opening date', code: 'end_before_start' }]);
    const dated = json(await patch({ version: 1, opens_at: '2026-05-01T08:00:00Z', closes_at: '2026-06-01T08:00:00Z' }));
    expect(dated).toMatchObject({ opens_at: '2026-05-01T08:00:00.000Z', closes_at: '2026-06-01T08:00:00.000Z', version: 2 });

    const cycle = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/cycles`, headers: planner.auth, payload: { templateId: 'thru-community-planning', name: 'Juniper 2030', startDate: '2026-09-01' } }));
    const group = json(await t.app.inject({ method: 'POST', url: `/api/cycles/${cycle.id}/stakeholder-groups`, headers: planner.auth, payload: { name: 'Families', constituency: 'families' } }));
    const entry = json(await t.app.inject({ method: 'POST', url: `/api/cycles/${cycle.id}/engagements`, headers: planner.auth, payload: { stakeholderGroupId: group.id, phaseId: cycle.phases[0].id, method: 'survey' } }));
    const linked = json(await patch({ version: 2, engagement_entry_id: entry.id }));
    expect(linked).toMatchObject({ engagement_entry_id: entry.id, cycle_id: cycle.id, version: 3 });

    const foreignCycle = json(await t.app.inject({ method: 'POST', url: `/api/districts/${otherDistrictId}/cycles`, headers: otherAdmin.auth, payload: { templateId: 'thru-community-planning', name: 'X', startDate: '2026-09-01' } }));
    expect(foreignCycle.id).toBeTruthy();
    const refused = await patch({ version: 3, cycle_id: foreignCycle.id, engagement_entry_id: null });
    expect(json(refused).error.details[0]).toMatchObject({ path: '/cycle_id', code: 'does_not_exist' });
    expect((await patch({ version: 3, engagement_entry_id: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(400);
  });
});

describe('the starter library', () => {
  it('lists bilingual starters and copies one into a draft, leaving the starter as it was', async () => {
    const { starters } = json(await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/survey-starters`, headers: viewer.auth }));
    expect(starters.map((s: { key: string }) => s.key)).toEqual(['community-vision-input', 'family-survey', 'performance-fact-buy-in', 'staff-draft-feedback']);
    const copy = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/surveys/from-starter`, headers: planner.auth, payload: { starter_key: 'family-survey' } });
    expect(copy.statusCode).toBe(201);
    const draft = json(copy);
    expect(draft).toMatchObject({ status: 'draft', starter_key: 'family-survey', title: 'Family survey', missing_translations: [] });
    const edited = { ...draft.document, title: { en: 'Our family survey', es: 'Nuestra encuesta' } };
    expect((await put(draft.id, { version: 1, document: edited })).statusCode).toBe(200);
    const again = json(await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/survey-starters`, headers: viewer.auth }));
    expect(again.starters.find((s: { key: string }) => s.key === 'family-survey').document.title.en).toBe('Family survey');
    const unknown = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/surveys/from-starter`, headers: planner.auth, payload: { starter_key: 'nope' } });
    expect(json(unknown).error.details).toEqual([{ path: '/starter_key', message: 'is not a starter of the library', code: 'does_not_exist' }]);
  });
});

describe('access', () => {
  it('lets viewers read but not write, and keeps other districts out', async () => {
    const survey = json(await create(sampleSurvey()));
    expect((await create(sampleSurvey(), viewer.auth)).statusCode).toBe(403);
    expect((await put(survey.id, { version: 1, document: sampleSurvey() }, viewer.auth)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: `/api/surveys/${survey.id}/open`, headers: viewer.auth })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/surveys/${survey.id}`, headers: otherAdmin.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/surveys/${survey.id}/export`, headers: otherAdmin.auth })).statusCode).toBe(404);
  });
});
