import { isStorableText, unstorableTextMessage } from '../../platform/storable-text.js';
import { problem, type SurveyProblem } from '../survey-problems.js';

/**
 * Polis's export files as a district downloads them (`comments.csv`, `votes.csv`), checked row by
 * row so that a conversation run in Polis can be brought in whole: Polis's comment and voter ids
 * are kept as they are, the votes in its public coding (agree 1, disagree -1, pass 0). Every
 * problem names the file, the line (as a spreadsheet numbers it, the header being line 1) and the
 * column: "/votes.csv/57/vote".
 */
export interface CsvRow {
  /** The line the row starts on. */
  line: number;
  fields: string[];
}

export interface PolisComment {
  id: string;
  authorId: string | null;
  /** Milliseconds since 1970, as Polis writes them. */
  timestamp: number;
  /** -1 moderated out, 0 not moderated, 1 accepted. */
  moderated: -1 | 0 | 1;
  text: string;
}

export interface PolisVote {
  commentId: string;
  voterId: string;
  timestamp: number;
  vote: -1 | 0 | 1;
}

export type PolisCheck<T> = { ok: true; rows: T[] } | { ok: false; problems: SurveyProblem[] };

export const COMMENTS_FILE = 'comments.csv';
export const VOTES_FILE = 'votes.csv';
const COMMENT_COLUMNS = ['timestamp', 'comment-id', 'author-id', 'moderated', 'comment-body'] as const;
const VOTE_COLUMNS = ['timestamp', 'comment-id', 'voter-id', 'vote'] as const;
/** Polis caps comments far below this; a longer one is not a Polis export. */
export const IMPORTED_COMMENT_MAX_LENGTH = 2000;
/** Enough to fix a file from; a broken file would otherwise answer with thousands. */
const MAX_PROBLEMS = 50;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const TIMESTAMP = /^\d{1,15}$/;

/** The comments of a Polis export; [] rows (a header only) is a conversation with no comments yet. */
export function readPolisComments(rows: readonly CsvRow[]): PolisCheck<PolisComment> {
  const at = columnsOf(rows, COMMENTS_FILE, COMMENT_COLUMNS);
  if ('problems' in at) return { ok: false, problems: at.problems };
  const problems: SurveyProblem[] = [];
  const seen = new Set<string>();
  const comments: PolisComment[] = [];
  for (const row of rows.slice(1)) {
    const cell = (column: (typeof COMMENT_COLUMNS)[number]) => row.fields[at.index[column]] ?? '';
    const where = (column: string) => `/${COMMENTS_FILE}/${row.line}/${column}`;
    const before = problems.length;
    const id = cell('comment-id').trim();
    if (!ID.test(id)) problems.push(problem(where('comment-id'), 'invalid_format', 'must be a Polis comment id'));
    else if (seen.has(id)) problems.push(problem(where('comment-id'), 'duplicate', `comment ${id} is listed twice`, { key: id }));
    const authorId = cell('author-id').trim();
    if (authorId !== '' && !ID.test(authorId)) problems.push(problem(where('author-id'), 'invalid_format', 'must be a Polis participant id'));
    const timestamp = cell('timestamp').trim();
    if (!TIMESTAMP.test(timestamp)) problems.push(problem(where('timestamp'), 'invalid_format', 'must be milliseconds since 1970, as Polis writes them'));
    const moderated = cell('moderated').trim();
    if (moderated !== '-1' && moderated !== '0' && moderated !== '1') problems.push(problem(where('moderated'), 'invalid_choice', 'must be -1, 0 or 1'));
    const text = cell('comment-body').trim();
    if (text === '') problems.push(problem(where('comment-body'), 'required', 'is empty'));
    else if (text.length > IMPORTED_COMMENT_MAX_LENGTH) problems.push(problem(where('comment-body'), 'too_long', `must be at most ${IMPORTED_COMMENT_MAX_LENGTH} characters`, { maximum: IMPORTED_COMMENT_MAX_LENGTH }));
    else if (!isStorableText(text)) problems.push(problem(where('comment-body'), 'invalid_characters', unstorableTextMessage));
    if (problems.length >= MAX_PROBLEMS) break;
    if (problems.length > before) continue;
    seen.add(id);
    comments.push({ id, authorId: authorId || null, timestamp: Number(timestamp), moderated: Number(moderated) as -1 | 0 | 1, text });
  }
  return problems.length ? { ok: false, problems } : { ok: true, rows: comments };
}

/**
 * The votes of a Polis export, each on a comment of `commentIds`. A participant who voted on a
 * comment more than once (Polis records every change) keeps the latest by timestamp; of two at the
 * same time, the one further down the file.
 */
export function readPolisVotes(rows: readonly CsvRow[], commentIds: ReadonlySet<string>): PolisCheck<PolisVote> {
  const at = columnsOf(rows, VOTES_FILE, VOTE_COLUMNS);
  if ('problems' in at) return { ok: false, problems: at.problems };
  const problems: SurveyProblem[] = [];
  const latest = new Map<string, PolisVote>();
  for (const row of rows.slice(1)) {
    const cell = (column: (typeof VOTE_COLUMNS)[number]) => (row.fields[at.index[column]] ?? '').trim();
    const where = (column: string) => `/${VOTES_FILE}/${row.line}/${column}`;
    const before = problems.length;
    const commentId = cell('comment-id');
    if (!ID.test(commentId)) problems.push(problem(where('comment-id'), 'invalid_format', 'must be a Polis comment id'));
    else if (!commentIds.has(commentId)) problems.push(problem(where('comment-id'), 'does_not_exist', `comment ${commentId} is not in ${COMMENTS_FILE}`, { key: commentId }));
    const voterId = cell('voter-id');
    if (!ID.test(voterId)) problems.push(problem(where('voter-id'), 'invalid_format', 'must be a Polis participant id'));
    const timestamp = cell('timestamp');
    if (!TIMESTAMP.test(timestamp)) problems.push(problem(where('timestamp'), 'invalid_format', 'must be milliseconds since 1970, as Polis writes them'));
    const vote = cell('vote');
    if (vote !== '-1' && vote !== '0' && vote !== '1') problems.push(problem(where('vote'), 'invalid_choice', 'must be 1 (agree), -1 (disagree) or 0 (pass)'));
    if (problems.length >= MAX_PROBLEMS) break;
    if (problems.length > before) continue;
    const parsed: PolisVote = { commentId, voterId, timestamp: Number(timestamp), vote: Number(vote) as -1 | 0 | 1 };
    const key = `${commentId}\u0000${voterId}`;
    const earlier = latest.get(key);
    if (!earlier || earlier.timestamp <= parsed.timestamp) latest.set(key, parsed);
  }
  return problems.length ? { ok: false, problems } : { ok: true, rows: [...latest.values()] };
}

/** Where each needed column is, from the header row; a missing column is a problem of line 1. */
function columnsOf<C extends string>(rows: readonly CsvRow[], file: string, columns: readonly C[]): { index: Record<C, number> } | { problems: SurveyProblem[] } {
  const header = rows[0];
  if (!header) return { problems: [problem(`/${file}`, 'required', 'is empty: a Polis export starts with a header row')] };
  const names = header.fields.map((name) => name.trim().replace(/^\uFEFF/, ''));
  const index = {} as Record<C, number>;
  const problems: SurveyProblem[] = [];
  for (const column of columns) {
    const found = names.indexOf(column);
    if (found < 0) problems.push(problem(`/${file}/${header.line}/${column}`, 'required', `the header has no "${column}" column`));
    index[column] = found;
  }
  return problems.length ? { problems } : { index };
}
