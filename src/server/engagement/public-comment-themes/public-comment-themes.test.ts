import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editPlanElement } from '../../testing/public-comment-test-kit.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { cliActor } from '../../platform/audit/actor.js';
import { importPlan } from '../../plan/plans/import-plan.js';
import { everyFieldPlan } from '../../../core/plan/format/fixtures/every-field-plan.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
type Comment = { id: string; text: string; quote: string | null; element_key: string | null; status: string; disposition: string | null };
type Disposition = { value: string; note: string | null; changed_keys: string[]; by: string | null; at: string };
type Theme = { id: string; label: string; words: string[]; count: number; version: number; is_label_edited: boolean; comments: Comment[]; disposition: Disposition | null };
type Themes = { plan_id: string; window_id: string; status: string; version: number; edited_at: string | null; comments: number; unsorted: Comment[]; new_comments: Comment[]; themes: Theme[] };

// Thirty comments on a draft, on three topics, as residents write them.
const buses = [
  'The bus route changes make the ride far too long for young children',
  'Bus stops are too far from our homes, please keep the old bus routes',
  'Our bus comes at six in the morning, the bus ride is too long',
  'Please add more buses so the bus ride is shorter',
  'Bus drivers are great but the bus is always late',
  'The bus schedule does not work for families with two schools',
  'Kids wait for the bus in the dark, move the bus stop closer',
  'Longer bus rides mean less sleep for students',
  'More bus drivers are needed before changing bus routes',
  'A bus every morning that is on time would help us most',
];
const reading = [
  'Reading scores matter more than anything, fund reading teachers',
  'Every child should read at grade level by third grade, more reading tutors',
  'The reading goal is too vague, say how reading will be measured',
  'Hire reading specialists for every elementary school',
  'Summer reading programs helped my son read, keep summer reading',
  'Reading at home should be supported with free books',
  'Reading intervention should start in kindergarten',
  'The library and reading time were cut, bring reading back',
  'Measure reading growth, not only reading scores',
  'Reading tutors after school would help struggling readers',
];
const teachers = [
  'Teacher pay is too low, raise teacher salaries to keep good teachers',
  'We lose teachers every year because teacher pay is low',
  'Support new teachers with mentors so teachers stay',
  'Teacher salaries must rise or teachers leave for other districts',
  'Class sizes are too big for teachers to teach well',
  'Teachers need planning time, teachers are exhausted',
  'Keep experienced teachers by paying teachers more',
  'Teacher housing would help teachers live near schools',
  'Teacher training on new curriculum is missing',
  'Retain teachers: pay, respect and smaller classes for teachers',
];

let t: TestApp;
let districtId: string;
let planId: string;
let windowId: string;
let planner: Person;
let viewer: Person;
let otherAdmin: Person;
let base: string;
let hiddenId: string;
let unconfirmedId: string;
let current: Themes;

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Cedar Schools' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner', name: 'Pat Planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  const otherDistrict = await t.factories.organization({ name: 'Elm Schools' });
  otherAdmin = await t.factories.user({ organizationId: otherDistrict.id, role: 'administrator' });
  planId = (await importPlan({ db: t.ctx.db, actor: cliActor, organizationId: districtId, input: everyFieldPlan })).id;
  windowId = (
    await t.ctx.db
      .insertInto('public_comment_periods')
      .values({ organization_id: districtId, plan_id: planId, draft_version: 1, opens_on: '2026-01-05', closes_on: '2026-02-05', created_by: null })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  base = `/api/plans/${planId}/public-comment/windows/${windowId}/themes`;
  // Interleaved as they would come in; a quote is never themed (it repeats the draft).
  const mixed = buses.flatMap((text, index) => [text, reading[index]!, teachers[index]!]);
  await insertComments(mixed, (index) => (index % 2 === 0 ? 'accepted' : 'pending'));
  // An unconfirmed address or a hidden comment is no input: never themed, never counted.
  hiddenId = (await insertComments(['Teacher pay bus reading hidden comment'], () => 'hidden'))[0]!;
  unconfirmedId = (await insertComments(['Teacher pay reading unconfirmed comment'], () => 'unconfirmed'))[0]!;
});
afterAll(() => t.close());

let submitted = 0;
async function insertComments(texts: string[], status: (index: number) => 'accepted' | 'pending' | 'hidden' | 'unconfirmed') {
  const rows = await t.ctx.db
    .insertInto('public_comments')
    .values(
      texts.map((body, index) => ({
        organization_id: districtId,
        plan_id: planId,
        period_id: windowId,
        submission_id: `00000000-0000-4000-8000-${String(++submitted).padStart(12, '0')}`,
        element_key: index % 3 === 0 ? 'P1' : null,
        quote: index % 3 === 0 ? 'Every student reads' : null,
        body,
        status: status(index),
        created_at: new Date(Date.now() + submitted),
      })),
    )
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

const get = (url: string, person: Person = viewer) => t.app.inject({ method: 'GET', url, headers: person.auth });
const send = (method: 'POST' | 'PATCH' | 'PUT', url: string, payload: object, person: Person = planner) => t.app.inject({ method, url, headers: person.auth, payload });
const themeWith = (themes: Themes, word: string) => themes.themes.find((theme) => `${theme.label} ${theme.words.join(' ')}`.toLowerCase().includes(word))!;
const allIds = (themes: Themes) => [...themes.themes.flatMap((theme) => theme.comments), ...themes.unsorted, ...themes.new_comments].map((comment) => comment.id);

async function waitForThemes(): Promise<Themes> {
  for (let attempt = 0; attempt < 1200; attempt++) {
    const themes = json<Themes>(await get(base));
    if (themes.status !== 'running') return themes;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the themes were still being found after two minutes');
}

describe('themes across a public comment window’s comments', () => {
  it('has none before they are found: every pending and accepted comment is new, hidden and unconfirmed ones absent', async () => {
    const res = await get(base);
    expect(res.statusCode).toBe(200);
    const themes = json<Themes>(res);
    expect(themes).toMatchObject({ plan_id: planId, window_id: windowId, status: 'none', version: 0, comments: 30, themes: [], unsorted: [] });
    expect(themes.new_comments).toHaveLength(30);
    expect(allIds(themes)).not.toContain(hiddenId);
    expect(allIds(themes)).not.toContain(unconfirmedId);
  });

  it('finds buses, reading and teachers in a worker thread, from the bodies only', async () => {
    const started = await send('POST', `${base}/find`, { version: 0 });
    expect([200, 202]).toContain(started.statusCode);
    current = await waitForThemes();
    expect(current.status).toBe('done');
    for (const word of ['bus', 'read', 'teacher']) expect(themeWith(current, word), `${word}: ${current.themes.map((theme) => theme.label).join(' / ')}`).toBeDefined();
    expect(themeWith(current, 'bus').comments.filter((comment) => /bus/i.test(comment.text)).length).toBeGreaterThanOrEqual(7);
    // The quote every third comment repeats ("Every student reads") is not what they are about.
    expect(current.themes.some((theme) => /student/i.test(theme.label))).toBe(false);
    const ids = allIds(current);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    expect(current.new_comments).toEqual([]);
    expect(current.themes.every((theme) => theme.disposition === null)).toBe(true);
    const audit = await t.ctx.db.selectFrom('audit_events').select('action').where('organization_id', '=', districtId).where('action', 'like', 'public_comment_themes.%').execute();
    expect(audit.map((row) => row.action)).toEqual(expect.arrayContaining(['public_comment_themes.find_started', 'public_comment_themes.found']));
  });

  it('renames a theme; a stale theme version is 409', async () => {
    const bus = themeWith(current, 'bus');
    const res = await send('PATCH', `${base}/${bus.id}`, { version: bus.version, label: 'Bus rides' });
    expect(res.statusCode).toBe(200);
    current = json(res);
    expect(current.themes.find((theme) => theme.id === bus.id)).toMatchObject({ label: 'Bus rides', is_label_edited: true, version: bus.version + 1 });
    const stale = await send('PATCH', `${base}/${bus.id}`, { version: bus.version, label: 'Buses' });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error).toMatchObject({ reason: 'stale', theme: { id: bus.id, label: 'Bus rides' } });
  });

  it('records a disposition for a whole theme, answers it in the read with who and when, and takes it back', async () => {
    const bus = themeWith(current, 'bus');
    // A disposition points only at what changed since the draft froze: the team changes P1 first.
    const unchanged = await send('PUT', `${base}/${bus.id}/disposition`, { version: bus.version, disposition: 'partly', note: 'Routes stay', changed_keys: ['P1'] });
    expect(json(unchanged).error.details[0]).toMatchObject({ path: '/changed_keys/0', code: 'not_changed_since_draft' });
    await editPlanElement(t, planner.auth, planId, 'P1', { title: 'Students arrive on time and ready' });
    const res = await send('PUT', `${base}/${bus.id}/disposition`, { version: bus.version, disposition: 'partly', note: 'Routes stay; a later bell', changed_keys: ['P1', 'P1'] });
    expect(res.statusCode, res.body).toBe(200);
    current = json(res);
    const answered = current.themes.find((theme) => theme.id === bus.id)!;
    expect(answered.disposition).toMatchObject({ value: 'partly', note: 'Routes stay; a later bell', changed_keys: ['P1'], by: 'Pat Planner' });
    expect(Date.parse(answered.disposition!.at)).not.toBeNaN();
    expect(answered.version).toBe(bus.version + 1);
    expect(json<Themes>(await get(base)).themes.find((theme) => theme.id === bus.id)!.disposition?.value).toBe('partly');
    // Its comments are answered through it: the team's list and the window's count say so.
    const teamList = json(await get(`/api/plans/${planId}/comments/public`)).comments as Array<{ theme: { id: string } | null; disposition: { value: string; from_theme: boolean } | null }>;
    const inBus = teamList.filter((comment) => comment.theme?.id === bus.id);
    expect(inBus.length).toBeGreaterThan(0);
    expect(inBus.every((comment) => comment.disposition?.value === 'partly' && comment.disposition.from_theme)).toBe(true);
    expect(json(await get(`/api/plans/${planId}/public-comment`)).windows[0].counts.answered).toBe(inBus.length);
    // From the version before: someone answered it meanwhile.
    const stale = await send('PUT', `${base}/${bus.id}/disposition`, { version: bus.version, disposition: 'accepted' });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error).toMatchObject({ code: 'conflict', reason: 'stale', theme: { id: bus.id, version: answered.version } });
    const bad = await send('PUT', `${base}/${bus.id}/disposition`, { version: answered.version, disposition: 'maybe' });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.details[0].path).toBe('/disposition');
    const cleared = await send('PUT', `${base}/${bus.id}/disposition`, { version: answered.version, disposition: null, note: 'ignored' });
    expect(cleared.statusCode).toBe(200);
    current = json(cleared);
    expect(current.themes.find((theme) => theme.id === bus.id)!.disposition).toBeNull();
    const row = await t.ctx.db.selectFrom('public_comment_themes').select(['disposition_note', 'disposed_by', 'changed_keys']).where('id', '=', bus.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ disposition_note: null, disposed_by: null, changed_keys: [] });
    const audit = await t.ctx.db.selectFrom('audit_events').select(['before', 'after']).where('action', '=', 'public_comment_theme.disposed').where('entity_id', '=', bus.id).orderBy('created_at').execute();
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ before: { disposition: null }, after: { disposition: 'partly', changed_keys: ['P1'], window_id: windowId } });
    expect(audit[1]).toMatchObject({ before: { disposition: 'partly' }, after: { disposition: null } });
    expect((await send('PUT', `${base}/00000000-0000-4000-8000-000000000000/disposition`, { version: 1, disposition: 'accepted' })).statusCode).toBe(404);
  });

  it('asks before finding again over the team’s edits and answers (409 reason edited)', async () => {
    const res = await send('POST', `${base}/find`, { version: current.version });
    expect(res.statusCode).toBe(409);
    expect(json(res).error.reason).toBe('edited');
  });

  it('moves a comment to another theme and to "not sorted"; a hidden comment is named by its place', async () => {
    const [bus, read] = [themeWith(current, 'bus'), themeWith(current, 'read')];
    const moving = bus.comments.at(-1)!.id;
    const res = await send('POST', `${base}/move`, { version: current.version, comment_ids: [moving], theme_id: read.id });
    expect(res.statusCode).toBe(200);
    const after = json<Themes>(res);
    expect(after.themes.find((theme) => theme.id === bus.id)!.count).toBe(bus.count - 1);
    expect(after.themes.find((theme) => theme.id === read.id)!.comments.at(-1)!.id).toBe(moving);
    const out = await send('POST', `${base}/move`, { version: after.version, comment_ids: [moving], theme_id: null });
    current = json(out);
    expect(current.unsorted.map((comment) => comment.id)).toContain(moving);
    expect((await send('POST', `${base}/move`, { version: after.version, comment_ids: [moving], theme_id: read.id })).statusCode).toBe(409);
    const hidden = await send('POST', `${base}/move`, { version: current.version, comment_ids: [moving, hiddenId], theme_id: read.id });
    expect(hidden.statusCode).toBe(400);
    expect(json(hidden).error.details[0]).toMatchObject({ path: '/comment_ids/1', code: 'does_not_exist' });
  });

  it('merges two themes into one holding all their comments', async () => {
    const [a, b] = [themeWith(current, 'read'), themeWith(current, 'teacher')];
    const stale = await send('POST', `${base}/merge`, { version: current.version - 1, theme_ids: [a.id, b.id] });
    expect(stale.statusCode).toBe(409);
    const res = await send('POST', `${base}/merge`, { version: current.version, theme_ids: [a.id, b.id], label: 'Reading and teachers' });
    expect(res.statusCode).toBe(200);
    const merged = json<Themes>(res);
    expect(merged.themes).toHaveLength(current.themes.length - 1);
    expect(merged.themes.find((theme) => theme.label === 'Reading and teachers')!.count).toBe(a.count + b.count);
    current = merged;
  });

  it('splits a theme in two, keeping every comment', async () => {
    const largest = [...current.themes].sort((x, y) => y.count - x.count)[0]!;
    const res = await send('POST', `${base}/${largest.id}/split`, { version: current.version });
    expect(res.statusCode, res.body).toBe(200);
    const split = json<Themes>(res);
    expect(split.themes).toHaveLength(current.themes.length + 1);
    expect(allIds(split)).toHaveLength(30);
    current = split;
  });

  it('shows a comment that came in after the themes were found as new', async () => {
    await insertComments(['Bus routes again: the bus is too long'], () => 'pending');
    const now = json<Themes>(await get(base));
    expect(now.comments).toBe(31);
    expect(now.new_comments.map((comment) => comment.text)).toEqual(['Bus routes again: the bus is too long']);
  });
});

describe('who may see and change a window’s themes', () => {
  it('lets a viewer read them but not change them or answer them (403)', async () => {
    const theme = current.themes[0]!;
    expect((await get(base, viewer)).statusCode).toBe(200);
    expect((await send('PATCH', `${base}/${theme.id}`, { version: theme.version, label: 'Mine' }, viewer)).statusCode).toBe(403);
    expect((await send('PUT', `${base}/${theme.id}/disposition`, { version: theme.version, disposition: 'accepted' }, viewer)).statusCode).toBe(403);
    expect((await send('POST', `${base}/find`, { version: current.version }, viewer)).statusCode).toBe(403);
  });

  it('answers 404 to another district, and to a window of another plan', async () => {
    const theme = current.themes[0]!;
    expect((await get(base, otherAdmin)).statusCode).toBe(404);
    expect((await send('POST', `${base}/find`, { version: 0 }, otherAdmin)).statusCode).toBe(404);
    expect((await send('PUT', `${base}/${theme.id}/disposition`, { version: theme.version, disposition: 'accepted' }, otherAdmin)).statusCode).toBe(404);
    const otherPlan = (await importPlan({ db: t.ctx.db, actor: cliActor, organizationId: districtId, input: everyFieldPlan })).id;
    expect((await get(`/api/plans/${otherPlan}/public-comment/windows/${windowId}/themes`, planner)).statusCode).toBe(404);
  });
});
