/**
 * Where in a Polis export a refusal points: "/votes.csv/57/vote" is votes.csv, line 57 (as a
 * spreadsheet numbers it, the header being line 1), column "vote"; "/comments.csv" is the file.
 */
export function placeOfProblem(pointer: string): { file: string; line: number | null; column: string | null } {
  const [file = '', line, ...column] = pointer.replace(/^\//, '').split('/');
  const number = line !== undefined && /^\d+$/.test(line) ? Number(line) : null;
  return { file, line: number, column: column.length ? column.join('/') : null };
}
