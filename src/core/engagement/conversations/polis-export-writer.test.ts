import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readPolisComments, readPolisVotes, type CsvRow, type PolisComment, type PolisVote } from './polis-export.js';
import { comparePolisIds, exportIdsOf, polisDatetime, writePolisComments, writePolisParticipantsVotes, writePolisVotes } from './polis-export-writer.js';

const rowsOf = (text: string): CsvRow[] => (parse(text, { relax_column_count: true }) as string[][]).map((fields, at) => ({ line: at + 1, fields }));

const comments: PolisComment[] = [
  { id: '10', authorId: '3', timestamp: 1403054214196, moderated: 1, text: 'Buses, "on time", please\nand often' },
  { id: '2', authorId: null, timestamp: 1403054214100, moderated: -1, text: 'Spam' },
  { id: '7', authorId: '3', timestamp: 1403054214300, moderated: 0, text: '-1 is a number, =SUM is not a formula here' },
];
const votes: PolisVote[] = [
  { commentId: '10', voterId: '3', timestamp: 1403054214196, vote: 1 },
  { commentId: '10', voterId: '12', timestamp: 1403054215000, vote: -1 },
  { commentId: '2', voterId: '12', timestamp: 1403054216000, vote: 0 },
  { commentId: '7', voterId: '4', timestamp: 1403054217000, vote: 1 },
];

describe('writing a Polis export', () => {
  it('reads back through the Polis reader as the same comments and votes', () => {
    const readComments = readPolisComments(rowsOf(writePolisComments(comments, votes)));
    expect(readComments).toEqual({ ok: true, rows: [...comments].sort((a, b) => comparePolisIds(a.id, b.id)) });
    const readVotes = readPolisVotes(rowsOf(writePolisVotes(votes)), new Set(comments.map((c) => c.id)));
    expect(readVotes.ok && [...readVotes.rows].sort((a, b) => a.timestamp - b.timestamp)).toEqual(votes);
  });

  it('writes Polis’s headers, counts and datetimes', () => {
    const lines = writePolisComments(comments, votes).split('\n');
    expect(lines[0]).toBe('timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body');
    expect(lines[1]).toBe('1403054214100,Wed Jun 18 01:16:54 UTC 2014,2,,0,0,-1,Spam');
    expect(lines[3]).toBe('1403054214196,Wed Jun 18 01:16:54 UTC 2014,10,3,1,1,1,"Buses, ""on time"", please');
    expect(writePolisVotes(votes).split('\n')[0]).toBe('timestamp,datetime,comment-id,voter-id,vote');
    expect(polisDatetime(Date.UTC(2026, 0, 5, 9, 3, 7))).toBe('Mon Jan 05 09:03:07 UTC 2026');
  });

  it('writes one row per participant with group, counts and a column per comment by id', () => {
    const text = writePolisParticipantsVotes({ comments, votes, groupOf: new Map([['3', 0], ['12', 1], ['4', null]]) });
    expect(text.trim().split('\n')).toEqual([
      'participant,group-id,n-comments,n-votes,n-agree,n-disagree,2,7,10',
      '3,0,2,1,1,0,,,1',
      '4,,0,1,1,0,,1,',
      '12,1,0,2,0,1,0,,-1',
    ]);
  });

  it('orders Polis ids as numbers, others after them', () => {
    expect(['b', '10', '9', 'a'].sort(comparePolisIds)).toEqual(['9', '10', 'a', 'b']);
  });
});

describe('exportIdsOf', () => {
  it('keeps Polis ids and numbers the rest on from the largest', () => {
    const ids = exportIdsOf([
      { id: 'a', external_id: '4' },
      { id: 'b', external_id: null },
      { id: 'c', external_id: '0' },
      { id: 'd', external_id: null },
    ]);
    expect([...ids]).toEqual([['a', '4'], ['b', '5'], ['c', '0'], ['d', '6']]);
    expect([...exportIdsOf([{ id: 'x', external_id: null }, { id: 'y', external_id: null }]).values()]).toEqual(['0', '1']);
  });
});
