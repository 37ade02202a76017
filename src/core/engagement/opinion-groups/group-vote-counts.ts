import type { VoteMatrix } from './vote-matrix.js';

/** Agree, disagree and seen counts per group and statement, at [group x statements + statement]. */
export interface GroupVoteCounts {
  groupCount: number;
  statementCount: number;
  agree: Int32Array;
  disagree: Int32Array;
  seen: Int32Array;
}

/**
 * Counts each group's votes in one pass over the matrix. Rows in no group (-1: not clustered) are
 * left out, as Polis counts groups from their base clusters' members only.
 */
export function countGroupVotes(matrix: VoteMatrix, groupOfRow: Int32Array, groupCount: number): GroupVoteCounts {
  const statementCount = matrix.statements.length;
  const agree = new Int32Array(groupCount * statementCount);
  const disagree = new Int32Array(groupCount * statementCount);
  const seen = new Int32Array(groupCount * statementCount);
  for (let r = 0; r < groupOfRow.length; r++) {
    const group = groupOfRow[r]!;
    if (group < 0) continue;
    const offset = group * statementCount;
    for (let i = matrix.rowStart[r]!; i < matrix.rowStart[r + 1]!; i++) {
      const at = offset + matrix.columns[i]!;
      seen[at]! += 1;
      if (matrix.values[i] === 1) agree[at]! += 1;
      else if (matrix.values[i] === -1) disagree[at]! += 1;
    }
  }
  return { groupCount, statementCount, agree, disagree, seen };
}
