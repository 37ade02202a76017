import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let districtId: string;
let cycleId: string;
let otherCycleId: string;
let phaseId: string;
let planner: Awaited<ReturnType<TestApp['factories']['user']>>;
let viewer: Awaited<ReturnType<TestApp['factories']['user']>>;

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Juniper Unified' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner', name: 'Fran Facilitator' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  const start = async (name: string) =>
    json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/cycles`, headers: planner.auth, payload: { templateId: 'louisiana-strong-school-systems', name, startDate: '2026-09-01' } })).id as string;
  cycleId = await start('Juniper 2030');
  otherCycleId = await start('Juniper other');
  phaseId = (await t.ctx.db.selectFrom('cycle_phases').select('id').where('cycle_id', '=', cycleId).orderBy('position').executeTakeFirstOrThrow()).id;
});
afterAll(() => t.close());

const inject = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object, headers = planner.auth) => t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
const newGroup = (overrides: object = {}) => ({
  new_session: { phase_id: phaseId, name: 'Families in Spanish', date: '2026-09-20' },
  library_key: 'family',
  constituency: 'families',
  language: 'es',
  participant_count: 9,
  ...overrides,
});
const create = (body: object, cycle = cycleId) => inject('POST', `/api/cycles/${cycle}/focus-groups`, body);
const auditActions = async () => (await t.ctx.db.selectFrom('audit_events').select('action').where('organization_id', '=', districtId).execute()).map((row) => row.action);
const paths = (res: { json(): unknown }) => (res.json() as { error: { details: Array<{ path: string; code?: string }> } }).error.details.map((d) => `${d.path} ${d.code}`);

describe('protocols', () => {
  it('lists the library and copies one into the district, leaving the library as shipped', async () => {
    const list = json(await inject('GET', `/api/districts/${districtId}/focus-group-protocols`, undefined, viewer.auth));
    expect(list.library.map((entry: { key: string }) => entry.key)).toEqual(['community-vision', 'family', 'students', 'staff', 'draft-plan']);
    expect(list.protocols).toEqual([]);

    const copied = await inject('POST', `/api/districts/${districtId}/focus-group-protocols`, { library_key: 'students' });
    expect(copied.statusCode).toBe(201);
    const protocol = json(copied);
    expect(protocol).toMatchObject({ library_key: 'students', title: 'Student focus group', version: 1 });

    const edited = { ...protocol.protocol, title: { en: 'Middle school students', es: 'Estudiantes de secundaria' }, questions: protocol.protocol.questions.slice(0, 3) };
    const saved = await inject('PUT', `/api/districts/${districtId}/focus-group-protocols/${protocol.id}`, { version: 1, protocol: edited });
    expect(json(saved)).toMatchObject({ title: 'Middle school students', version: 2 });
    expect(json(saved).protocol.questions).toHaveLength(3);

    const stale = await inject('PUT', `/api/districts/${districtId}/focus-group-protocols/${protocol.id}`, { version: 1, protocol: edited });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.current.version).toBe(2);

    const after = json(await inject('GET', `/api/districts/${districtId}/focus-group-protocols`));
    expect(after.library.find((entry: { key: string }) => entry.key === 'students').protocol.questions).toHaveLength(7);
    expect(after.protocols).toHaveLength(1);
    expect(await auditActions()).toEqual(expect.arrayContaining(['focus_group_protocol.created', 'focus_group_protocol.saved']));
  });

  it('names the bad fields of a protocol and stores nothing', async () => {
    const before = json(await inject('GET', `/api/districts/${districtId}/focus-group-protocols`)).protocols.length;
    const question = { key: 'q1', text: { en: 'Why?' }, probes: [], minutes: 0 };
    const bad = await inject('POST', `/api/districts/${districtId}/focus-group-protocols`, { protocol: { title: { en: 'X' }, purpose: { en: 'Y' }, constituency: 'aliens', languages: ['en'], questions: [question, question] } });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad).sort()).toEqual(['/protocol/constituency invalid_choice', '/protocol/questions/0/minutes too_small', '/protocol/questions/1/key duplicate', '/protocol/questions/1/minutes too_small']);
    const neither = await inject('POST', `/api/districts/${districtId}/focus-group-protocols`, {});
    expect(paths(neither)).toEqual(['/library_key required']);
    const unknown = await inject('POST', `/api/districts/${districtId}/focus-group-protocols`, { library_key: 'nope' });
    expect(paths(unknown)).toEqual(['/library_key does_not_exist']);
    expect(json(await inject('GET', `/api/districts/${districtId}/focus-group-protocols`)).protocols).toHaveLength(before);
  });
});

describe('focus groups are sessions of the cycle', () => {
  it('sets up a focus group from the library in a new session of the cycle', async () => {
    const res = await create(newGroup({ label: 'Parents at Lincoln', facilitator: 'Rosa M.' }));
    expect(res.statusCode).toBe(201);
    const group = json(res);
    expect(group).toMatchObject({ library_key: 'family', constituency: 'families', language: 'es', label: 'Parents at Lincoln', participant_count: 9, facilitator: 'Rosa M.', questions: 7, notes_written: 0, version: 1 });
    expect(group.title).toEqual({ en: 'Family focus group', es: 'Grupo focal de familias' });
    expect(group.session).toMatchObject({ name: 'Families in Spanish', date: '2026-09-20', phase_id: phaseId, length_minutes: 70, place: null, present: 0 });
    const session = await t.ctx.db.selectFrom('cycle_sessions').selectAll().where('id', '=', group.session.id).executeTakeFirstOrThrow();
    expect(session).toMatchObject({ cycle_id: cycleId, format: 'focus_group', audience: 'community' });
    expect(await auditActions()).toEqual(expect.arrayContaining(['cycle.session_added', 'focus_group.created']));
  });

  it("runs in a focus-group session the template planned, once, and reads the session's place", async () => {
    const planned = await t.ctx.db.selectFrom('cycle_sessions').select('id').where('cycle_id', '=', cycleId).where('format', '=', 'focus_group').orderBy('position').executeTakeFirstOrThrow();
    await inject('PATCH', `/api/cycles/${cycleId}/sessions/${planned.id}/record`, { version: 1, place: 'Lincoln library', startTime: '18:00' });
    const res = await create({ session_id: planned.id, library_key: 'students', constituency: 'students', language: 'en' });
    expect(res.statusCode).toBe(201);
    expect(json(res).session).toMatchObject({ id: planned.id, place: 'Lincoln library', start_time: '18:00' });
    const again = await create({ session_id: planned.id, library_key: 'students', constituency: 'students', language: 'en' });
    expect(paths(again)).toEqual(['/session_id already_used']);
  });

  it('refuses sessions that are not focus groups of this cycle, and asks for one source of each kind', async () => {
    const meeting = await t.ctx.db.selectFrom('cycle_sessions').select('id').where('cycle_id', '=', cycleId).where('format', '<>', 'focus_group').executeTakeFirstOrThrow();
    const elsewhere = await t.ctx.db.selectFrom('cycle_sessions').select('id').where('cycle_id', '=', otherCycleId).where('format', '=', 'focus_group').executeTakeFirstOrThrow();
    const base = { library_key: 'family', constituency: 'families', language: 'en' };
    expect(paths(await create({ ...base, session_id: meeting.id }))).toEqual(['/session_id invalid_choice']);
    expect(paths(await create({ ...base, session_id: elsewhere.id }))).toEqual(['/session_id not_in_this_cycle']);
    expect(paths(await create({ ...base }))).toEqual(['/session_id required']);
    expect(paths(await create(newGroup({ protocol_id: '00000000-0000-4000-8000-000000000000' })))).toEqual(['/library_key required']);
    expect(paths(await create(newGroup({ new_session: { phase_id: otherCycleId, name: 'X', date: '2026-09-20' } })))).toEqual(['/new_session/phase_id not_in_this_cycle']);
    expect(paths(await create(newGroup({ language: 'Spanish!', constituency: 'martians', participant_count: -1 }))).sort()).toEqual(['/constituency invalid_choice', '/language invalid_format', '/participant_count too_small']);
  });

  it('changes who was in the room with its version, and goes with its session', async () => {
    const group = json(await create(newGroup({ new_session: { phase_id: phaseId, name: 'Short-lived', date: '2026-09-25' } })));
    const changed = await inject('PATCH', `/api/cycles/${cycleId}/focus-groups/${group.id}`, { version: 1, participant_count: 12, label: 'Evening group' });
    expect(json(changed)).toMatchObject({ participant_count: 12, label: 'Evening group', version: 2, language: 'es' });
    expect((await inject('PATCH', `/api/cycles/${cycleId}/focus-groups/${group.id}`, { version: 1, participant_count: 3 })).statusCode).toBe(409);
    expect((await inject('DELETE', `/api/cycles/${cycleId}/sessions/${group.session.id}`)).statusCode).toBe(200);
    expect((await inject('GET', `/api/cycles/${cycleId}/focus-groups/${group.id}`)).statusCode).toBe(404);
  });
});

describe('notes taken live', () => {
  let groupId: string;
  beforeAll(async () => {
    groupId = json(await create(newGroup({ new_session: { phase_id: phaseId, name: 'Notes group', date: '2026-09-21' } }))).id;
  });
  const note = (key: string, body: object, headers = planner.auth) => inject('PUT', `/api/cycles/${cycleId}/focus-groups/${groupId}/notes/${key}`, body, headers);

  it('saves versions, and refuses a save from an older version with the other text', async () => {
    const first = await note('communication', { version: 0, text: 'Texts in English only.' });
    expect(json(first)).toMatchObject({ question_key: 'communication', text: 'Texts in English only.', version: 1, updated_by: 'Fran Facilitator' });
    expect(json(await note('communication', { version: 1, text: 'Texts in English only.\n“Nunca recibo nada en español”' })).version).toBe(2);
    const stale = await note('communication', { version: 1, text: 'My older text' });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.current).toMatchObject({ version: 2, text: 'Texts in English only.\n“Nunca recibo nada en español”' });
    const detail = json(await inject('GET', `/api/cycles/${cycleId}/focus-groups/${groupId}`, undefined, viewer.auth));
    expect(detail.notes).toEqual([expect.objectContaining({ question_key: 'communication', version: 2 })]);
    expect(detail.notes_written).toBe(1);
    expect(detail.protocol.questions.map((q: { key: string }) => q.key)).toContain('communication');
  });

  it('lets one of two first saves through', async () => {
    const [a, b] = await Promise.all([note('welcome', { version: 0, text: 'A' }), note('welcome', { version: 0, text: 'B' })]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
  });

  it('refuses a question the protocol does not ask, and writes from viewers', async () => {
    expect((await note('made-up', { version: 0, text: 'x' })).statusCode).toBe(404);
    expect((await note('needs', { version: 0, text: 'x' }, viewer.auth)).statusCode).toBe(403);
    expect(paths(await note('needs', { version: -1, text: 'x' }))).toEqual(['/version too_small']);
    expect(paths(await note('needs', { version: 0, text: 'x\u0000' }))).toEqual(['/text invalid_characters']);
  });
});

describe('codebook, codes and the synthesis', () => {
  let families: string;
  let students: string;
  let buses: { id: string; version: number };
  let safety: { id: string };
  beforeAll(async () => {
    families = json(await create(newGroup({ new_session: { phase_id: phaseId, name: 'Families (synthesis)', date: '2026-10-01' }, label: 'Lincoln' }))).id;
    students = json(await create(newGroup({ new_session: { phase_id: phaseId, name: 'Students (synthesis)', date: '2026-10-02' }, library_key: 'students', constituency: 'students', language: 'en' }))).id;
    await inject('PUT', `/api/cycles/${cycleId}/focus-groups/${families}/notes/needs`, { version: 0, text: 'Late buses every week.\n«El autobús nunca llega a tiempo»\nWant tutoring.' });
    await inject('PUT', `/api/cycles/${cycleId}/focus-groups/${students}/notes/obstacles`, { version: 0, text: '“The bus makes me miss first period.”\nFights at lunch.' });
  });

  it('keeps one theme per name in the cycle', async () => {
    const added = await inject('POST', `/api/cycles/${cycleId}/focus-group-themes`, { name: 'Transport', description: 'Getting to school' });
    expect(added.statusCode).toBe(201);
    buses = json(added);
    safety = json(await inject('POST', `/api/cycles/${cycleId}/focus-group-themes`, { name: 'Safety' }));
    expect(paths(await inject('POST', `/api/cycles/${cycleId}/focus-group-themes`, { name: ' transport ' }))).toEqual(['/name duplicate']);
    const renamed = await inject('PATCH', `/api/cycles/${cycleId}/focus-group-themes/${buses.id}`, { version: 1, name: 'Buses and transport' });
    expect(json(renamed)).toMatchObject({ name: 'Buses and transport', version: 2 });
    expect((await inject('PATCH', `/api/cycles/${cycleId}/focus-group-themes/${buses.id}`, { version: 1, name: 'Again' })).statusCode).toBe(409);
    expect(paths(await inject('PATCH', `/api/cycles/${cycleId}/focus-group-themes/${buses.id}`, { version: 2, name: 'SAFETY' }))).toEqual(['/name duplicate']);
    const otherTheme = await inject('POST', `/api/cycles/${otherCycleId}/focus-group-themes`, { name: 'Transport' });
    expect(otherTheme.statusCode).toBe(201);
  });

  it('codes passages and whole notes with themes of this cycle only', async () => {
    const code = (groupId: string, body: object) => inject('POST', `/api/cycles/${cycleId}/focus-groups/${groupId}/codes`, body);
    const passage = await code(families, { question_key: 'needs', theme_ids: [buses.id], passage: '«El autobús nunca llega a tiempo»' });
    expect(passage.statusCode).toBe(201);
    expect(json(passage).coded).toEqual([expect.objectContaining({ question_key: 'needs', theme_name: 'Buses and transport', passage: '«El autobús nunca llega a tiempo»', in_note: true })]);
    // The same theme on the same words again adds nothing.
    expect(json(await code(families, { question_key: 'needs', theme_ids: [buses.id, buses.id], passage: '«El autobús nunca llega a tiempo»' })).coded).toHaveLength(1);
    expect(json(await code(students, { question_key: 'obstacles', theme_ids: [buses.id, safety.id] })).coded).toHaveLength(2);

    expect(paths(await code(families, { question_key: 'needs', theme_ids: [buses.id], passage: 'never said' }))).toEqual(['/passage does_not_exist']);
    expect(paths(await code(families, { question_key: 'welcome', theme_ids: [buses.id] }))).toEqual(['/question_key required']);
    const foreign = json(await inject('GET', `/api/cycles/${otherCycleId}/focus-group-themes`)).themes[0].id;
    expect(paths(await code(families, { question_key: 'needs', theme_ids: [buses.id, foreign] }))).toEqual(['/theme_ids/1 not_in_this_cycle']);
    expect(await auditActions()).toEqual(expect.arrayContaining(['focus_group.coded', 'focus_group_theme.added', 'focus_group_theme.changed']));
  });

  it('tallies theme by group with quotes, and exports it in the reader\'s language', async () => {
    const synthesis = json(await inject('GET', `/api/cycles/${cycleId}/focus-group-synthesis`, undefined, viewer.auth));
    const ours = synthesis.columns.filter((column: { focus_group_id: string }) => [families, students].includes(column.focus_group_id));
    expect(ours.map((column: { constituency: string }) => column.constituency)).toEqual(['families', 'students']);
    const transport = synthesis.rows[0];
    expect(transport).toMatchObject({ name: 'Buses and transport', groups_raised: 2 });
    const cell = (groupId: string) => transport.cells.find((c: { focus_group_id: string }) => c.focus_group_id === groupId);
    expect(cell(families)).toEqual({ focus_group_id: families, passages: 1, quotes: ['El autobús nunca llega a tiempo'] });
    expect(cell(students)).toEqual({ focus_group_id: students, passages: 1, quotes: ['The bus makes me miss first period.'] });
    expect(synthesis.rows[1]).toMatchObject({ name: 'Safety', groups_raised: 1 });

    const csv = await inject('GET', `/api/cycles/${cycleId}/focus-group-synthesis.csv?lang=es`, undefined, viewer.auth);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain('.csv');
    expect(csv.body).toContain('Tema,Descripción,Grupos que lo plantearon');
    expect(csv.body).toContain('Familias · español · Lincoln (2026-10-01)');
    expect(csv.body).toContain('“El autobús nunca llega a tiempo”');
  });

  it('flags a coded passage edited out of its note, and takes codes and themes off', async () => {
    const detail = json(await inject('PUT', `/api/cycles/${cycleId}/focus-groups/${families}/notes/needs`, { version: 1, text: 'Want tutoring.' }));
    expect(detail.version).toBe(2);
    const coded = json(await inject('GET', `/api/cycles/${cycleId}/focus-groups/${families}`)).coded;
    expect(coded[0]).toMatchObject({ in_note: false });
    const removed = await inject('DELETE', `/api/cycles/${cycleId}/focus-groups/${families}/codes/${coded[0].id}`);
    expect(json(removed).coded).toEqual([]);
    const gone = await inject('DELETE', `/api/cycles/${cycleId}/focus-group-themes/${safety.id}`);
    expect(json(gone)).toEqual({ removed: safety.id, codes_removed: 1 });
    const themes = json(await inject('GET', `/api/cycles/${cycleId}/focus-group-themes`)).themes;
    expect(themes.map((theme: { name: string; groups: number }) => [theme.name, theme.groups])).toEqual([['Buses and transport', 1]]);
  });
});

describe('access', () => {
  it('lets viewers read but not write, and keeps other districts out', async () => {
    expect((await inject('GET', `/api/cycles/${cycleId}/focus-groups`, undefined, viewer.auth)).statusCode).toBe(200);
    expect((await create(newGroup())).statusCode).toBe(201);
    expect((await inject('POST', `/api/cycles/${cycleId}/focus-groups`, newGroup(), viewer.auth)).statusCode).toBe(403);
    expect((await inject('POST', `/api/cycles/${cycleId}/focus-group-themes`, { name: 'Mine' }, viewer.auth)).statusCode).toBe(403);
    const elsewhere = await t.factories.organization({ name: 'Elsewhere' });
    const stranger = await t.factories.user({ organizationId: elsewhere.id, role: 'administrator' });
    const list = await inject('GET', `/api/cycles/${cycleId}/focus-groups`, undefined, stranger.auth);
    expect(list.statusCode).toBe(404);
    expect(list.body).not.toContain('Juniper');
    expect((await inject('GET', `/api/cycles/${cycleId}/focus-group-synthesis`, undefined, stranger.auth)).statusCode).toBe(404);
    expect((await inject('GET', `/api/districts/${districtId}/focus-group-protocols`, undefined, stranger.auth)).statusCode).toBe(404);
    // A protocol of another district cannot be run here, nor copied.
    const theirs = json(await inject('POST', `/api/districts/${elsewhere.id}/focus-group-protocols`, { library_key: 'staff' }, stranger.auth));
    expect(paths(await create(newGroup({ library_key: undefined, protocol_id: theirs.id })))).toEqual(['/protocol_id does_not_exist']);
    expect(paths(await inject('POST', `/api/districts/${districtId}/focus-group-protocols`, { protocol_id: theirs.id }))).toEqual(['/protocol_id does_not_exist']);
  });
});
