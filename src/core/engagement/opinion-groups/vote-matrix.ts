import type { Vote } from './opinion-groups-types.js';

/**
 * The votes as a sparse participant x statement matrix in compressed rows (CSR): a conversation
 * of 10,000 people and 2,000 statements holds a million or two votes, a tenth of the dense cells,
 * and every step of the method walks only the votes.
 *
 * The layout is canonical, so that the same votes give the same result whatever order they came in
 * and whatever the participants are called: statements in id order, each row's votes in statement
 * order, and rows ordered by their votes (then by id, which only orders identical rows, and
 * identical rows add up the same in any order).
 */
export interface VoteMatrix {
  /** Participant id of each row. */
  participants: string[];
  /** Statement id of each column, in id order. */
  statements: string[];
  /** Row r's votes are at rowStart[r] .. rowStart[r + 1] - 1. */
  rowStart: Int32Array;
  columns: Int32Array;
  /** +1 agree, -1 disagree, 0 pass. */
  values: Int8Array;
  /** 1 for a column the moderators removed. */
  isModeratedOut: Uint8Array;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the canonical matrix; a repeated participant and statement pair keeps its later vote. */
export function buildVoteMatrix(votes: readonly Vote[], moderatedOut: ReadonlySet<string> | readonly string[] = []): VoteMatrix {
  const rowIndex = new Map<string, number>();
  const columnIndex = new Map<string, number>();
  const rawRow = new Int32Array(votes.length);
  const rawColumn = new Int32Array(votes.length);
  const rawValue = new Int8Array(votes.length);
  // Votes usually come grouped by participant: the previous lookup is reused before the Map is asked.
  let lastParticipant: string | undefined;
  let row = -1;
  for (let v = 0; v < votes.length; v++) {
    const { participant, statement, vote } = votes[v]!;
    if (vote !== 1 && vote !== -1 && vote !== 0) throw new RangeError(`A vote is 1, -1 or 0; got ${String(vote)} from ${participant} on ${statement}`);
    if (participant !== lastParticipant) {
      lastParticipant = participant;
      const known = rowIndex.get(participant);
      if (known === undefined) rowIndex.set(participant, (row = rowIndex.size));
      else row = known;
    }
    let column = columnIndex.get(statement);
    if (column === undefined) columnIndex.set(statement, (column = columnIndex.size));
    rawRow[v] = row;
    rawColumn[v] = column;
    rawValue[v] = vote;
  }

  const statements = [...columnIndex.keys()].sort(byCodeUnits);
  const canonicalColumn = new Int32Array(statements.length);
  statements.forEach((id, c) => (canonicalColumn[columnIndex.get(id)!] = c));
  const removed = moderatedOut instanceof Set ? moderatedOut : new Set(moderatedOut as readonly string[]);
  const isModeratedOut = Uint8Array.from(statements, (id) => (removed.has(id) ? 1 : 0));

  const rows = rowsOfVotes(rawRow, rawColumn, rawValue, rowIndex.size, canonicalColumn);
  const ids = [...rowIndex.keys()];
  const order = Array.from(ids.keys()).sort((a, b) => compareKeys(rows[a]!, rows[b]!) || byCodeUnits(ids[a]!, ids[b]!));

  const rowStart = new Int32Array(order.length + 1);
  order.forEach((raw, r) => (rowStart[r + 1] = rowStart[r]! + rows[raw]!.length));
  const columns = new Int32Array(rowStart[order.length]!);
  const values = new Int8Array(columns.length);
  order.forEach((raw, r) => {
    const keys = rows[raw]!;
    for (let i = 0, at = rowStart[r]!; i < keys.length; i++, at++) {
      columns[at] = keys[i]! >> 2;
      values[at] = (keys[i]! & 3) - 1;
    }
  });
  return { participants: order.map((raw) => ids[raw]!), statements, rowStart, columns, values, isModeratedOut };
}

/**
 * Each participant's votes as sorted keys (column x 4 + vote + 1): one typed-array sort per row puts
 * them in statement order, and comparing two rows' keys compares their votes.
 */
function rowsOfVotes(rawRow: Int32Array, rawColumn: Int32Array, rawValue: Int8Array, rowCount: number, canonicalColumn: Int32Array): Int32Array[] {
  const start = new Int32Array(rowCount + 1);
  for (let v = 0; v < rawRow.length; v++) start[rawRow[v]! + 1]! += 1;
  for (let r = 0; r < rowCount; r++) start[r + 1]! += start[r]!;
  const fill = start.slice(0, rowCount);
  const byRow = new Int32Array(rawRow.length);
  for (let v = 0; v < rawRow.length; v++) byRow[fill[rawRow[v]!]!++] = v;

  // Where this row last put each column, so a repeated pair overwrites instead of adding a vote.
  const seenInRow = new Int32Array(canonicalColumn.length).fill(-1);
  const slot = new Int32Array(canonicalColumn.length);
  const rows: Int32Array[] = new Array(rowCount);
  for (let r = 0; r < rowCount; r++) {
    const keys = new Int32Array(start[r + 1]! - start[r]!);
    let length = 0;
    for (let i = start[r]!; i < start[r + 1]!; i++) {
      const v = byRow[i]!;
      const column = canonicalColumn[rawColumn[v]!]!;
      const key = column * 4 + rawValue[v]! + 1;
      if (seenInRow[column] === r) keys[slot[column]!] = key;
      else {
        seenInRow[column] = r;
        slot[column] = length;
        keys[length++] = key;
      }
    }
    rows[r] = keys.subarray(0, length).sort();
  }
  return rows;
}

function compareKeys(a: Int32Array, b: Int32Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
