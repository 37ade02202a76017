/** The shapes the server sends about planning cycles, as the API contract describes them. */

/* Planning cycles (process templates run as dated cycles), see src/server/process/cycles. */

export type DeliverableStatus = 'not_started' | 'in_progress' | 'in_review' | 'complete';
export type DeliverableReviewState = 'none' | 'approved' | 'changes_requested';
export type ReadinessState = 'open' | 'checked' | 'waived';

export interface ProcessTemplateSummary {
  id: string;
  kind: 'framework' | 'blank';
  name: string;
  publisher: string;
  summary: string;
  /** The suggested length of all phases together, in days. */
  totalDays: number;
  phases: Array<{ id: string; name: string }>;
}

export interface CycleSummary {
  id: string;
  templateId: string;
  name: string;
  startDate: string;
  endDate: string | null;
  version: number;
  createdAt: string;
}

export interface CyclePhase {
  id: string;
  templateKey: string | null;
  position: number;
  name: string;
  guidingQuestion: string;
  purpose: string;
  outcomes: string[];
  startDate: string;
  endDate: string;
  isClosed: boolean;
  closedAt: string | null;
  version: number;
}

export interface CycleStep {
  id: string;
  phaseId: string;
  position: number;
  text: string;
  linksTo: string | null;
  isDone: boolean;
  version: number;
}

export interface CycleSession {
  id: string;
  phaseId: string;
  templateKey: string | null;
  position: number;
  name: string;
  format: string;
  audience: string | null;
  date: string;
  lengthMinutes: number | null;
  /** A length in words ("Half day") when the template gives no minutes. */
  lengthLabel: string | null;
  details: { purpose?: string; agenda?: string[]; outcomes?: string[] };
  version: number;
}

export interface CycleDeliverable {
  id: string;
  phaseId: string;
  templateKey: string | null;
  letter: string | null;
  position: number;
  name: string;
  description: string;
  doneWhen: string[];
  dueDate: string;
  linksTo: string | null;
  ownerId: string | null;
  /** Names come with the ids, for readers who may not list the district's members. */
  ownerName: string | null;
  reviewerId: string | null;
  reviewerName: string | null;
  status: DeliverableStatus;
  reviewState: DeliverableReviewState;
  documentUrl: string | null;
  documentText: string | null;
  version: number;
}

export interface ReadinessItem {
  id: string;
  templateKey: string | null;
  position: number;
  label: string;
  description: string | null;
  linksTo: string | null;
  state: ReadinessState;
  waiverReason: string | null;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  version: number;
}

export interface CycleDetail {
  id: string;
  templateId: string;
  name: string;
  startDate: string;
  endDate: string | null;
  version: number;
  /** The plan this cycle produces, where deliverables linking to the plan's parts lead. */
  plan: { id: string; title: string } | null;
  /** The first phase not closed; null when all are closed. */
  currentPhase: { id: string; name: string; guidingQuestion: string } | null;
  phases: CyclePhase[];
  steps: CycleStep[];
  sessions: CycleSession[];
  deliverables: CycleDeliverable[];
  readiness: ReadinessItem[];
  /** Template session id -> index of the alternative the cycle holds it as (a retreat instead of meetings). */
  sessionChoices: Record<string, number>;
  /** The template's optional paths, with the names of their phases and whether this cycle takes each. */
  optionalPaths: CycleOptionalPath[];
  /** What the framework includes (kits, consulting hours...). */
  supports: CycleSupport[];
}

export interface CycleOptionalPath {
  id: string;
  name: string;
  description: string;
  phase: string | null;
  decidedIn: string | null;
  chosen: boolean;
}

export interface CycleSupport {
  id: string;
  name: string;
  description: string;
  phase: string | null;
  isOptional: boolean;
}

export interface DeliverableEvent {
  id: string;
  kind: 'created' | 'edited' | 'status_changed' | 'approved' | 'changes_requested';
  actorUserId: string | null;
  actor: string;
  fromStatus: DeliverableStatus | null;
  toStatus: DeliverableStatus | null;
  comment: string | null;
  changes: unknown;
  /** The rubric scores a network reviewer gave with a sign-off; null otherwise. */
  rubric: { name: string; scores: Array<{ criterion: string; level: string; note: string | null }> } | null;
  at: string;
}
