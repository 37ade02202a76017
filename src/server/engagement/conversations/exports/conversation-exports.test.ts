import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPolisComments, readPolisVotes, type CsvRow } from '../../../../core/engagement/conversations/polis-export.js';
import { projectRoot } from '../../../config.js';
import { addSeed, joinAs, multipartFiles, openConversationFor, sampleConversation, vote } from '../../../testing/conversation-test-kit.js';
import { createTestApp, json, type TestApp } from '../../../testing/test-app.js';

const polisDirectory = path.resolve(projectRoot, '..', 'shared', 'data', 'polis');
const hasPolis = existsSync(path.join(polisDirectory, '15-per-hour-seattle', 'votes.csv'));
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
let viewer: Person;
let otherPlanner: Person;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization()).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
  viewer = await t.factories.user({ organizationId: districtId, role: 'viewer' });
  otherPlanner = await t.factories.user({ organizationId: (await t.factories.organization()).id, role: 'planner' });
});
afterAll(() => t?.close());

const download = (who: Person | null, conversationId: string, file: string) => t.app.inject({ method: 'GET', url: `/api/conversations/${conversationId}/export/${file}`, headers: who?.auth ?? {} });
const rowsOf = (text: string): CsvRow[] => (parse(text, { relax_column_count: true }) as string[][]).map((fields, at) => ({ line: at + 1, fields }));
const table = (text: string) => parse(text, { relax_column_count: true }) as string[][];

describe('exporting a vote-mode conversation in Polis’s layout', () => {
  let id: string;
  beforeAll(async () => {
    const opened = await openConversationFor(t, districtId, planner.auth);
    id = opened.id;
    const money = await addSeed(t, id, planner.auth, 'Every graduate can manage money');
    const languages = await addSeed(t, id, planner.auth, 'Every graduate speaks two languages, "at least"');
    const spam = await addSeed(t, id, planner.auth, 'Buy cheap watches');
    for (const [at, value] of [1, 1, -1].entries()) {
      const participant = await joinAs(t, opened.code, { address: `10.9.0.${at}` });
      expect((await vote(t, opened.code, participant, money, value)).statusCode).toBeLessThan(300);
      expect((await vote(t, opened.code, participant, languages, at === 2 ? 0 : 1)).statusCode).toBeLessThan(300);
    }
    const hidden = await t.app.inject({ method: 'POST', url: `/api/conversations/${id}/statements/${spam}/moderation`, headers: planner.auth, payload: { decision: 'hide', reason: 'off_topic' } });
    expect(hidden.statusCode, hidden.body).toBe(200);
  });

  it('writes comments.csv with Polis’s columns, numbered ids, counts, and hidden statements moderated -1', async () => {
    const res = await download(viewer, id, 'comments.csv');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('attachment');
    const rows = table(res.body);
    expect(rows[0]).toEqual(['timestamp', 'datetime', 'comment-id', 'author-id', 'agrees', 'disagrees', 'moderated', 'comment-body']);
    expect(rows.slice(1).map((row) => row.slice(2))).toEqual([
      ['0', '', '2', '1', '0', 'Every graduate can manage money'],
      ['1', '', '2', '0', '0', 'Every graduate speaks two languages, "at least"'],
      ['2', '', '0', '0', '-1', 'Buy cheap watches'],
    ]);
    expect(res.body).not.toMatch(UUID);
  });

  it('writes votes.csv and participants-votes.csv that read back through the Polis import', async () => {
    const [comments, votes, people] = await Promise.all(['comments.csv', 'votes.csv', 'participants-votes.csv'].map((file) => download(planner, id, file)));
    const readComments = readPolisComments(rowsOf(comments!.body));
    expect(readComments.ok).toBe(true);
    const readVotes = readPolisVotes(rowsOf(votes!.body), new Set(readComments.ok ? readComments.rows.map((c) => c.id) : []));
    // Participants who joined on the same day are numbered in a fixed but arbitrary order: compare each one's votes.
    const byVoter = new Map<string, string[]>();
    for (const v of readVotes.ok ? readVotes.rows : []) byVoter.set(v.voterId, [...(byVoter.get(v.voterId) ?? []), `${v.commentId}:${v.vote}`].sort());
    expect([...byVoter.keys()].sort()).toEqual(['0', '1', '2']);
    expect([...byVoter.values()].map((list) => list.join(' ')).sort()).toEqual(['0:-1 1:0', '0:1 1:1', '0:1 1:1']);
    const rows = table(people!.body);
    expect(rows[0]).toEqual(['participant', 'group-id', 'n-comments', 'n-votes', 'n-agree', 'n-disagree', '0', '1', '2']);
    expect(rows.slice(1).map((row) => row[0])).toEqual(['0', '1', '2']);
    expect(rows.slice(1).map((row) => row.slice(2).join(' ')).sort()).toEqual(['0 2 0 1 -1 0 ', '0 2 2 0 1 1 ', '0 2 2 0 1 1 ']);
    for (const row of rows.slice(1)) expect(byVoter.get(row[0]!)).toEqual([`0:${row[6]}`, `1:${row[7]}`]);
    expect(people!.body + votes!.body).not.toMatch(UUID);
  });

  it('is the district team’s only, and refuses the other mode’s files', async () => {
    expect((await download(null, id, 'votes.csv')).statusCode).toBe(401);
    expect((await download(otherPlanner, id, 'votes.csv')).statusCode).toBe(404);
    expect((await download(planner, id, 'ideas.csv')).statusCode).toBe(409);
  });
});

describe('exporting a rate-mode conversation', () => {
  it('writes ideas.csv ranked by Bayesian average with counts, and ratings.csv by participant number and day', async () => {
    const opened = await openConversationFor(t, districtId, planner.auth, sampleConversation({ mode: 'rate' }));
    const buses = await addSeed(t, opened.id, planner.auth, '=More buses');
    const lunch = await addSeed(t, opened.id, planner.auth, 'Longer lunch', 'es');
    await addSeed(t, opened.id, planner.auth, 'Nobody rated this');
    for (const [at, stars] of [5, 4, 4].entries()) {
      const participant = await joinAs(t, opened.code, { address: `10.9.1.${at}` });
      expect((await vote(t, opened.code, participant, buses, stars)).statusCode).toBeLessThan(300);
      if (at === 0) expect((await vote(t, opened.code, participant, lunch, 5)).statusCode).toBeLessThan(300);
    }
    const ideas = table((await download(viewer, opened.id, 'ideas.csv')).body);
    expect(ideas[0]).toEqual(['idea-id', 'text', 'language', 'seed', 'status', 'mean', 'bayesian-average', 'ratings']);
    // Prior: mean 4.5 over 4 ratings, weight 2 (the median of 3 and 1): buses (4.5 * 2 + 13) / 5 = 4.4, lunch (9 + 5) / 3 = 4.667.
    expect(ideas.slice(1)).toEqual([
      ['1', 'Longer lunch', 'es', 'yes', 'accepted', '5', '4.667', '1'],
      ['0', "'=More buses", 'en', 'yes', 'accepted', '4.333', '4.4', '3'],
      ['2', 'Nobody rated this', 'en', 'yes', 'accepted', '', '', '0'],
    ]);
    const today = new Date().toISOString().slice(0, 10);
    const ratings = table((await download(planner, opened.id, 'ratings.csv')).body);
    expect(ratings[0]).toEqual(['idea-id', 'participant', 'rating', 'day']);
    expect(ratings.slice(1).map(([idea, , stars, day]) => `${idea} ${stars} ${day}`).sort()).toEqual([`0 4 ${today}`, `0 4 ${today}`, `0 5 ${today}`, `1 5 ${today}`]);
    expect(new Set(ratings.slice(1).map((row) => row[1]))).toEqual(new Set(['0', '1', '2']));
    // The one who rated both ideas rated the buses 5.
    const both = ratings.find((row) => row[0] === '1')![1];
    expect(ratings.find((row) => row[0] === '0' && row[1] === both)![2]).toBe('5');
    expect((await download(planner, opened.id, 'votes.csv')).statusCode).toBe(409);
  });
});

describe.skipIf(!hasPolis)('a real Polis conversation, imported and exported again', () => {
  it('gives back Polis’s comments, moderation and votes under Polis’s ids, with its header, and the opinion groups as group-id', async () => {
    const read = (file: string) => readFileSync(path.join(polisDirectory, '15-per-hour-seattle', file), 'utf8');
    const created = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/conversations`, headers: planner.auth, payload: sampleConversation() }));
    const { payload, headers } = multipartFiles({ 'comments.csv': read('comments.csv'), 'votes.csv': read('votes.csv') });
    expect((await t.app.inject({ method: 'POST', url: `/api/conversations/${created.id}/import`, headers: { ...planner.auth, ...headers }, payload })).statusCode).toBe(200);

    const original = readPolisComments(rowsOf(read('comments.csv')));
    const exported = readPolisComments(rowsOf((await download(planner, created.id, 'comments.csv')).body));
    if (!original.ok || !exported.ok) throw new Error('a comments file did not read');
    const comparable = (rows: typeof original.rows) => rows.map((c) => ({ id: c.id, authorId: c.authorId, text: c.text, isHidden: c.moderated === -1 })).sort((a, b) => Number(a.id) - Number(b.id));
    expect(comparable(exported.rows)).toEqual(comparable(original.rows));

    const ids = new Set(original.rows.map((c) => c.id));
    const originalVotes = readPolisVotes(rowsOf(read('votes.csv')), ids);
    const exportedVotes = readPolisVotes(rowsOf((await download(planner, created.id, 'votes.csv')).body), ids);
    const keyed = (check: typeof originalVotes) => (check.ok ? check.rows.map((v) => `${v.commentId}:${v.voterId}:${v.vote}`).sort() : ['not read']);
    expect(keyed(exportedVotes)).toEqual(keyed(originalVotes));

    const people = table((await download(planner, created.id, 'participants-votes.csv')).body);
    expect(people[0]).toEqual(table(read('participants-votes.csv'))[0]);
    const groups = json(await t.app.inject({ method: 'GET', url: `/api/conversations/${created.id}/opinion-groups`, headers: planner.auth })).groups as Array<{ id: number; participants: string[] }>;
    const groupOf = new Map(groups.flatMap((group) => group.participants.map((p) => [p, String(group.id)] as const)));
    expect(groupOf.size).toBeGreaterThan(100);
    for (const row of people.slice(1)) expect(row[1], `participant ${row[0]}`).toBe(groupOf.get(row[0]!) ?? '');
  }, 60_000);
});
