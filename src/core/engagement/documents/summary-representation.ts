import { heading, paragraph, type PrintBlock } from '../../plan/documents/printout-blocks.js';
import { countText, formatNumber, formatPercent, valueText, type CellWriter } from './summary-cells.js';
import type { SummaryRepresentation } from './summary-input.js';

/**
 * Who took part against who the district serves: a table per dimension (role, race and
 * ethnicity, language at home, grade band), and the groups heard too little named in words, so a
 * reader who skims the tables still learns who is missing. A flag is printed even where the count
 * is hidden: that the group is short is the point, and it tells no number.
 */
export function representationBlocks(representation: SummaryRepresentation, writer: CellWriter & { level: 1 | 2 | 3 }): PrintBlock[] {
  const { words } = writer;
  const blocks: PrintBlock[] = [heading(writer.level, words.whoTookPart)];
  const points = (value: number) => `${value > 0 ? '+' : ''}${formatNumber(value, words, 1)}`;
  const share = (value: number) => formatPercent(value, words, 1);
  for (const dimension of representation.dimensions) {
    const name = words.dimensions[dimension.dimension];
    blocks.push({
      kind: 'table',
      caption: words.representationCaption(name),
      headers: words.representationColumns,
      rows: [
        ...dimension.rows.map((row) => [
          [row.label],
          [countText(row.respondents, writer)],
          [valueText(row.respondent_share, writer, share)],
          [share(row.population_share)],
          [valueText(row.gap_points, writer, points)],
          [row.is_under_represented ? words.underRepresented : words.represented],
        ]),
      ],
      widths: [3, 1.6, 1.6, 1.6, 1.5, 1.6],
      numeric: [1, 2, 3, 4],
    });
    const flagged = dimension.rows.filter((row) => row.is_under_represented).map((row) => row.label);
    blocks.push(paragraph(flagged.length ? words.flaggedGroups(name, listOf(flagged, words.locale), representation.gapPoints) : words.noneFlagged(representation.gapPoints)));
    if (dimension.is_multiple) blocks.push(paragraph(words.multipleNote, 'muted'));
  }
  if (representation.missingPopulation.length) {
    blocks.push(paragraph(words.populationMissing(listOf(representation.missingPopulation.map((dimension) => words.dimensions[dimension].toLowerCase()), words.locale)), 'muted'));
  }
  if (!representation.dimensions.length && !representation.missingPopulation.length) blocks.push(paragraph(words.noRepresentation, 'muted'));
  return blocks;
}

/** "role, grade band and language at home" / "rol, nivel de grado e idioma en casa". */
function listOf(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
