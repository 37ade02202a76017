import { heading, paragraph, type PrintBlock } from '../../plan/documents/printout-blocks.js';
import type { FocusGroupSynthesis, SynthesisGroup } from '../focus-groups/synthesize-focus-groups.js';
import { synthesisWords } from '../focus-groups/synthesis-words.js';
import { formatDay, formatNumber } from './summary-cells.js';
import type { SummaryWords } from './summary-words.js';

const QUOTES_PER_THEME = 3;

/**
 * The focus groups' synthesis: who was in each room, then each theme of the codebook with how
 * many groups raised it and which, then participants' words for each theme raised, taken from as
 * many different groups as there are quotes to show.
 */
export function focusGroupBlocks(synthesis: FocusGroupSynthesis, words: SummaryWords): PrintBlock[] {
  const blocks: PrintBlock[] = [heading(1, words.focusGroups)];
  if (!synthesis.columns.length) return [...blocks, paragraph(words.noFocusGroups, 'muted')];
  const groupWords = synthesisWords[words.language];
  const nameOf = new Map(synthesis.columns.map((group) => [group.id, groupName(group)]));
  blocks.push({
    kind: 'table',
    caption: words.focusGroupsCaption,
    headers: words.focusGroupColumns,
    rows: synthesis.columns.map((group) => [
      [groupName(group)],
      [formatDay(group.date, words)],
      [groupWords.constituency[group.constituency] ?? group.constituency],
      [groupWords.languageName(group.language)],
      [group.participantCount === null ? words.notCounted : formatNumber(group.participantCount, words)],
    ]),
    widths: [3, 2, 2, 1.5, 1.7],
    numeric: [4],
  });
  blocks.push(heading(2, words.synthesis));
  const raised = synthesis.rows.filter((row) => row.groupsRaised > 0);
  if (!raised.length) return [...blocks, paragraph(words.noThemesCoded, 'muted')];
  blocks.push({
    kind: 'table',
    caption: words.synthesisCaption,
    headers: words.synthesisColumns,
    rows: synthesis.rows.map((row) => {
      const which = row.cells.filter((cell) => cell.passages > 0).map((cell) => nameOf.get(cell.focusGroupId) ?? '');
      return [[row.theme.name], [words.raisedBy(row.groupsRaised, synthesis.columns.length)], which.length ? which : [words.notRaised]];
    }),
    widths: [3, 1.6, 4],
    numeric: [1],
  });
  for (const row of raised) {
    const quotes = spreadQuotes(row.cells.map((cell) => ({ group: nameOf.get(cell.focusGroupId) ?? '', quotes: cell.quotes })));
    blocks.push(heading(3, words.quotesOf(row.theme.name)));
    if (row.theme.description) blocks.push(paragraph(row.theme.description, 'muted'));
    blocks.push(quotes.length ? { kind: 'list', items: quotes.map((quote) => ({ label: quote.group, text: words.quote(quote.text) })) } : paragraph(words.noQuotes, 'muted'));
  }
  return blocks;
}

/** The district's own name for the group, else the session's. */
function groupName(group: SynthesisGroup): string {
  return group.label?.trim() || group.name;
}

/** Up to three quotes, one from each group in turn, so one talkative room does not speak for all. */
export function spreadQuotes(cells: readonly { group: string; quotes: readonly string[] }[]): { group: string; text: string }[] {
  const picked: { group: string; text: string }[] = [];
  for (let round = 0; picked.length < QUOTES_PER_THEME; round++) {
    const before = picked.length;
    for (const cell of cells) {
      const quote = cell.quotes[round];
      if (quote !== undefined && picked.length < QUOTES_PER_THEME) picked.push({ group: cell.group, text: quote });
    }
    if (picked.length === before) break;
  }
  return picked;
}
