import { initialsOf } from '../../plan/documents/format-plan-values.js';
import type { PrintBlock } from '../../plan/documents/printout-blocks.js';
import { areaWords, performanceFactAreas, type PerformanceFactArea } from '../retreat/diagnostic-frame.js';
import type { DocumentCitation, RetreatDocumentInput } from './retreat-document.js';
import type { RetreatDocumentWords } from './retreat-document-words.js';

/** What an item cites, in words: the chart's question, the observation's words, or the evidence as written. */
export function citationText(citation: DocumentCitation, words: RetreatDocumentWords): string {
  if (citation.kind === 'chart') return words.citeChart(citation.question);
  if (citation.kind === 'observation') return words.citeObservation(citation.body);
  return citation.text;
}

export interface AreaSection<T> {
  /** The area's name; null when the retreat uses no frame (one section, no heading). */
  title: string | null;
  items: T[];
}

/**
 * Items sorted into Performance Fact's areas, in the frame's order, those not sorted last; areas
 * with nothing are left out. Without a frame, one untitled section in the given order.
 */
export function sectionsByArea<T extends { area: string | null }>(items: readonly T[], input: Pick<RetreatDocumentInput, 'frame'>, words: RetreatDocumentWords): AreaSection<T>[] {
  if (input.frame !== 'performance_fact') return items.length ? [{ title: null, items: [...items] }] : [];
  const names = areaWords[words.language];
  const isArea = (area: string | null): area is PerformanceFactArea => area !== null && (performanceFactAreas as readonly string[]).includes(area);
  const sections: AreaSection<T>[] = performanceFactAreas.map((area) => ({ title: names[area], items: items.filter((item) => item.area === area) }));
  sections.push({ title: words.notSorted, items: items.filter((item) => !isArea(item.area)) });
  return sections.filter((section) => section.items.length > 0);
}

/** The title page both documents share: the district, the document, the retreat, the cycle and the day. */
export function retreatCover(input: RetreatDocumentInput, title: string, words: RetreatDocumentWords): PrintBlock {
  return { kind: 'cover', organizationName: input.organizationName, initials: initialsOf(input.organizationName), title, lines: [input.cycleName, words.retreatLine(input.retreatTitle), input.dateText] };
}

/** The privacy note, with the district's threshold when a chart says it. */
export function privacyNote(input: RetreatDocumentInput, words: RetreatDocumentWords): string {
  const threshold = input.charts.find((chart) => chart.data)?.data?.threshold ?? null;
  return words.privacyNote(threshold);
}
