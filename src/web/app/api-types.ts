/** The shapes the server sends, as the API contract describes them. */
import type { PlanHeader } from '../../core/plan-format/plan-tree';

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
  | 'plans.adopt';

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
