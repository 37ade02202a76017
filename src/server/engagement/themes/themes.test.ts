import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { openSurveyFor, sampleSurvey } from '../../testing/survey-test-kit.js';
import { findThemesAndWait, storeResponses, waitForThemes } from '../../testing/survey-themes-kit.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
type Themes = { status: string; version: number; answers: number; unsorted: number; new_answers: number; starred: number; themes: Array<{ id: string; label: string; words: string[]; count: number; version: number; is_label_edited: boolean; samples: Array<{ response_id: string; text: string; is_starred: boolean }> }> };

const comments = [
  ...['The bus ride is far too long', 'Bus rides of an hour are too long', 'My kids ride the bus for an hour each way', 'Long bus rides every morning', 'The bus stop is too far', 'Bus stops far from home', 'El autobús tarda demasiado', 'Los AUTOBUSES llegan tarde', 'The bus comes too early', 'Longer bus rides hurt sleep'],
  ...['Class sizes are too big', 'Smaller class sizes please', 'Big classes hurt learning', 'Teachers need smaller classes', 'Class size matters most', 'Las clases son muy grandes', 'Too many students per class', 'Class sizes keep growing', 'Huge class sizes', 'Keep class sizes small'],
  ...['Keep friends together', 'My daughter will lose her friends', 'Friends matter to kids', 'Separating friends is hard', 'Los amigos importan mucho', 'Do not split friends up', 'Kids need their friends', 'Friends keep kids happy', 'Friends together please', 'Moving away from friends hurts'],
  ...['N/A', 'ok', '123'],
];

let t: TestApp;
let districtId: string;
let planner: Person;
let viewer: Person;
let contributor: Person;
let otherAdmin: Person;
let survey: { id: string; code: string };
let base: string;
let responseIds: string[];
let current: Themes;

beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization({ name: 'Cedar Schools' })).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  contributor = await t.factories.user({ organizationId: districtId, role: 'contributor' });
  const otherDistrict = await t.factories.organization({ name: 'Elm Schools' });
  otherAdmin = await t.factories.user({ organizationId: otherDistrict.id, role: 'administrator' });
  survey = await openSurveyFor(t, districtId, planner.auth, sampleSurvey());
  base = `/api/surveys/${survey.id}/questions/comment`;
  // Two responses skip the text question: they are no answers to it.
  responseIds = await storeResponses(t, { id: survey.id, organizationId: districtId }, [...comments.map((comment) => ({ role: 'parent', comment })), { role: 'staff' }, { role: 'staff', comment: '   ' }]);
});
afterAll(() => t.close());

const get = (url: string, person: Person = viewer) => t.app.inject({ method: 'GET', url, headers: person.auth });
const send = (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object, person: Person = planner) => t.app.inject({ method, url, headers: person.auth, ...(payload ? { payload } : {}) });
const themeWith = (themes: Themes, word: string) => themes.themes.find((theme) => `${theme.label} ${theme.words.join(' ')}`.toLowerCase().includes(word))!;
const refresh = async () => (current = json<Themes>(await get(`${base}/themes`)));

describe('themes of a text question', () => {
  it('has none before they are found: every answer is new', async () => {
    const res = await get(`${base}/themes`);
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({ status: 'none', version: 0, answers: comments.length, new_answers: comments.length, unsorted: 0, themes: [] });
  });

  it('finds them in a worker thread (200 when done soon, else 202 and poll): bus, class size and friends, the wordless answers not sorted', async () => {
    const started = await send('POST', `${base}/themes/find`, { version: 0 });
    expect(started.statusCode === 200 ? 'done' : started.statusCode === 202 ? 'running' : started.statusCode).toBe(json(started).status);
    const found: Themes = (current = await waitForThemes(t, base, planner.auth));
    expect(found.status).toBe('done');
    expect(found.themes.length).toBeGreaterThanOrEqual(3);
    expect(found.themes.reduce((sum, theme) => sum + theme.count, 0) + found.unsorted).toBe(comments.length);
    expect(found.unsorted).toBeGreaterThanOrEqual(3);
    expect(found.new_answers).toBe(0);
    for (const word of ['bus', 'class', 'friend']) expect(themeWith(found, word), word).toBeDefined();
    const bus = themeWith(found, 'bus');
    expect(bus.samples.length).toBeLessThanOrEqual(3);
    expect(bus.samples.every((sample) => /bus|autob/i.test(sample.text))).toBe(true);
    const audit = await t.ctx.db.selectFrom('audit_events').select('action').where('organization_id', '=', districtId).where('action', 'like', 'survey_themes.%').execute();
    expect(audit.map((row) => row.action)).toEqual(expect.arrayContaining(['survey_themes.find_started', 'survey_themes.found']));
  });

  it('refuses to find them again from a stale version', async () => {
    const res = await send('POST', `${base}/themes/find`, { version: current.version - 1 });
    expect(res.statusCode).toBe(409);
    expect(json(res).error).toMatchObject({ code: 'conflict', reason: 'stale', version: current.version });
  });

  it('renames a theme (the team\'s label is kept as edited); a stale theme version is 409, an empty label 400', async () => {
    const bus = themeWith(current, 'bus');
    const res = await send('PATCH', `${base}/themes/${bus.id}`, { version: bus.version, label: 'Bus rides' });
    expect(res.statusCode).toBe(200);
    current = json(res);
    expect(current.themes.find((theme) => theme.id === bus.id)).toMatchObject({ label: 'Bus rides', is_label_edited: true, version: bus.version + 1 });
    expect((await send('PATCH', `${base}/themes/${bus.id}`, { version: bus.version, label: 'Buses' })).statusCode).toBe(409);
    const empty = await send('PATCH', `${base}/themes/${bus.id}`, { version: bus.version + 1, label: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(json(empty).error.details[0]).toMatchObject({ path: '/label', code: 'required' });
    const audit = await t.ctx.db.selectFrom('audit_events').select(['before', 'after']).where('action', '=', 'survey_theme.renamed').where('entity_id', '=', bus.id).executeTakeFirstOrThrow();
    expect(audit.after).toEqual({ label: 'Bus rides' });
  });

  it('asks before finding again over the team\'s edits (409 reason edited)', async () => {
    const res = await send('POST', `${base}/themes/find`, { version: current.version });
    expect(res.statusCode).toBe(409);
    expect(json(res).error.reason).toBe('edited');
  });

  it('searches answers whatever the accents, case or plural, with the places of the words found', async () => {
    const res = await get(`${base}/answers?q=autobus`);
    expect(res.statusCode).toBe(200);
    const found = json(res);
    expect(found.answers.map((answer: { text: string }) => answer.text).sort()).toEqual(['El autobús tarda demasiado', 'Los AUTOBUSES llegan tarde']);
    const first = found.answers[0];
    expect(first.highlights.length).toBe(1);
    const [start, end] = first.highlights[0];
    expect(first.text.slice(start, end).toLowerCase()).toMatch(/^autob/);
  });

  it('filters by theme (nearest the centre first) and pages', async () => {
    const friends = themeWith(current, 'friend');
    const page = json(await get(`${base}/answers?theme=${friends.id}&per_page=3&page=2`));
    expect(page).toMatchObject({ total: friends.count, page: 2, per_page: 3 });
    expect(page.answers).toHaveLength(Math.min(3, friends.count - 3));
    expect(page.answers.every((answer: { theme_id: string }) => answer.theme_id === friends.id)).toBe(true);
    const unsorted = json(await get(`${base}/answers?theme=unsorted`));
    expect(unsorted.total).toBe(current.unsorted);
    const wrong = await get(`${base}/answers?theme=buses&per_page=0`);
    expect(wrong.statusCode).toBe(400);
    expect(json(wrong).error.details.map((detail: { path: string }) => detail.path).sort()).toEqual(['query/per_page', 'query/theme']);
  });

  it('stars a quote: it is listed as starred and quoted first in its theme; taking the star away undoes both', async () => {
    const classes = themeWith(current, 'class');
    const members = json(await get(`${base}/answers?theme=${classes.id}&per_page=200`)).answers as Array<{ response_id: string }>;
    const last = members.at(-1)!.response_id;
    const starred = await send('PUT', `${base}/answers/${last}/star`);
    expect(starred.statusCode).toBe(200);
    expect(json(starred)).toEqual({ response_id: last, is_starred: true });
    expect((await send('PUT', `${base}/answers/${last}/star`)).statusCode).toBe(200);
    await refresh();
    expect(current.starred).toBe(1);
    expect(themeWith(current, 'class').samples[0]).toMatchObject({ response_id: last, is_starred: true });
    expect(json(await get(`${base}/answers?starred=true`)).answers.map((answer: { response_id: string }) => answer.response_id)).toEqual([last]);
    const audit = await t.ctx.db.selectFrom('audit_events').select('action').where('entity_id', '=', last).execute();
    expect(audit.map((row) => row.action)).toEqual(['survey_answer.starred']);
    expect(json(await send('DELETE', `${base}/answers/${last}/star`))).toEqual({ response_id: last, is_starred: false });
    await refresh();
    expect(current.starred).toBe(0);
    expect((await send('PUT', `${base}/answers/00000000-0000-4000-8000-000000000000/star`)).statusCode).toBe(404);
    // A response that skipped the question has no answer to star.
    expect((await send('PUT', `${base}/answers/${responseIds.at(-1)}/star`)).statusCode).toBe(404);
  });

  it('moves answers to another theme and to "not sorted", naming a wrong id by its place', async () => {
    const bus = themeWith(current, 'bus');
    const friends = themeWith(current, 'friend');
    const moving = (json(await get(`${base}/answers?theme=${bus.id}&per_page=2`)).answers as Array<{ response_id: string }>).map((answer) => answer.response_id);
    const res = await send('POST', `${base}/answers/move`, { version: current.version, response_ids: moving, theme_id: friends.id });
    expect(res.statusCode).toBe(200);
    const after = json<Themes>(res);
    expect(after.themes.find((theme) => theme.id === bus.id)!.count).toBe(bus.count - 2);
    expect(after.themes.find((theme) => theme.id === friends.id)!.count).toBe(friends.count + 2);
    const out = await send('POST', `${base}/answers/move`, { version: after.version, response_ids: [moving[0]], theme_id: null });
    expect(json(out).unsorted).toBe(after.unsorted + 1);
    current = json(out);
    const stale = await send('POST', `${base}/answers/move`, { version: after.version, response_ids: [moving[1]], theme_id: null });
    expect(stale.statusCode).toBe(409);
    const unknown = await send('POST', `${base}/answers/move`, { version: current.version, response_ids: [moving[1], '00000000-0000-4000-8000-000000000000'], theme_id: null });
    expect(unknown.statusCode).toBe(400);
    expect(json(unknown).error.details[0]).toMatchObject({ path: '/response_ids/1', code: 'does_not_exist' });
    const noTheme = await send('POST', `${base}/answers/move`, { version: current.version, response_ids: [moving[1]], theme_id: '00000000-0000-4000-8000-000000000000' });
    expect(json(noTheme).error.details[0]).toMatchObject({ path: '/theme_id', code: 'does_not_exist' });
    const twice = await send('POST', `${base}/answers/move`, { version: current.version, response_ids: [moving[1], moving[1]], theme_id: null });
    expect(json(twice).error.details[0]).toMatchObject({ path: '/response_ids', code: 'duplicate' });
  });

  it('merges two themes into one holding all their answers, with a suggested label', async () => {
    const [a, b] = [themeWith(current, 'class'), themeWith(current, 'friend')];
    const one = await send('POST', `${base}/themes/merge`, { version: current.version, theme_ids: [a.id] });
    expect(json(one).error.details[0]).toMatchObject({ path: '/theme_ids', code: 'too_few' });
    const unknown = await send('POST', `${base}/themes/merge`, { version: current.version, theme_ids: [a.id, '00000000-0000-4000-8000-000000000000'] });
    expect(json(unknown).error.details[0]).toMatchObject({ path: '/theme_ids/1', code: 'does_not_exist' });
    const res = await send('POST', `${base}/themes/merge`, { version: current.version, theme_ids: [a.id, b.id] });
    expect(res.statusCode).toBe(200);
    const merged = json<Themes>(res);
    expect(merged.themes).toHaveLength(current.themes.length - 1);
    const kept = merged.themes.find((theme) => theme.id === a.id || theme.id === b.id)!;
    expect(kept.count).toBe(a.count + b.count);
    expect(kept.label).not.toBe('');
    expect(kept.is_label_edited).toBe(false);
    expect(merged.version).toBeGreaterThan(current.version);
    current = merged;
    expect((await send('POST', `${base}/themes/merge`, { version: current.version - 1, theme_ids: [current.themes[0]!.id, current.themes[1]!.id] })).statusCode).toBe(409);
  });

  it('splits a theme in two, keeping every answer', async () => {
    const largest = [...current.themes].sort((x, y) => y.count - x.count)[0]!;
    const res = await send('POST', `${base}/themes/${largest.id}/split`, { version: current.version });
    expect(res.statusCode).toBe(200);
    const split = json<Themes>(res);
    expect(split.themes).toHaveLength(current.themes.length + 1);
    const index = split.themes.findIndex((theme) => theme.id === largest.id);
    const [first, second] = [split.themes[index]!, split.themes[index + 1]!];
    expect(first.count + second.count).toBe(largest.count);
    expect(first.count).toBeGreaterThanOrEqual(second.count);
    expect(second.label).not.toBe('');
    current = split;
    expect((await send('POST', `${base}/themes/00000000-0000-4000-8000-000000000000/split`, { version: current.version })).statusCode).toBe(404);
  });

  it('sorts answers that arrived after the themes were found into the nearest theme', async () => {
    await storeResponses(t, { id: survey.id, organizationId: districtId }, [{ comment: 'The bus ride takes forever' }, { comment: 'Thank you' }]);
    await refresh();
    expect(current.new_answers).toBe(2);
    const fresh = json(await get(`${base}/answers?theme=new`)).answers as Array<{ is_new: boolean }>;
    expect(fresh.every((answer) => answer.is_new)).toBe(true);
    const res = await send('POST', `${base}/themes/sort-new`, { version: current.version });
    expect(res.statusCode).toBe(200);
    const sorted = json<Themes>(res);
    expect(sorted.new_answers).toBe(0);
    expect(sorted.unsorted).toBe(current.unsorted + 1);
    const [ride] = json(await get(`${base}/answers?q=forever`)).answers;
    expect(sorted.themes.find((theme) => theme.id === ride.theme_id)!.samples.length).toBeGreaterThan(0);
    expect(/bus/i.test(`${sorted.themes.find((theme) => theme.id === ride.theme_id)!.label} ${sorted.themes.find((theme) => theme.id === ride.theme_id)!.words.join(' ')}`)).toBe(true);
    current = sorted;
  });

  it('finds them again over the team\'s edits when asked to, keeping the stars', async () => {
    const someone = responseIds[0]!;
    await send('PUT', `${base}/answers/${someone}/star`);
    const found = await findThemesAndWait(t, base, planner.auth, { version: current.version, replace_edited: true });
    expect(found.status).toBe('done');
    expect(found.themes.every((theme: { is_label_edited: boolean }) => !theme.is_label_edited)).toBe(true);
    expect(found.starred).toBe(1);
    expect(found.new_answers).toBe(0);
  });
});

describe('who may see and change themes', () => {
  it('lets every district role read them, and only planners and administrators change them', async () => {
    expect((await get(`${base}/themes`, contributor)).statusCode).toBe(200);
    expect((await get(`${base}/answers`, viewer)).statusCode).toBe(200);
    const theme = current.themes[0]!;
    for (const person of [viewer, contributor]) {
      expect((await send('PATCH', `${base}/themes/${theme.id}`, { version: theme.version, label: 'Mine' }, person)).statusCode).toBe(403);
      expect((await send('POST', `${base}/themes/find`, { version: current.version }, person)).statusCode).toBe(403);
      expect((await send('PUT', `${base}/answers/${responseIds[0]}/star`, undefined, person)).statusCode).toBe(403);
    }
  });

  it('answers 404 to another district, and for a question that is not a text question', async () => {
    expect((await get(`${base}/themes`, otherAdmin)).statusCode).toBe(404);
    expect((await get(`${base}/answers?q=bus`, otherAdmin)).statusCode).toBe(404);
    expect((await send('POST', `${base}/themes/find`, { version: 0 }, otherAdmin)).statusCode).toBe(404);
    expect((await get(`/api/surveys/${survey.id}/questions/role/themes`)).statusCode).toBe(404);
    expect((await get(`/api/surveys/${survey.id}/questions/nothing/answers`)).statusCode).toBe(404);
  });
});
