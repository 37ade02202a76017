import type { MetricUnit } from '../dataset-mapping.js';
import type { DiagnosticFrame } from '../retreat/diagnostic-frame.js';
import type { Quadrant } from '../retreat/dot-voting.js';
import type { RootCauses } from '../retreat/root-causes.js';

/**
 * What the data retreat's documents (the data picture and the diagnostic report) are drawn from:
 * plain data the server reads, small groups already hidden by `protectResults` and hidden
 * observations already left out. Nothing here can reveal a value the server did not pass.
 */

/** An indicator's cell as the API gives it: a value, a hidden cell and why, or no data. */
export type DocumentCell =
  | { value: number; n: number | null }
  | { suppressed: true; reason: 'in_file' | 'small_group' | 'complementary' }
  | { missing: true };

export interface DocumentChartData {
  metric: { label: string; unit: MetricUnit };
  by: 'school' | 'group' | 'period';
  period: string | null;
  group: string | null;
  /** The group compared with, when the chart's view names one. */
  compare: string | null;
  /** The fewest students a shown value stands for. */
  threshold: number;
  district: DocumentCell;
  /** One line per school, group or period, in the indicator's order. */
  lines: Array<{ label: string; cell: DocumentCell; gapToDistrict: number | null; gapToComparison: number | null; change: number | null }>;
}

export interface DocumentChart {
  id: string;
  question: string;
  /** A key of the retreat's frame, when sorted into one. */
  area: string | null;
  /** null when the metric has no data any more: `dataProblem` says why. */
  data: DocumentChartData | null;
  dataProblem: string | null;
  /** Visible observations only, in the order written. */
  observations: Array<{ id: string; kind: 'notice' | 'wonder'; body: string }>;
}

/** What an item or a priority's "where we are" cites, already put in words by the server's reading. */
export type DocumentCitation = { kind: 'chart'; question: string } | { kind: 'observation'; body: string } | { kind: 'evidence'; text: string };

export interface DocumentSwotItem {
  quadrant: Quadrant;
  text: string;
  area: string | null;
  dots: number;
  rank: number;
  isTied: boolean;
  citations: DocumentCitation[];
}

export interface DocumentPriority {
  title: string;
  dots: number;
  area: string | null;
  currentState: string;
  currentEvidence: DocumentCitation[];
  futureState: string;
  /** The title of the plan goal the priority became, if it has one. */
  goalTitle: string | null;
  gap: string;
  rootCauses: RootCauses;
  caseForChange: string;
}

export interface RetreatDocumentInput {
  organizationName: string;
  cycleName: string;
  retreatTitle: string;
  frame: DiagnosticFrame;
  /** The day the document was drawn, as the reader writes dates ("December 7, 2026"). */
  dateText: string;
  charts: DocumentChart[];
  swot: DocumentSwotItem[];
  /** In the team's order. */
  priorities: DocumentPriority[];
}
