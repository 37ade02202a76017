/** Rows per table as an aligned list, for the summaries of backup and restore. */
export function describeCounts(counts: readonly (readonly [string, number | string])[]): string {
  const width = Math.max(...counts.map(([name]) => name.length)) + 2;
  return counts.map(([name, count]) => `  ${name.padEnd(width)}${count}`).join('\n');
}
