import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { joinAs, multipartFiles, openConversationFor, sampleConversation, vote } from '../../testing/conversation-test-kit.js';
import { opinionGroupsComputations } from './read-opinion-groups.js';

type Person = Awaited<ReturnType<TestApp['factories']['user']>>;
let t: TestApp;
let districtId: string;
let planner: Person;
beforeAll(async () => {
  t = await createTestApp();
  districtId = (await t.factories.organization()).id;
  planner = await t.factories.user({ organizationId: districtId, role: 'planner' });
});
afterAll(() => t.close());

const comments = [
  'timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body',
  '1403054214196,Wed Jun 18 08:16:54 WIB 2014,0,0,2,1,1,"Raise it, but slowly, over five years"',
  '1403054214300,Wed Jun 18 08:16:54 WIB 2014,1,3,1,0,0,"Small businesses need help to pay it"',
  '1403054214400,Wed Jun 18 08:16:54 WIB 2014,2,3,0,0,-1,Buy cheap watches here',
].join('\n');
const votes = [
  'timestamp,datetime,comment-id,voter-id,vote',
  '1403054300000,x,0,0,1',
  '1403054300001,x,0,1,-1',
  '1403054300002,x,0,2,1',
  '1403054300005,x,1,1,1',
  // Voter 1 changed their mind: the later vote counts, whatever the line order.
  '1403054300009,x,0,1,1',
  '1403054300003,x,2,2,-1',
].join('\n');

const importInto = (conversationId: string, files: Record<string, string>) => {
  const { payload, headers } = multipartFiles(files);
  return t.app.inject({ method: 'POST', url: `/api/conversations/${conversationId}/import`, headers: { ...planner.auth, ...headers }, payload });
};
const rowsOf = async (conversationId: string) => ({
  statements: await t.ctx.db.selectFrom('conversation_statements').select(['external_id', 'status', 'text']).where('conversation_id', '=', conversationId).orderBy('external_id').execute(),
  participants: await t.ctx.db.selectFrom('conversation_participants').select('external_id').where('conversation_id', '=', conversationId).orderBy('external_id').execute(),
  votes: await t.ctx.db
    .selectFrom('conversation_votes as v')
    .innerJoin('conversation_statements as s', 's.id', 'v.statement_id')
    .innerJoin('conversation_participants as p', 'p.id', 'v.participant_id')
    .select(['s.external_id as comment', 'p.external_id as voter', 'v.value'])
    .where('v.conversation_id', '=', conversationId)
    .orderBy('s.external_id')
    .orderBy('p.external_id')
    .execute(),
});

describe('importing a Polis export', () => {
  it('keeps Polis’s ids, imports moderated-out comments hidden, keeps each voter’s latest vote, audits, and refuses a second import', async () => {
    const created = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/conversations`, headers: planner.auth, payload: sampleConversation() }));
    const res = await importInto(created.id, { 'comments.csv': comments, 'votes.csv': votes });
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res)).toEqual({ statements: 3, hidden: 1, participants: 4, votes: 5 });
    const rows = await rowsOf(created.id);
    expect(rows.statements).toEqual([
      { external_id: '0', status: 'accepted', text: 'Raise it, but slowly, over five years' },
      { external_id: '1', status: 'accepted', text: 'Small businesses need help to pay it' },
      { external_id: '2', status: 'hidden', text: 'Buy cheap watches here' },
    ]);
    expect(rows.participants.map((p) => p.external_id)).toEqual(['0', '1', '2', '3']);
    expect(rows.votes).toEqual([
      { comment: '0', voter: '0', value: 1 },
      { comment: '0', voter: '1', value: 1 },
      { comment: '0', voter: '2', value: 1 },
      { comment: '1', voter: '1', value: 1 },
      { comment: '2', voter: '2', value: -1 },
    ]);
    const log = await t.ctx.db.selectFrom('conversation_moderation_events').select(['decision', 'note']).where('conversation_id', '=', created.id).execute();
    expect(log).toEqual([{ decision: 'hidden', note: 'Moderated out in Polis before the import' }]);
    const audit = await t.ctx.db.selectFrom('audit_events').select(['action', 'after']).where('entity_id', '=', created.id).where('action', '=', 'conversation.polis_imported').execute();
    expect(audit).toEqual([{ action: 'conversation.polis_imported', after: { statements: 3, hidden: 1, participants: 4, votes: 5 } }]);

    const again = await importInto(created.id, { comments, votes });
    expect(again.statusCode).toBe(409);
    expect((await rowsOf(created.id)).votes).toHaveLength(5);
  });

  it('refuses a bad row with 400 naming the file, line and column, and stores nothing', async () => {
    const created = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/conversations`, headers: planner.auth, payload: sampleConversation() }));
    const badVotes = `${votes}\n1403054300010,x,0,4,2\n1403054300011,x,9,4,1`;
    const res = await importInto(created.id, { comments, votes: badVotes });
    expect(res.statusCode).toBe(400);
    expect(json(res).error.details.map((d: { path: string; code: string }) => `${d.path} ${d.code}`)).toEqual(['/votes.csv/8/vote invalid_choice', '/votes.csv/9/comment-id does_not_exist']);
    // A comment spanning two lines: the next row's line is still the file's.
    const multiline = `${comments}\n1403054214500,x,3,3,0,0,1,"Two\nlines"\n1403054214600,x,4,3,0,0,7,Bad moderation`;
    expect(json(await importInto(created.id, { comments: multiline, votes })).error.details.map((d: { path: string }) => d.path)).toEqual(['/comments.csv/7/moderated']);
    expect(json(await importInto(created.id, { comments: 'timestamp,comment-id\n1,2', votes })).error.details.map((d: { path: string }) => d.path)).toEqual([
      '/comments.csv/1/author-id',
      '/comments.csv/1/moderated',
      '/comments.csv/1/comment-body',
    ]);
    expect(json(await importInto(created.id, { comments: `${comments}\n1,x,"9,1,0,0,0,unclosed`, votes })).error.details[0].path).toMatch(/^\/comments\.csv\/\d+$/);
    expect(json(await importInto(created.id, { comments })).error.details).toEqual([expect.objectContaining({ path: '/votes.csv', code: 'file_required' })]);
    const notMultipart = await t.app.inject({ method: 'POST', url: `/api/conversations/${created.id}/import`, headers: planner.auth, payload: { comments } });
    expect(notMultipart.statusCode).toBe(400);
    expect(json(notMultipart).error.details).toEqual([expect.objectContaining({ path: '', code: 'file_required' })]);
    const rows = await rowsOf(created.id);
    expect(rows).toEqual({ statements: [], participants: [], votes: [] });
  });

  it('refuses a rate-mode conversation', async () => {
    const created = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/conversations`, headers: planner.auth, payload: sampleConversation({ mode: 'rate' }) }));
    expect((await importInto(created.id, { comments, votes })).statusCode).toBe(409);
  });
});

describe('opinion groups', () => {
  it('are computed once per change of the votes, and name imported participants by their Polis ids', async () => {
    const { id, code } = await openConversationFor(t, districtId, planner.auth);
    expect((await importInto(id, { comments, votes })).statusCode).toBe(200);
    const url = `/api/conversations/${id}/opinion-groups`;
    const before = opinionGroupsComputations();
    const first = await t.app.inject({ method: 'GET', url, headers: planner.auth });
    expect(first.statusCode, first.body).toBe(200);
    const groups = json(first);
    expect(groups.participants).toBe(3);
    expect(groups.groups.flatMap((g: { participants: string[] }) => g.participants).sort()).toEqual(expect.arrayContaining(['0', '1', '2']));
    // Every participant has a place on the map, named as in the groups, with the group it is drawn in.
    expect(groups.places.map((p: { participant: string }) => p.participant).sort()).toEqual(['0', '1', '2']);
    for (const place of groups.places) {
      expect(Number.isFinite(place.x) && Number.isFinite(place.y)).toBe(true);
      const group = groups.groups.find((g: { participants: string[] }) => g.participants.includes(place.participant));
      expect(place.group).toBe(group ? group.id : null);
    }
    // The hidden comment is in no list.
    expect(JSON.stringify(groups)).not.toContain('cheap watches');
    // Three people make one opinion group: there is nothing to bridge.
    expect(groups.groups).toHaveLength(1);
    expect(groups.bridging).toEqual([]);
    expect(json(await t.app.inject({ method: 'GET', url, headers: planner.auth }))).toEqual(groups);
    expect(opinionGroupsComputations()).toBe(before + 1);

    const [statement] = await t.ctx.db.selectFrom('conversation_statements').select('id').where('conversation_id', '=', id).where('external_id', '=', '1').execute();
    const participant = await joinAs(t, code);
    expect((await vote(t, code, participant, statement!.id, -1)).statusCode).toBe(201);
    const after = json(await t.app.inject({ method: 'GET', url, headers: planner.auth }));
    expect(after.participants).toBe(4);
    expect(opinionGroupsComputations()).toBe(before + 2);
  });

  it('are empty before any vote, and for vote mode only (409 for rate mode)', async () => {
    const { id } = await openConversationFor(t, districtId, planner.auth);
    const empty = await t.app.inject({ method: 'GET', url: `/api/conversations/${id}/opinion-groups`, headers: planner.auth });
    expect(empty.statusCode, empty.body).toBe(200);
    expect(json(empty)).toEqual({ groups: [], consensus: [], bridging: [], participants: 0, clustered: 0, places: [] });
    const created = json(await t.app.inject({ method: 'POST', url: `/api/districts/${districtId}/conversations`, headers: planner.auth, payload: sampleConversation({ mode: 'rate' }) }));
    expect((await t.app.inject({ method: 'GET', url: `/api/conversations/${created.id}/opinion-groups`, headers: planner.auth })).statusCode).toBe(409);
  });
});
