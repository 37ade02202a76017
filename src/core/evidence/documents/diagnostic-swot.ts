import { heading, paragraph, type PrintBlock } from '../../plan/documents/printout-blocks.js';
import { areaWords, type PerformanceFactArea } from '../retreat/diagnostic-frame.js';
import { quadrants } from '../retreat/dot-voting.js';
import type { DocumentSwotItem, RetreatDocumentInput } from './retreat-document.js';
import { citationText } from './retreat-document-parts.js';
import type { RetreatDocumentWords } from './retreat-document-words.js';

function areaName(area: string | null, words: RetreatDocumentWords): string {
  return area ? (areaWords[words.language][area as PerformanceFactArea] ?? area) : '';
}

function quadrantTable(items: readonly DocumentSwotItem[], title: string, input: RetreatDocumentInput, words: RetreatDocumentWords): PrintBlock {
  const hasAreas = input.frame === 'performance_fact';
  const ranked = [...items].sort((a, b) => a.rank - b.rank);
  return {
    kind: 'table',
    caption: words.mostDotsFirst(title),
    headers: [words.item, ...(hasAreas ? [words.area] : []), words.dots, words.rank, words.cited],
    rows: ranked.map((item) => [
      [item.text],
      ...(hasAreas ? [[areaName(item.area, words)]] : []),
      [String(item.dots)],
      [item.isTied ? words.tied(item.rank) : String(item.rank)],
      item.citations.map((citation) => citationText(citation, words)),
    ]),
    widths: hasAreas ? [3, 1.5, 0.8, 1, 3] : [3.5, 0.8, 1, 3.5],
    numeric: hasAreas ? [2, 3] : [1, 2],
  };
}

/**
 * The SWOT board by quadrant: each item with its dots, its rank across the board (ties said as
 * ties), its area under Performance Fact's frame, and what it cites in words. Most dots first.
 */
export function swotBlocks(input: RetreatDocumentInput, words: RetreatDocumentWords): PrintBlock[] {
  const blocks: PrintBlock[] = [heading(1, words.swot), paragraph(words.swotIntro, 'muted')];
  for (const quadrant of quadrants) {
    const title = words.quadrants[quadrant];
    const items = input.swot.filter((item) => item.quadrant === quadrant);
    blocks.push(heading(2, title), items.length ? quadrantTable(items, title, input, words) : paragraph(words.noItems, 'muted'));
  }
  return blocks;
}
