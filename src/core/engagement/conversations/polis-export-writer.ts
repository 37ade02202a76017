import { COMMENTS_FILE, VOTES_FILE, type PolisComment, type PolisVote } from './polis-export.js';

/**
 * A conversation written out as Polis writes its exports (`comments.csv`, `votes.csv`,
 * `participants-votes.csv`): the same headers, columns and codings, so what Waymark exports reads
 * in any tool made for Polis data, and imports back here through polis-export.ts unchanged. Ids are
 * whatever the caller gives (Polis's own for an imported conversation).
 */
export const PARTICIPANTS_VOTES_FILE = 'participants-votes.csv';
export { COMMENTS_FILE, VOTES_FILE };

const COMMENT_HEADER = ['timestamp', 'datetime', 'comment-id', 'author-id', 'agrees', 'disagrees', 'moderated', 'comment-body'];
const VOTE_HEADER = ['timestamp', 'datetime', 'comment-id', 'voter-id', 'vote'];
const PARTICIPANT_HEADER = ['participant', 'group-id', 'n-comments', 'n-votes', 'n-agree', 'n-disagree'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Polis's `datetime` column ("Wed Jun 18 08:16:54 WIB 2014"), here always in UTC. */
export function polisDatetime(timestamp: number): string {
  const at = new Date(timestamp);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[at.getUTCDay()]} ${MONTHS[at.getUTCMonth()]} ${two(at.getUTCDate())} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}:${two(at.getUTCSeconds())} UTC ${at.getUTCFullYear()}`;
}

/**
 * One CSV file (RFC 4180, \n line ends, no byte-order mark, as Polis writes them). Cells are written
 * as they are, with no formula guard: Polis's layout is the point of these files, and a guard would
 * change the comments' words on the way back in.
 */
export function csvText(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(cell).join(',')).join('\n') + '\n';
}

/** Polis ids are small integers: sort them as numbers, any other id after them as text. */
export function comparePolisIds(a: string, b: string): number {
  const isNumberA = /^\d+$/.test(a);
  const isNumberB = /^\d+$/.test(b);
  if (isNumberA && isNumberB) return Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0);
  if (isNumberA !== isNumberB) return isNumberA ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `comments.csv`: each comment with its agree and disagree counts, by id. */
export function writePolisComments(comments: readonly PolisComment[], votes: readonly PolisVote[]): string {
  const tally = new Map<string, { agrees: number; disagrees: number }>();
  for (const vote of votes) {
    const counts = tally.get(vote.commentId) ?? { agrees: 0, disagrees: 0 };
    if (vote.vote === 1) counts.agrees += 1;
    if (vote.vote === -1) counts.disagrees += 1;
    tally.set(vote.commentId, counts);
  }
  const rows = [...comments]
    .sort((a, b) => comparePolisIds(a.id, b.id))
    .map((c) => [c.timestamp, polisDatetime(c.timestamp), c.id, c.authorId, tally.get(c.id)?.agrees ?? 0, tally.get(c.id)?.disagrees ?? 0, c.moderated, c.text]);
  return csvText([COMMENT_HEADER, ...rows]);
}

/** `votes.csv`: every vote, oldest first (ties by comment, then voter). */
export function writePolisVotes(votes: readonly PolisVote[]): string {
  const rows = [...votes]
    .sort((a, b) => a.timestamp - b.timestamp || comparePolisIds(a.commentId, b.commentId) || comparePolisIds(a.voterId, b.voterId))
    .map((v) => [v.timestamp, polisDatetime(v.timestamp), v.commentId, v.voterId, v.vote]);
  return csvText([VOTE_HEADER, ...rows]);
}

/**
 * `participants-votes.csv`: one row per participant (author or voter) with their opinion group
 * (empty when not clustered), counts, and a column per comment holding their vote (empty: not seen).
 */
export function writePolisParticipantsVotes(options: { comments: readonly PolisComment[]; votes: readonly PolisVote[]; groupOf: ReadonlyMap<string, number | null> }): string {
  const commentIds = options.comments.map((c) => c.id).sort(comparePolisIds);
  const column = new Map(commentIds.map((id, at) => [id, at]));
  const people = new Map<string, { comments: number; cells: Array<number | null> }>();
  const personOf = (id: string) => {
    let person = people.get(id);
    if (!person) people.set(id, (person = { comments: 0, cells: commentIds.map(() => null) }));
    return person;
  };
  for (const comment of options.comments) if (comment.authorId !== null) personOf(comment.authorId).comments += 1;
  for (const vote of options.votes) {
    const at = column.get(vote.commentId);
    if (at !== undefined) personOf(vote.voterId).cells[at] = vote.vote;
  }
  const rows = [...people]
    .sort(([a], [b]) => comparePolisIds(a, b))
    .map(([id, person]) => {
      const cast = person.cells.filter((cell): cell is number => cell !== null);
      return [id, options.groupOf.get(id) ?? null, person.comments, cast.length, cast.filter((v) => v === 1).length, cast.filter((v) => v === -1).length, ...person.cells];
    });
  return csvText([[...PARTICIPANT_HEADER, ...commentIds], ...rows]);
}

/**
 * The id each row goes by in an export: its Polis id when it was imported, else a small integer
 * counted on from the largest Polis id, in the order given (the order rows were made, so the
 * numbers stay the same from one export to the next).
 */
export function exportIdsOf(rows: ReadonlyArray<{ id: string; external_id: string | null }>): Map<string, string> {
  let next = 0;
  for (const row of rows) if (row.external_id !== null && /^\d+$/.test(row.external_id)) next = Math.max(next, Number(row.external_id) + 1);
  const taken = new Set(rows.map((row) => row.external_id).filter((id): id is string => id !== null));
  const ids = new Map<string, string>();
  for (const row of rows) {
    if (row.external_id !== null) {
      ids.set(row.id, row.external_id);
      continue;
    }
    while (taken.has(String(next))) next += 1;
    ids.set(row.id, String(next));
    next += 1;
  }
  return ids;
}
