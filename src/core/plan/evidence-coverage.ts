import type { EvidenceLink } from './format/evidence.js';

/**
 * Where a citation comes from, as the planning team counts its plan's grounding: the district's own
 * data (an indicator), what the community said in a survey, a conversation, a focus group or the
 * public comment on a draft, or other evidence (a document, a finding) typed in without a link.
 */
export type EvidenceSource = 'data' | 'survey' | 'conversation' | 'focus_group' | 'public_comment' | 'other';
export const evidenceSources: readonly EvidenceSource[] = ['data', 'survey', 'conversation', 'focus_group', 'public_comment', 'other'];

const sourceOfKind: Record<EvidenceLink['kind'], EvidenceSource> = {
  survey_result: 'survey',
  survey_theme: 'survey',
  survey_quote: 'survey',
  focus_group_theme: 'focus_group',
  conversation_statement: 'conversation',
  conversation_theme: 'conversation',
  public_comment: 'public_comment',
  public_comment_theme: 'public_comment',
  evidence_indicator: 'data',
};

export type EvidenceCounts = Record<EvidenceSource, number> & { total: number };

/** The element shape the count needs: the editor's elements and the server's rows both have it. */
export interface CoverageElement {
  id: string;
  parentId: string | null;
  kind: 'goal' | 'measure' | 'strategy' | 'action';
  key: string;
  fields: Record<string, unknown>;
}

export interface ElementCoverage {
  id: string;
  key: string;
  kind: CoverageElement['kind'];
  counts: EvidenceCounts;
}

export interface GoalCoverage {
  goal: ElementCoverage;
  /** The goal's own citations and those of everything under it (measures, strategies, actions). */
  total: EvidenceCounts;
  /** The elements under the goal that cite something, in the order given. */
  citing: ElementCoverage[];
  /** Nothing under the goal cites evidence or what the community said. */
  isUncited: boolean;
  /** Something is cited, but nothing the community said (only data and other evidence). */
  hasNoVoice: boolean;
}

const emptyCounts = (): EvidenceCounts => ({ data: 0, survey: 0, conversation: 0, focus_group: 0, public_comment: 0, other: 0, total: 0 });

/**
 * The sources of an element's citations, read from its `extensions.waymark_evidence` without zod
 * (the browser bundle goes without it): an item with no text is no citation, an unknown link kind
 * (from a newer Waymark) counts as other evidence.
 */
export function citationSourcesOf(fields: Record<string, unknown>): EvidenceSource[] {
  const extensions = fields.extensions as Record<string, unknown> | undefined;
  const items = extensions?.waymark_evidence;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { text, link } = item as { text?: unknown; link?: { kind?: unknown } };
    if (typeof text !== 'string' || text.trim() === '') return [];
    const kind = typeof link?.kind === 'string' ? link.kind : '';
    return [Object.hasOwn(sourceOfKind, kind) ? sourceOfKind[kind as EvidenceLink['kind']] : 'other'];
  });
}

function countsOf(fields: Record<string, unknown>): EvidenceCounts {
  const counts = emptyCounts();
  for (const source of citationSourcesOf(fields)) {
    counts[source] += 1;
    counts.total += 1;
  }
  return counts;
}

function add(into: EvidenceCounts, counts: EvidenceCounts): void {
  for (const source of evidenceSources) into[source] += counts[source];
  into.total += counts.total;
}

/**
 * For each goal, in the order given, how many citations it and everything under it carry, by
 * source: the coverage view lists the goals nobody could trace to evidence or a voice.
 */
export function evidenceCoverage(elements: readonly CoverageElement[]): GoalCoverage[] {
  const childrenOf = new Map<string | null, CoverageElement[]>();
  for (const element of elements) childrenOf.set(element.parentId, [...(childrenOf.get(element.parentId) ?? []), element]);
  const below = (parentId: string): CoverageElement[] => (childrenOf.get(parentId) ?? []).flatMap((child) => [child, ...below(child.id)]);

  return elements
    .filter((element) => element.kind === 'goal')
    .map((goal) => {
      const own: ElementCoverage = { id: goal.id, key: goal.key, kind: goal.kind, counts: countsOf(goal.fields) };
      const total = emptyCounts();
      add(total, own.counts);
      const citing: ElementCoverage[] = [];
      for (const element of below(goal.id)) {
        const counts = countsOf(element.fields);
        if (counts.total === 0) continue;
        citing.push({ id: element.id, key: element.key, kind: element.kind, counts });
        add(total, counts);
      }
      return { goal: own, total, citing, isUncited: total.total === 0, hasNoVoice: total.total > 0 && total.total === total.other + total.data };
    });
}
