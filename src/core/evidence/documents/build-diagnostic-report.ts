import { heading, paragraph, type PrintBlock } from '../../plan/documents/printout-blocks.js';
import { chartBlocks } from './retreat-chart-blocks.js';
import type { RetreatDocumentInput } from './retreat-document.js';
import { privacyNote, retreatCover, sectionsByArea } from './retreat-document-parts.js';
import type { RetreatDocumentWords } from './retreat-document-words.js';
import { priorityListBlocks } from './diagnostic-priorities.js';
import { swotBlocks } from './diagnostic-swot.js';

/** The data picture's charts, each under its question, without the room's observations. */
function dataInBriefBlocks(input: RetreatDocumentInput, words: RetreatDocumentWords): PrintBlock[] {
  const blocks: PrintBlock[] = [heading(1, words.dataInBrief), paragraph(privacyNote(input, words), 'muted')];
  if (!input.charts.length) return [...blocks, paragraph(words.noCharts, 'muted')];
  for (const section of sectionsByArea(input.charts, input, words)) {
    if (section.title) blocks.push(heading(2, section.title));
    for (const chart of section.items) blocks.push(heading(section.title ? 3 : 2, chart.question), ...chartBlocks(chart, words));
  }
  return blocks;
}

/**
 * The organizational diagnostic report (Louisiana's deliverable F, Koru's current state, Performance
 * Fact's assessment) as print blocks: a title page, its purpose, the data picture in brief, the
 * SWOT by quadrant, then the priorities in order, each with where we are, where we want to be and
 * the plan goal it became, the gap, its root causes and the case for change. The Word file and the
 * PDF are both drawn from these blocks.
 */
export function buildDiagnosticReport(input: RetreatDocumentInput, words: RetreatDocumentWords): PrintBlock[] {
  return [
    retreatCover(input, words.diagnosticTitle, words),
    { kind: 'pageBreak' },
    heading(1, words.purpose),
    paragraph(words.purposeText, 'lead'),
    ...dataInBriefBlocks(input, words),
    { kind: 'pageBreak' },
    ...swotBlocks(input, words),
    { kind: 'pageBreak' },
    ...priorityListBlocks(input, words),
  ];
}
