import type { VoteMatrix } from './vote-matrix.js';

/**
 * Places every participant on the 2-D map (step 4): only the statements a participant voted on
 * enter the dot products with the components, and the result is stretched by
 * sqrt(statements / votes), since someone who voted on a tenth of the statements would otherwise
 * sit about a tenth of the way out, in the crowd at the centre, whatever they think.
 *
 * Moderated-out statements count as voted by everyone, as in Polis, where moderation writes a 0 in
 * every cell of the statement's column: they add nothing to the dot products but do count in both
 * the statements and the votes of the stretch.
 *
 * @returns x and y interleaved: [x0, y0, x1, y1, ...] by row.
 */
export function projectParticipants(matrix: VoteMatrix, centred: Float64Array, components: readonly Float64Array[]): Float64Array {
  const [first, second] = components as [Float64Array, Float64Array];
  const moderatedCount = matrix.isModeratedOut.reduce((sum, flag) => sum + flag, 0);
  const rowCount = matrix.participants.length;
  const points = new Float64Array(rowCount * 2);
  for (let r = 0; r < rowCount; r++) {
    let x = 0;
    let y = 0;
    let votes = moderatedCount;
    for (let i = matrix.rowStart[r]!; i < matrix.rowStart[r + 1]!; i++) {
      const c = matrix.columns[i]!;
      if (matrix.isModeratedOut[c]) continue;
      x += centred[i]! * first[c]!;
      y += centred[i]! * second[c]!;
      votes += 1;
    }
    const stretch = sparsityStretch(matrix.statements.length, votes);
    points[2 * r] = x * stretch;
    points[2 * r + 1] = y * stretch;
  }
  return points;
}

/** sqrt(statements / max(votes, 1)): 1 for someone who voted on everything, larger the fewer the votes. */
export function sparsityStretch(statementCount: number, voteCount: number): number {
  return Math.sqrt(statementCount / Math.max(voteCount, 1));
}

/**
 * Where each statement sits: projected as a participant who agreed with it and saw nothing else.
 * Its distance from the origin, the extremity, says how much the statement divides the room, and
 * the routing of step 10 shows divisive statements sooner.
 *
 * @returns x and y interleaved by column.
 */
export function projectStatements(statementCount: number, means: Float64Array, components: readonly Float64Array[]): Float64Array {
  const [first, second] = components as [Float64Array, Float64Array];
  const stretch = sparsityStretch(statementCount, 1);
  const points = new Float64Array(statementCount * 2);
  for (let c = 0; c < statementCount; c++) {
    points[2 * c] = (1 - means[c]!) * first[c]! * stretch;
    points[2 * c + 1] = (1 - means[c]!) * second[c]! * stretch;
  }
  return points;
}
