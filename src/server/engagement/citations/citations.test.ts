import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../platform/audit/actor.js';
import { createProtocol } from '../focus-groups/manage-protocols.js';
import { createFocusGroup } from '../focus-groups/create-focus-group.js';
import { saveFocusGroupNote } from '../focus-groups/save-focus-group-note.js';
import { addTheme } from '../focus-groups/manage-themes.js';
import { codeFocusGroupNotes } from '../focus-groups/code-focus-group-notes.js';
import { starAnswer } from '../themes/star-answer.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
let viewer: Person;
let otherPlanner: Person;
let surveyId: string;

const survey = {
  format: 'survey/v1',
  title: { en: 'Family survey', es: 'Encuesta a las familias' },
  mode: 'anonymous',
  languages: ['en', 'es'],
  questions: [
    { key: 'welcome', type: 'likert', scale: 'agreement-4', text: { en: 'I feel welcome', es: 'Me siento bienvenido' } },
    { key: 'why', type: 'text', text: { en: 'Why?', es: '¿Por qué?' } },
    { key: 'unasked', type: 'number', text: { en: 'Children', es: 'Hijos' } },
  ],
};

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Prairie View' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  otherPlanner = await t.factories.user({ organizationId: (await t.factories.organization()).id, role: 'planner' });
  // A draft is never cited.
  await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/surveys`, headers: planner.auth, payload: { ...survey, title: { en: 'Draft', es: 'Borrador' } } });
  surveyId = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/surveys`, headers: planner.auth, payload: survey })).id;
  const { public_code: code } = json(await t.app.inject({ method: 'POST', url: `/api/surveys/${surveyId}/open`, headers: planner.auth, payload: {} }));
  const answers = [...Array(6).fill({ welcome: 'agree', why: 'Teachers greet us' }), ...Array(2).fill({ welcome: 'disagree' })];
  for (const [at, given] of answers.entries()) {
    const res = await t.app.inject({ method: 'POST', url: `/api/public/surveys/${code}/responses`, payload: { submission_id: randomUUID(), locale: 'en', answers: given }, remoteAddress: `10.1.0.${at}` });
    expect(res.statusCode).toBe(201);
  }
});
afterAll(() => t.close());

const list = (who: Person, language = 'en') => t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/citable-evidence`, headers: { ...who.auth, 'accept-language': language } });

describe('what a plan element can cite from engagement', () => {
  it('lists each answered question of opened surveys with its link and worded result, drafts and unanswered questions left out', async () => {
    const res = await list(viewer);
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res).items).toEqual([
      { link: { kind: 'survey_result', survey_id: surveyId, question_key: 'welcome' }, source: 'Family survey', label: 'I feel welcome', text: 'Family survey: I feel welcome: 75% strongly agree or agree (n = 8)' },
      { link: { kind: 'survey_result', survey_id: surveyId, question_key: 'why' }, source: 'Family survey', label: 'Why?', text: 'Family survey: Why? (6 written answers)' },
    ]);
  });

  it('lists the answers the team starred as quotes, and the focus-group themes some group raised', async () => {
    const db = t.ctx.db;
    const [answer] = await db.selectFrom('survey_responses').select('id').where('survey_id', '=', surveyId).where('answers', '?', 'why').limit(1).execute();
    await starAnswer({ db, actor: cliActor, organizationId: districtId, surveyId, questionKey: 'why', responseId: answer!.id, isStarred: true });
    const cycleId = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/cycles`, headers: planner.auth, payload: { templateId: 'thru-community-planning', name: 'Plan 2030', startDate: '2026-09-01' } })).id as string;
    const scope = { db, actor: cliActor, organizationId: districtId, cycleId };
    const phaseId = (await db.selectFrom('cycle_phases').select('id').where('cycle_id', '=', cycleId).orderBy('position').executeTakeFirstOrThrow()).id;
    const protocol = await createProtocol({ db, actor: cliActor, organizationId: districtId, source: { library_key: 'family' } });
    const group = await createFocusGroup({ ...scope, values: { new_session: { phase_id: phaseId, name: 'Families', date: '2026-10-01' }, protocol_id: protocol.id, constituency: 'families', language: 'es' } });
    await createFocusGroup({ ...scope, values: { new_session: { phase_id: phaseId, name: 'Staff', date: '2026-10-02' }, protocol_id: protocol.id, constituency: 'teachers', language: 'en' } });
    await saveFocusGroupNote({ ...scope, focusGroupId: group.id, questionKey: 'needs', version: 0, text: 'More tutoring' });
    const tutoring = await addTheme({ ...scope, values: { name: 'Tutoring' } });
    await addTheme({ ...scope, values: { name: 'Never raised' } });
    await codeFocusGroupNotes({ ...scope, focusGroupId: group.id, questionKey: 'needs', themeIds: [tutoring.id], passage: null });

    const items = json(await list(viewer)).items as Array<{ link: { kind: string }; text: string }>;
    expect(items.filter((item) => item.link.kind === 'survey_quote')).toEqual([
      { link: { kind: 'survey_quote', survey_id: surveyId, question_key: 'why', response_id: answer!.id }, source: 'Family survey', label: 'Teachers greet us', text: '“Teachers greet us” (Family survey)' },
    ]);
    expect(items.filter((item) => item.link.kind === 'focus_group_theme')).toEqual([
      { link: { kind: 'focus_group_theme', cycle_id: cycleId, theme_id: tutoring.id }, source: 'Focus groups', label: 'Tutoring', text: 'Focus groups: “Tutoring” raised by 1 of 2 groups' },
    ]);
  });

  it('words them in the reader’s language', async () => {
    expect(json(await list(viewer, 'es')).items[0].text.replace(/\u00a0/g, ' ')).toBe('Encuesta a las familias: Me siento bienvenido: 75 % muy de acuerdo o de acuerdo (n = 8)');
  });

  it('is the district’s own', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/districts/${districtId}/citable-evidence`, headers: otherPlanner.auth })).statusCode).toBe(404);
  });
});
