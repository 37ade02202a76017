import { heading, paragraph, type PrintBlock } from '../../plan/documents/printout-blocks.js';
import { chartBlocks } from './retreat-chart-blocks.js';
import type { DocumentChart, RetreatDocumentInput } from './retreat-document.js';
import { privacyNote, retreatCover, sectionsByArea } from './retreat-document-parts.js';
import type { RetreatDocumentWords } from './retreat-document-words.js';

type Level = 1 | 2 | 3 | 4;

/** What the room noticed and wondered about a chart, as two lists. */
function observationBlocks(chart: DocumentChart, level: Level, words: RetreatDocumentWords): PrintBlock[] {
  if (!chart.observations.length) return [paragraph(words.noObservations, 'muted')];
  const blocks: PrintBlock[] = [];
  for (const kind of ['notice', 'wonder'] as const) {
    const written = chart.observations.filter((observation) => observation.kind === kind);
    if (written.length) blocks.push(heading(level, kind === 'notice' ? words.notice : words.wonder), { kind: 'list', items: written.map((observation) => ({ text: observation.body })) });
  }
  return blocks;
}

/** One chart: its question as a heading, its picture and table, and the room's observations. */
export function dataPictureChart(chart: DocumentChart, level: 1 | 2, words: RetreatDocumentWords): PrintBlock[] {
  return [heading(level, chart.question), ...chartBlocks(chart, words), ...observationBlocks(chart, (level + 1) as Level, words)];
}

/**
 * The data picture as print blocks: a title page, what it is and how small groups are hidden,
 * then each chart with its question, its data (already protected) and what people noticed and
 * wondered (hidden observations are not in the input). With Performance Fact's frame the charts
 * are grouped under its areas.
 */
export function buildDataPicture(input: RetreatDocumentInput, words: RetreatDocumentWords): PrintBlock[] {
  const blocks: PrintBlock[] = [retreatCover(input, words.dataPictureTitle, words), { kind: 'pageBreak' }, paragraph(words.dataPictureIntro, 'lead'), paragraph(privacyNote(input, words), 'muted')];
  if (!input.charts.length) return [...blocks, paragraph(words.noCharts, 'muted')];
  for (const section of sectionsByArea(input.charts, input, words)) {
    if (section.title) blocks.push(heading(1, section.title));
    for (const chart of section.items) blocks.push(...dataPictureChart(chart, section.title ? 2 : 1, words));
  }
  return blocks;
}
