import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../core/engagement/opinion-groups/index.js';
import { projectRoot } from '../../config.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { multipartFiles, sampleConversation } from '../../testing/conversation-test-kit.js';

const polisDirectory = path.resolve(projectRoot, '..', 'shared', 'data', 'polis');
const hasPolis = existsSync(path.join(polisDirectory, '15-per-hour-seattle', 'votes.csv'));
if (!hasPolis) console.warn(`Skipping the real Polis conversations test: ${polisDirectory} is absent (../shared/data beside the checkout).`);

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization()).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
});
afterAll(() => t?.close());

/** What the export holds, counted from the files themselves (not by the importer's own reader). */
function expectedOf(name: string) {
  const read = (file: string) => readFileSync(path.join(polisDirectory, name, file), 'utf8');
  const comments = parse(read('comments.csv'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const votes = parse(read('votes.csv'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const participants = new Set([...votes.map((v) => v['voter-id']!), ...comments.map((c) => c['author-id']!).filter(Boolean)]);
  const groups = (parse(read('participants-votes.csv'), { columns: true, skip_empty_lines: true, relax_column_count: true }) as Array<Record<string, string>>).filter((row) => row['group-id'] !== '');
  return {
    files: { 'comments.csv': read('comments.csv'), 'votes.csv': read('votes.csv') },
    counts: {
      statements: comments.length,
      hidden: comments.filter((c) => c.moderated === '-1').length,
      participants: participants.size,
      votes: new Set(votes.map((v) => `${v['comment-id']}|${v['voter-id']}`)).size,
    },
    polisGroups: new Map(groups.map((row) => [row.participant!, row['group-id']!])),
  };
}

async function importConversation(name: string) {
  const expected = expectedOf(name);
  const created = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/conversations`, headers: planner.auth, payload: sampleConversation() }));
  const { payload, headers } = multipartFiles(expected.files);
  const res = await t.app.inject({ method: 'POST', url: `/api/conversations/${created.id}/import`, headers: { ...planner.auth, ...headers }, payload });
  return { id: created.id as string, res, expected };
}

/** The adjusted Rand index of our groups against the group-id Polis published, over participants both clustered. */
function agreementWithPolis(groups: Array<{ id: number; participants: string[] }>, polisGroups: ReadonlyMap<string, string>) {
  const ours = new Map(groups.flatMap((group) => group.participants.map((participant) => [participant, group.id] as const)));
  const both = [...ours.keys()].filter((participant) => polisGroups.has(participant));
  return { ari: adjustedRandIndex(both.map((p) => ours.get(p)!), both.map((p) => polisGroups.get(p)!)), compared: both.length };
}

describe.skipIf(!hasPolis)('real Polis conversations, imported and mapped through the API', () => {
  it('15-per-hour-seattle: every comment, participant and latest vote of the export, and groups close to Polis’s own', async () => {
    const { id, res, expected } = await importConversation('15-per-hour-seattle');
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res)).toEqual(expected.counts);
    const stored = await t.ctx.db
      .selectFrom('conversations as c')
      .select((eb) => [
        eb.selectFrom('conversation_statements').whereRef('conversation_id', '=', 'c.id').select((e) => e.fn.countAll<string>().as('n')).as('statements'),
        eb.selectFrom('conversation_participants').whereRef('conversation_id', '=', 'c.id').select((e) => e.fn.countAll<string>().as('n')).as('participants'),
        eb.selectFrom('conversation_votes').whereRef('conversation_id', '=', 'c.id').select((e) => e.fn.countAll<string>().as('n')).as('votes'),
      ])
      .where('c.id', '=', id)
      .executeTakeFirstOrThrow();
    expect({ statements: Number(stored.statements), participants: Number(stored.participants), votes: Number(stored.votes) }).toEqual({
      statements: expected.counts.statements,
      participants: expected.counts.participants,
      votes: expected.counts.votes,
    });

    const groups = await t.app.inject({ method: 'GET', url: `/api/conversations/${id}/opinion-groups`, headers: planner.auth });
    expect(groups.statusCode, groups.body).toBe(200);
    const body = json(groups);
    expect(body.groups.length).toBeGreaterThanOrEqual(2);
    expect(body.groups.every((g: { representative: unknown[] }) => g.representative.length > 0)).toBe(true);
    // $15 an hour splits its two groups: no statement has both more likely to agree than not, so no
    // common ground is claimed (the two-camps fixture of the citation tests has some).
    expect(body.bridging).toEqual([]);
    const { ari, compared } = agreementWithPolis(body.groups, expected.polisGroups);
    expect(compared).toBeGreaterThan(100);
    // The published method reaches about 0.65-0.85 here (shared/data/README.md); 0.88 when this was written.
    expect(ari).toBeGreaterThan(0.65);
  });

  it('vtaiwan.uberx: about 50,000 votes imported in one transaction and mapped in a worker thread', async () => {
    const { id, res, expected } = await importConversation('vtaiwan.uberx');
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res)).toEqual(expected.counts);
    const groups = await t.app.inject({ method: 'GET', url: `/api/conversations/${id}/opinion-groups`, headers: planner.auth });
    expect(groups.statusCode, groups.body).toBe(200);
    const { ari } = agreementWithPolis(json(groups).groups, expected.polisGroups);
    // 0.72 when this was written; the published method's range is about 0.65-0.85.
    expect(ari).toBeGreaterThan(0.6);
  }, 120_000);
});
