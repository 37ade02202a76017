import { describe, expect, it } from 'vitest';
import { readPolisComments, readPolisVotes, type CsvRow } from './polis-export.js';

const rowsOf = (lines: string[][]): CsvRow[] => lines.map((fields, index) => ({ line: index + 1, fields }));
const commentHeader = ['timestamp', 'datetime', 'comment-id', 'author-id', 'agrees', 'disagrees', 'moderated', 'comment-body'];
const voteHeader = ['timestamp', 'datetime', 'comment-id', 'voter-id', 'vote'];

describe('readPolisComments', () => {
  it('keeps Polis’s ids, authors, times and moderation', () => {
    const read = readPolisComments(rowsOf([commentHeader, ['1403054214196', 'Wed', '0', '12', '3', '1', '1', ' More buses '], ['1403054214200', 'Wed', '7', '', '0', '0', '-1', 'Spam']]));
    expect(read).toEqual({
      ok: true,
      rows: [
        { id: '0', authorId: '12', timestamp: 1403054214196, moderated: 1, text: 'More buses' },
        { id: '7', authorId: null, timestamp: 1403054214200, moderated: -1, text: 'Spam' },
      ],
    });
  });

  it('names the file, line and column of every bad cell, and a missing column on the header line', () => {
    const read = readPolisComments(rowsOf([commentHeader, ['x', '', '0', '1', '', '', '2', 'ok'], ['1', '', '0', '1', '', '', '0', ''], ['1', '', 'a b', '1', '', '', '0', 'a\u0000']]));
    expect(read.ok ? [] : read.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      '/comments.csv/2/timestamp invalid_format',
      '/comments.csv/2/moderated invalid_choice',
      '/comments.csv/3/comment-body required',
      '/comments.csv/4/comment-id invalid_format',
      '/comments.csv/4/comment-body invalid_characters',
    ]);
    const noBody = readPolisComments(rowsOf([commentHeader.slice(0, 7)]));
    expect(noBody.ok ? [] : noBody.problems.map((p) => p.path)).toEqual(['/comments.csv/1/comment-body']);
    const duplicate = readPolisComments(rowsOf([commentHeader, ['1', '', '5', '1', '', '', '0', 'a'], ['2', '', '5', '1', '', '', '0', 'b']]));
    expect(duplicate.ok ? [] : duplicate.problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/comments.csv/3/comment-id duplicate']);
    expect(readPolisComments([]).ok).toBe(false);
  });
});

describe('readPolisVotes', () => {
  it('keeps each participant’s latest vote on a comment by timestamp, the later line on a tie', () => {
    const read = readPolisVotes(
      rowsOf([voteHeader, ['200', '', '0', '9', '-1'], ['100', '', '0', '9', '1'], ['300', '', '1', '9', '0'], ['300', '', '1', '9', '1'], ['50', '', '0', '4', '1']]),
      new Set(['0', '1']),
    );
    expect(read).toEqual({
      ok: true,
      rows: [
        { commentId: '0', voterId: '9', timestamp: 200, vote: -1 },
        { commentId: '1', voterId: '9', timestamp: 300, vote: 1 },
        { commentId: '0', voterId: '4', timestamp: 50, vote: 1 },
      ],
    });
  });

  it('refuses a vote on a comment the comments file lacks, and a vote that is not -1, 0 or 1', () => {
    const read = readPolisVotes(rowsOf([voteHeader, ['1', '', '3', '9', '1'], ['1', '', '0', '9', '2']]), new Set(['0']));
    expect(read.ok ? [] : read.problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/votes.csv/2/comment-id does_not_exist', '/votes.csv/3/vote invalid_choice']);
  });
});
