/** Below this many clustered participants, the most active voters are added (Polis's "greedy" 15). */
export const MINIMUM_CLUSTERED = 15;
/** A participant is clustered after this many votes, or after voting on every statement when there are fewer. */
export const VOTES_TO_BE_CLUSTERED = 7;

/**
 * Which participants the groups are made of (step 2 of the method): someone who has voted on at
 * least min(7, number of statements) statements, moderated ones included. A few votes place a
 * person too loosely to shape the groups, but they still get a place on the map. While fewer than
 * 15 qualify, the most active voters are added so a young conversation still shows groups. Polis
 * stops at exactly 15; we take in everyone tied with the last one added, so that who is clustered
 * never depends on names or arrival order (it may make a few more than 15).
 *
 * @returns the rows clustered, in row order.
 */
export function whoIsClustered(voteCounts: Int32Array, statementCount: number): Int32Array {
  const needed = Math.min(VOTES_TO_BE_CLUSTERED, statementCount);
  const isIn = new Uint8Array(voteCounts.length);
  let count = 0;
  for (let r = 0; r < voteCounts.length; r++) {
    if (voteCounts[r]! >= needed && voteCounts[r]! > 0) {
      isIn[r] = 1;
      count += 1;
    }
  }
  if (count < MINIMUM_CLUSTERED) {
    const others = Array.from(voteCounts.keys())
      .filter((r) => !isIn[r] && voteCounts[r]! > 0)
      .sort((a, b) => voteCounts[b]! - voteCounts[a]! || a - b);
    const last = others[MINIMUM_CLUSTERED - count - 1];
    const bar = last === undefined ? 1 : voteCounts[last]!;
    for (const r of others) if (voteCounts[r]! >= bar) isIn[r] = 1;
  }
  const rows: number[] = [];
  for (let r = 0; r < isIn.length; r++) if (isIn[r]) rows.push(r);
  return Int32Array.from(rows);
}
