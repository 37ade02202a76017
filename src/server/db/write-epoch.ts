/**
 * A count of the transactions this process has committed. Caches of what the database says (the
 * scorecard's stamps) use it to know that nothing was written here since they last looked, so a
 * burst of reads need not ask the database every time.
 */
let epoch = 0;

export function writeEpoch(): number {
  return epoch;
}

export function noteCommit(): void {
  epoch++;
}
