import type { FocusGroupSynthesis, SynthesisGroup } from './synthesize-focus-groups.js';
import type { SynthesisWords } from './synthesis-words.js';

/** A column's heading: who was in the room, in the reader's words. */
export function groupHeading(group: SynthesisGroup, words: SynthesisWords): string {
  const parts = [words.constituency[group.constituency], words.languageName(group.language)];
  if (group.label) parts.push(group.label);
  return `${parts.join(' · ')} (${group.date})`;
}

/**
 * The synthesis table as rows of a spreadsheet: a heading row, then one row per theme with how many
 * groups raised it and, per group, the passages coded and the quotes (one per line), or nothing.
 */
export function synthesisCsvRows(synthesis: FocusGroupSynthesis, words: SynthesisWords): string[][] {
  const heading = [words.theme, words.description, words.groupsRaised, ...synthesis.columns.map((group) => groupHeading(group, words))];
  const rows = synthesis.rows.map((row) => [
    row.theme.name,
    row.theme.description,
    String(row.groupsRaised),
    ...row.cells.map((cell) => (cell.passages === 0 ? words.notRaised : [words.passages(cell.passages), ...cell.quotes.map((quote) => `“${quote}”`)].join('\n'))),
  ]);
  return [heading, ...rows];
}
