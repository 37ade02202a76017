import { formatReadingValue } from '../indicator-citation-words.js';
import type { PrintBlock, PrintChart, PrintTable } from '../../plan/documents/printout-blocks.js';
import { paragraph } from '../../plan/documents/printout-blocks.js';
import type { DocumentCell, DocumentChart, DocumentChartData } from './retreat-document.js';
import type { RetreatDocumentWords } from './retreat-document-words.js';

const valueOf = (cell: DocumentCell): number | null => ('value' in cell ? cell.value : null);

/** A cell in the table: its value, or why it has none (a small group and the cells hiding it read alike). */
export function cellText(cell: DocumentCell, unit: DocumentChartData['metric']['unit'], words: RetreatDocumentWords): string {
  if ('value' in cell) return formatReadingValue(cell.value, unit, words.language);
  if ('missing' in cell) return words.missing;
  return cell.reason === 'in_file' ? words.suppressedInFile : words.hiddenSmallGroup;
}

/** The shorter words drawn in the chart where a bar or a point would be. */
function chartGapText(cell: DocumentCell, words: RetreatDocumentWords): string {
  if ('missing' in cell) return words.missingShort;
  return 'suppressed' in cell && cell.reason === 'in_file' ? words.suppressedShort : words.hiddenShort;
}

/** "+3.2", "−1.0", or blank when there is nothing to compare. */
function difference(value: number | null, words: RetreatDocumentWords): string {
  if (value === null) return '';
  const rounded = Math.round(value * 10) / 10;
  const text = new Intl.NumberFormat(words.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(rounded));
  return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : text;
}

const count = (cell: DocumentCell, words: RetreatDocumentWords) => ('value' in cell && cell.n !== null ? new Intl.NumberFormat(words.language).format(cell.n) : '');

/** "ELA proficient by school: 2023-24, English Learners" */
function chartCaption(data: DocumentChartData, words: RetreatDocumentWords): string {
  const details = [words.byWhat[data.by], ...(data.by === 'period' ? [] : [data.period ?? '']), ...(data.by === 'group' ? [] : [data.group ?? words.allStudents])].filter(Boolean);
  return words.chartCaption(data.metric.label, details.join(', '));
}

function chartTable(data: DocumentChartData, words: RetreatDocumentWords): PrintTable {
  const unit = data.metric.unit;
  const isSeries = data.by === 'period';
  const first = data.by === 'school' ? words.school : data.by === 'group' ? words.studentGroup : words.year;
  const compare = data.compare && !isSeries ? [words.vsGroup(data.compare)] : [];
  const headers = [first, words.value, words.n, isSeries ? words.change : words.vsDistrict, ...compare];
  const rows = data.lines.map((line) => [
    [line.label],
    [cellText(line.cell, unit, words)],
    [count(line.cell, words)],
    [difference(isSeries ? line.change : line.gapToDistrict, words)],
    ...(compare.length ? [[difference(line.gapToComparison, words)]] : []),
  ]);
  // By school, the district is the schools' whole: its row closes the table.
  const hasTotalRow = data.by === 'school';
  if (hasTotalRow) rows.push([[words.district], [cellText(data.district, unit, words)], [count(data.district, words)], [''], ...(compare.length ? [['']] : [])]);
  return { kind: 'table', caption: chartCaption(data, words), headers, rows, widths: [3, 1.4, 1.2, 1.6, ...compare.map(() => 1.6)], numeric: [1, 2, 3, ...(compare.length ? [4] : [])], hasTotalRow };
}

/** A chart's data as a print chart: bars by school or group with the district's line, a line over periods. */
export function chartPrintBlock(question: string, data: DocumentChartData, words: RetreatDocumentWords): PrintChart {
  const unit = data.metric.unit;
  const district = valueOf(data.district);
  const isSeries = data.by === 'period';
  return {
    kind: 'chart',
    shape: isSeries ? 'line' : 'bars',
    title: `${question} — ${chartCaption(data, words)}`,
    points: data.lines.map((line) => {
      const value = valueOf(line.cell);
      return { label: line.label, value, valueText: value === null ? chartGapText(line.cell, words) : formatReadingValue(value, unit, words.language) };
    }),
    reference: !isSeries && district !== null ? { label: words.districtValue(formatReadingValue(district, unit, words.language)), value: district } : null,
    isPercent: unit === 'percent',
    tickSuffix: unit === 'percent' ? '%' : '',
    locale: words.language,
    table: chartTable(data, words),
    imageMissingText: words.imageMissing,
  };
}

/** A chart's picture and table, or why it has none. */
export function chartBlocks(chart: DocumentChart, words: RetreatDocumentWords): PrintBlock[] {
  return chart.data ? [chartPrintBlock(chart.question, chart.data, words)] : [paragraph(words.noData, 'muted')];
}
