/** The shapes the server sends, as the API contract describes them. */
import type { PlanHeader } from '../../core/plan/format/plan-tree';

export type Locale = 'en' | 'es';
export type OrganizationKind = 'district' | 'network';
export type DistrictRole = 'administrator' | 'planner' | 'contributor' | 'viewer';
export type NetworkRole = 'network_admin' | 'coach';
export type Role = DistrictRole | NetworkRole;
export type Permission =
  | 'organization.read'
  | 'organization.manage'
  | 'members.read'
  | 'members.manage'
  | 'audit.read'
  | 'outbox.read'
  | 'districts.create'
  | 'plans.read'
  | 'plans.comment'
  | 'plans.edit'
  | 'plans.adopt'
  | 'process.read'
  | 'process.contribute'
  | 'process.review'
  | 'process.edit'
  | 'monitoring.read'
  | 'monitoring.update'
  | 'monitoring.manage';

export const districtRoles: readonly DistrictRole[] = ['administrator', 'planner', 'contributor', 'viewer'];
export const networkRoles: readonly NetworkRole[] = ['network_admin', 'coach'];

export function rolesFor(kind: OrganizationKind): readonly Role[] {
  return kind === 'network' ? networkRoles : districtRoles;
}

export interface Account {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  isOperator: boolean;
}

export interface SessionOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
  slug: string;
  networkId: string | null;
  role: Role;
  /** 'network': reached through a role in the district's network, not a membership of its own. */
  source: 'member' | 'network';
  permissions: Permission[];
}

export interface SessionResponse {
  user: Account;
  organizations: SessionOrganization[];
  csrfToken: string;
}

export interface Organization {
  id: string;
  kind: OrganizationKind;
  name: string;
  slug: string;
  networkId: string | null;
  version: number;
  createdAt: string;
}

export interface School {
  id: string;
  name: string;
  code: string | null;
}

export interface NetworkDistrict {
  id: string;
  name: string;
  slug: string;
  createdAt: string;
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  isActive: boolean;
  version: number;
  joinedAt: string;
  districtIds?: string[];
}

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  invitedBy: string | null;
}

export interface InvitationPreview {
  email: string;
  organizationId: string;
  organizationName: string;
  organizationKind: OrganizationKind;
  role: Role;
  hasAccount: boolean;
}

export interface AuditEvent {
  id: string;
  at: string;
  /** The contract leaves the actor's shape open; a label string is what the server stores. */
  actor: string | { name?: string; email?: string; label?: string } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export type OutboxStatus = 'held' | 'pending' | 'sent' | 'failed';

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  body: string;
  status: OutboxStatus;
  createdAt: string;
  sentAt: string | null;
  lastError: string | null;
}

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface CreatedApiToken {
  id: string;
  name: string;
  createdAt: string;
  token: string;
}

/* Plans (issue 3). Element fields are the strategic-plan/v1 format's own, see src/core/plan-format. */

export type PlanLifecycle = 'draft' | 'public_comment' | 'adopted' | 'amending' | 'archived';
export type PlanElementKind = 'goal' | 'measure' | 'strategy' | 'action';
export type PlanHeaderFields = PlanHeader['plan'];
export type PlanPeriodRange = NonNullable<PlanHeaderFields['period']>;

export interface PlanSummary {
  id: string;
  title: string;
  lifecycle: PlanLifecycle;
  period: PlanPeriodRange | null;
  adoptedVersion: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface PlanElement {
  id: string;
  parentId: string | null;
  kind: PlanElementKind;
  key: string;
  /** Order among the siblings of the same kind under the same parent, from 0. */
  position: number;
  /** The element's own fields exactly as in the format, without its key and child lists. */
  fields: Record<string, unknown>;
  childLists: Array<'measures' | 'strategies' | 'actions'>;
  version: number;
}

export interface PlanDetail {
  id: string;
  organizationId: string;
  title: string;
  lifecycle: PlanLifecycle;
  isEditable: boolean;
  adoptedVersion: number | null;
  version: number;
  updatedAt: string;
  header: { format: 'strategic-plan/v1'; organization: Record<string, unknown>; plan: PlanHeaderFields };
  elements: PlanElement[];
}

/*
 * Checks, budget, decision rights and comparisons are computed by the pure functions of src/core/plan
 * on the server; their result types are imported from there (types only, no code reaches the browser).
 */
export type { PlanCheck, PlanCheckCode } from '../../core/plan/plan-checks';
export type { BudgetSummary as PlanBudget, CurrencyBudget, BudgetCell, CostSummary } from '../../core/plan/budget-summary';
export type { DecisionRightsMatrix, DecisionRightsRow } from '../../core/plan/decision-rights-matrix';
export type { PlanComparison, FieldChange, ComparedElement, WordDiffPart as TextDiffPart } from '../../core/plan/plan-diff';

export interface PlanComment {
  id: string;
  elementId: string | null;
  elementKey: string | null;
  author: { id: string; name: string } | null;
  body: string;
  mentions: Array<{ userId: string; name: string }>;
  resolvedAt: string | null;
  createdAt: string;
}

export interface PlanAdoption {
  date: string;
  body?: string;
  resolution?: string;
  vote?: string;
}

export interface PlanVersion {
  number: number;
  lifecycle: PlanLifecycle;
  label: string;
  adoption: PlanAdoption | null;
  createdAt: string;
  /** The name of who froze it; null for the command line or a removed account. */
  createdBy: string | null;
}

interface ReimportedElement {
  key: string;
  kind: PlanElementKind;
  title: string;
}

export interface ReimportResult {
  applied: boolean;
  added: ReimportedElement[];
  removed: ReimportedElement[];
  changed: Array<ReimportedElement & { changes: string[] }>;
  header: string[];
}

/* Planning cycles (process templates run as dated cycles), see src/server/areas/cycles. */

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
  at: string;
}
