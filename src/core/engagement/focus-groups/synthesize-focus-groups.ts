import { constituencies, type Constituency } from '../../process/constituencies.js';
import { quotesIn } from './note-quotes.js';

/** A focus group as a column of the synthesis: who was in the room. */
export interface SynthesisGroup {
  id: string;
  name: string;
  /** The session's day, 2026-02-10. */
  date: string;
  constituency: Constituency;
  language: string;
  /** The district's own words for the group ("Parents at Lincoln"), if any. */
  label: string | null;
  participantCount: number | null;
}

export interface SynthesisTheme {
  id: string;
  name: string;
  description: string;
}

/** A theme attached to a note: to one passage of it, or to the whole note (`passage` null). */
export interface SynthesisCode {
  focusGroupId: string;
  themeId: string;
  passage: string | null;
  noteText: string;
}

export interface SynthesisCell {
  focusGroupId: string;
  /** How many passages of this group's notes carry the theme; 0 means the group did not raise it. */
  passages: number;
  /** Participants' words from those passages (lines marked as quotes), each once. */
  quotes: string[];
}

export interface SynthesisRow {
  theme: SynthesisTheme;
  groupsRaised: number;
  cells: SynthesisCell[];
}

export interface FocusGroupSynthesis {
  columns: SynthesisGroup[];
  rows: SynthesisRow[];
}

const constituencyOrder = new Map<string, number>(constituencies.map((name, index) => [name, index]));

/** Columns side by side by who was in the room: constituency, then language, then day. */
function compareGroups(a: SynthesisGroup, b: SynthesisGroup): number {
  return (
    (constituencyOrder.get(a.constituency) ?? 99) - (constituencyOrder.get(b.constituency) ?? 99) ||
    a.language.localeCompare(b.language) ||
    a.date.localeCompare(b.date) ||
    a.name.localeCompare(b.name) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * The theme-by-group table of a cycle's focus groups: for each theme of the codebook, which groups
 * raised it (a code on any of their notes), how many passages, and the participants' quotes in them.
 * Themes most groups raised come first; a theme nobody raised stays, last, so the codebook is whole.
 * Codes naming a group or theme not given are ignored.
 */
export function synthesizeFocusGroups(input: { groups: readonly SynthesisGroup[]; themes: readonly SynthesisTheme[]; codes: readonly SynthesisCode[] }): FocusGroupSynthesis {
  const columns = [...input.groups].sort(compareGroups);
  const known = new Set(columns.map((group) => group.id));
  const byCell = new Map<string, { passages: number; quotes: string[] }>();
  for (const code of input.codes) {
    if (!known.has(code.focusGroupId)) continue;
    const key = `${code.themeId}|${code.focusGroupId}`;
    const cell = byCell.get(key) ?? { passages: 0, quotes: [] };
    cell.passages += 1;
    for (const quote of quotesIn(code.passage ?? code.noteText)) if (!cell.quotes.includes(quote)) cell.quotes.push(quote);
    byCell.set(key, cell);
  }
  const rows = input.themes.map((theme) => {
    const cells = columns.map((group) => ({ focusGroupId: group.id, ...(byCell.get(`${theme.id}|${group.id}`) ?? { passages: 0, quotes: [] }) }));
    return { theme, groupsRaised: cells.filter((cell) => cell.passages > 0).length, cells };
  });
  const passagesOf = (row: SynthesisRow) => row.cells.reduce((sum, cell) => sum + cell.passages, 0);
  rows.sort((a, b) => b.groupsRaised - a.groupsRaised || passagesOf(b) - passagesOf(a) || a.theme.name.localeCompare(b.theme.name));
  return { columns, rows };
}
