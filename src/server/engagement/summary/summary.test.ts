import { existsSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX_CONTENT_TYPE } from '../../documents/render-docx.js';
import { cliActor } from '../../platform/audit/actor.js';
import { addEngagement } from '../../process/stakeholders/manage-engagement-plan.js';
import { addStakeholderGroup } from '../../process/stakeholders/manage-stakeholder-groups.js';
import { findThemesAndWait, storeResponses } from '../../testing/survey-themes-kit.js';
import { openSurveyFor, sampleSurvey } from '../../testing/survey-test-kit.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { codeFocusGroupNotes } from '../focus-groups/code-focus-group-notes.js';
import { createFocusGroup } from '../focus-groups/create-focus-group.js';
import { addTheme } from '../focus-groups/manage-themes.js';
import { saveFocusGroupNote } from '../focus-groups/save-focus-group-note.js';

const hasChromium = existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium');

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
const people: Record<'administrator' | 'planner' | 'contributor' | 'viewer' | 'otherPlanner', Person> = {} as never;
let cycleId: string;
let phaseIds: string[];
let surveyId: string;
let draftId: string;

const get = (url: string, who: Person = people.viewer, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers: { ...who.auth, ...headers } });

/** A Word file's tables, each as rows of cells' text, with the caption paragraph just before it, and all its text. */
async function readWord(bytes: Buffer) {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const textOf = (part: string) => [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>')).join('');
  const paragraphs = (part: string) => [...part.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]));
  const tables: { caption: string; rows: string[][] }[] = [];
  for (const match of xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)) {
    const before = paragraphs(xml.slice(Math.max(0, match.index! - 3000), match.index!));
    const rows = [...match[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphs(cell[0]).join(' ')));
    tables.push({ caption: before.at(-1) ?? '', rows });
  }
  return { text: paragraphs(xml).join('\n'), tables };
}

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Prairie View Schools' })).id;
  for (const role of ['administrator', 'planner', 'contributor', 'viewer'] as const) people[role] = await t.factories.user({ organizationId: districtId, role });
  people.otherPlanner = await t.factories.user({ organizationId: (await t.factories.organization()).id, role: 'planner' });
  const cycle = await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/cycles`, headers: people.planner.auth, payload: { templateId: 'thru-community-planning', name: 'Prairie View 2030', startDate: '2026-09-01' } });
  cycleId = json(cycle).id;
  phaseIds = (await t.ctx.db.selectFrom('cycle_phases').select('id').where('cycle_id', '=', cycleId).orderBy('position').execute()).map((row) => row.id);

  // A survey of families in the first phase: 12 parents, 8 staff, 2 students (hidden under 5).
  const scope = { db: t.ctx.db, actor: cliActor, organizationId: districtId, cycleId };
  const group = await addStakeholderGroup({ ...scope, values: { name: 'Families', constituency: 'families', description: '', estimatedSize: null, contacts: [], notes: '' } });
  const entry = await addEngagement({ ...scope, values: { stakeholderGroupId: group.id, phaseId: phaseIds[0]!, method: 'survey', startDate: null, endDate: null, leadUserId: null, status: 'planned', notes: '' } });
  surveyId = (await openSurveyFor(t, districtId, people.planner.auth)).id;
  const version = json(await get(`/api/surveys/${surveyId}`)).version;
  const placed = await t.app.inject({ method: 'PATCH', url: `/api/surveys/${surveyId}/settings`, headers: people.planner.auth, payload: { version, cycle_id: cycleId, engagement_entry_id: entry.id } });
  expect(placed.statusCode, placed.body).toBe(200);
  const comments = ['The bus is always late', 'Buses come late every morning', 'Late bus again today', 'More healthy food at lunch', 'Lunch food is cold', 'Better food in the cafeteria'];
  await storeResponses(t, { id: surveyId, organizationId: districtId }, [
    ...Array.from({ length: 12 }, (_, i) => ({ role: 'parent', safe: i < 9 ? 'agree' : 'disagree', children: 2, comment: comments[i % comments.length] })),
    ...Array.from({ length: 8 }, () => ({ role: 'staff', safe: 'strongly_agree' })),
    ...Array.from({ length: 2 }, () => ({ role: 'student', safe: 'strongly_disagree' })),
  ]);
  const population = await t.app.inject({ method: 'PUT', url: `/api/districts/${districtId}/population`, headers: people.planner.auth, payload: { version: 0, dimension: 'role', groups: [{ label: 'Parent', count: 6000 }, { label: 'Staff', count: 1000 }, { label: 'Student', count: 3000 }] } });
  expect(population.statusCode, population.body).toBe(200);
  const themes = await findThemesAndWait(t, `/api/surveys/${surveyId}/questions/comment`, people.planner.auth, { version: 0 });
  expect(themes.status).toBe('done');

  // A draft placed in the same phase: a phase summary leaves it out.
  draftId = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/surveys`, headers: people.planner.auth, payload: sampleSurvey({ title: { en: 'Unopened draft', es: 'Borrador sin abrir' } }) })).id;
  const draftVersion = json(await get(`/api/surveys/${draftId}`)).version;
  await t.app.inject({ method: 'PATCH', url: `/api/surveys/${draftId}/settings`, headers: people.planner.auth, payload: { version: draftVersion, cycle_id: cycleId, engagement_entry_id: entry.id } });

  // A focus group in the first phase, and one in the second, each with a quote coded "Tutoring".
  const tutoring = await addTheme({ ...scope, values: { name: 'Tutoring' } });
  const groups = [
    { phase: 0, label: 'Parents at Lincoln', constituency: 'families' as const, note: '“More tutors after school”' },
    { phase: 1, label: 'Students at Central', constituency: 'students' as const, note: '“A homework club”' },
  ];
  for (const { phase, label, constituency, note } of groups) {
    const focusGroup = await createFocusGroup({ ...scope, values: { new_session: { phase_id: phaseIds[phase]!, name: `${label} session`, date: '2026-10-01' }, library_key: 'family', constituency, language: 'en', label, participant_count: 9 } });
    await saveFocusGroupNote({ ...scope, focusGroupId: focusGroup.id, questionKey: 'needs', version: 0, text: note });
    await codeFocusGroupNotes({ ...scope, focusGroupId: focusGroup.id, questionKey: 'needs', themeIds: [tutoring.id], passage: null });
  }
}, 120_000);
afterAll(() => t.close());

describe('the summary of one survey', () => {
  it('is a Word file named after the survey, with what was asked, when and how, and who took part', async () => {
    const res = await get(`/api/surveys/${surveyId}/summary.docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX_CONTENT_TYPE);
    expect(res.headers['content-disposition']).toContain('filename="Spring family survey - Engagement summary.docx"');
    const { text } = await readWord(res.rawPayload);
    for (const expected of ['Prairie View Schools', 'Spring family survey', 'Engagement summary', 'Phase: ', 'Stakeholder group: Families', 'What was asked: 5 questions', 'How: Anonymous: nothing', 'Respondents: 22', 'Who took part, against who the district serves', 'Results by question', 'Themes in open answers']) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('Role: heard too little (more than 10 points below their share of the population): Student.');
  });

  it('hides the small group in every cell exactly where the results API hides it', async () => {
    const api = json(await get(`/api/surveys/${surveyId}/results?by=role`));
    const { tables } = await readWord((await get(`/api/surveys/${surveyId}/summary.docx`)).rawPayload);
    const safe = api.questions.find((question: { key: string }) => question.key === 'safe');
    const table = tables.find((candidate) => candidate.caption === 'Answers to “My child feels safe at school.”')!;
    const screenName: Record<string, string> = { all: 'Everyone', no_answer: 'Did not say' };
    expect(table.rows[0]).toEqual(['Answer', ...api.groups.map((group: { key: string; label: { en: string } }) => screenName[group.key] ?? group.label.en)]);
    const expectCell = (cell: string, count: number | { suppressed: true; reason: string }) => {
      if (typeof count === 'number') expect(cell.split(' ')[0]).toBe(String(count));
      else expect(cell).toBe(count.reason === 'complement' ? 'hidden' : 'hidden (fewer than 5)');
    };
    let hidden = 0;
    safe.options.forEach((option: { counts: Record<string, number | { suppressed: true; reason: string }> }, index: number) => {
      api.groups.forEach((group: { key: string }, column: number) => {
        const count = option.counts[group.key]!;
        expectCell(table.rows[index + 1]![column + 1]!, count);
        if (typeof count !== 'number') hidden++;
      });
    });
    api.groups.forEach((group: { key: string }, column: number) => expectCell(table.rows.at(-1)![column + 1]!, safe.answered[group.key]));
    expect(hidden).toBeGreaterThan(0);
    const student = table.rows[0]!.indexOf('Student');
    for (const row of table.rows.slice(1)) expect(row[student]).toMatch(/^hidden/);
  });

  it('gives the themes of the open answers with their counts and quotes', async () => {
    const api = json(await get(`/api/surveys/${surveyId}/questions/comment/themes`));
    const { text, tables } = await readWord((await get(`/api/surveys/${surveyId}/summary.docx`)).rawPayload);
    const table = tables.find((candidate) => candidate.caption === 'Themes in the answers to “Anything else?”')!;
    expect(table.rows.slice(1).map((row) => [row[0], row[1]])).toEqual(api.themes.map((theme: { label: string; count: number }) => [theme.label, String(theme.count)]));
    expect(text).toContain(`“${api.themes[0].samples[0].text}”`);
  });

  it('is written in Spanish with ?lang=es, or when the browser asks for Spanish', async () => {
    for (const [url, headers] of [[`/api/surveys/${surveyId}/summary.docx?lang=es`, {}], [`/api/surveys/${surveyId}/summary.docx`, { 'accept-language': 'es-MX,es;q=0.9' }]] as const) {
      const res = await get(url, people.viewer, headers);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toContain("filename*=UTF-8''Encuesta%20de%20primavera%20para%20familias%20-%20Resumen%20de%20participaci%C3%B3n.docx");
      const { text } = await readWord(res.rawPayload);
      for (const expected of ['Resumen de participación', 'Resultados por pregunta', 'oculto (menos de 5)', 'Mi hijo se siente seguro en la escuela.', 'Estudiante']) expect(text).toContain(expected);
      expect(text).not.toContain('Results by question');
    }
  });

  it.each(['administrator', 'planner', 'contributor', 'viewer'] as const)('is open to a %s of the district', async (role) => {
    expect((await get(`/api/surveys/${surveyId}/summary.docx`, people[role])).statusCode).toBe(200);
  });

  it.skipIf(!hasChromium)('prints the same summary as a PDF', async () => {
    const res = await get(`/api/surveys/${surveyId}/summary.pdf?lang=es`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('Resumen de participaci');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it.each(['summary.docx', 'summary.pdf'])('%s of another district is 404, and nothing without signing in', async (name) => {
    const other = await get(`/api/surveys/${surveyId}/${name}`, people.otherPlanner);
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain('Spring family survey');
    expect((await t.app.inject({ method: 'GET', url: `/api/surveys/${surveyId}/${name}` })).statusCode).toBe(401);
  });
});

describe('the summary of a phase', () => {
  const url = (phase: number, name: string) => `/api/cycles/${cycleId}/phases/${phaseIds[phase]}/engagement-summary.${name}`;

  it('holds the opened surveys of the phase and the focus groups held in it, not the draft nor another phase\'s groups', async () => {
    const res = await get(url(0, 'docx'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/filename="Prairie View 2030 .+ - Engagement summary\.docx"/);
    const { text, tables } = await readWord(res.rawPayload);
    for (const expected of ['Prairie View 2030', 'Engagement summary', '1 survey · 1 focus group', 'Spring family survey', 'Focus groups', 'Themes by group', 'Parents at Lincoln', 'What participants said: Tutoring', '“More tutors after school”']) expect(text).toContain(expected);
    expect(text).not.toContain('Unopened draft');
    expect(text).not.toContain('Students at Central');
    expect(tables.find((table) => table.caption.startsWith('Themes of the codebook'))!.rows.slice(1)).toEqual([['Tutoring', '1 of 1', 'Parents at Lincoln']]);
  });

  it('says so when a phase has no survey, and gives that phase\'s focus group', async () => {
    const { text } = await readWord((await get(url(1, 'docx'))).rawPayload);
    expect(text).toContain('No survey belongs to this phase yet.');
    expect(text).toContain('Students at Central');
    expect(text).not.toContain('Parents at Lincoln');
  });

  it('is written in Spanish with ?lang=es', async () => {
    const { text } = await readWord((await get(`${url(0, 'docx')}?lang=es`)).rawPayload);
    for (const expected of ['Resumen de participación', 'Grupos focales', 'Temas por grupo', 'Familias']) expect(text).toContain(expected);
  });

  it.each(['administrator', 'planner', 'contributor', 'viewer'] as const)('is open to a %s of the district', async (role) => {
    expect((await get(url(0, 'docx'), people[role])).statusCode).toBe(200);
  });

  it('of another district, or of a phase not of the cycle, is 404', async () => {
    expect((await get(url(0, 'docx'), people.otherPlanner)).statusCode).toBe(404);
    const otherCycle = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/cycles`, headers: people.planner.auth, payload: { templateId: 'thru-community-planning', name: 'Another', startDate: '2026-09-01' } })).id;
    const foreignPhase = (await t.ctx.db.selectFrom('cycle_phases').select('id').where('cycle_id', '=', otherCycle).executeTakeFirstOrThrow()).id;
    const res = await get(`/api/cycles/${cycleId}/phases/${foreignPhase}/engagement-summary.docx`);
    expect(res.statusCode).toBe(404);
    expect(json(res).error.code).toBe('not_found');
  });
});
