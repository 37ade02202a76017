/**
 * The adjusted Rand index of two labellings of the same items (Hubert and Arabie, 1985): 1 when
 * they split the items the same way whatever the labels, about 0 when they agree no more than
 * chance would, negative when less. We use it to score our groups against the groups Polis itself
 * published for the same conversations.
 *
 * When neither labelling can differ from chance (both put everything in one cluster, or both put
 * every item alone) the formula divides 0 by 0; identical splits score 1 there, as in scikit-learn.
 */
export function adjustedRandIndex(a: ReadonlyArray<string | number>, b: ReadonlyArray<string | number>): number {
  if (a.length !== b.length) throw new RangeError(`Both labellings must cover the same items: ${a.length} and ${b.length} labels`);
  const n = a.length;
  if (n < 2) return 1;
  const cells = new Map<string, number>();
  const rows = new Map<string | number, number>();
  const columns = new Map<string | number, number>();
  for (let i = 0; i < n; i++) {
    // JSON keeps 1 and "1" apart, so labels of mixed types never collide.
    const key = JSON.stringify([a[i], b[i]]);
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(a[i]!, (rows.get(a[i]!) ?? 0) + 1);
    columns.set(b[i]!, (columns.get(b[i]!) ?? 0) + 1);
  }
  const pairs = (count: number) => (count * (count - 1)) / 2;
  const sumOfPairs = (counts: Iterable<number>) => {
    let sum = 0;
    for (const count of counts) sum += pairs(count);
    return sum;
  };
  const index = sumOfPairs(cells.values());
  const rowPairs = sumOfPairs(rows.values());
  const columnPairs = sumOfPairs(columns.values());
  const expected = (rowPairs * columnPairs) / pairs(n);
  const maximum = (rowPairs + columnPairs) / 2;
  if (maximum === expected) return index === expected ? 1 : 0;
  return (index - expected) / (maximum - expected);
}
