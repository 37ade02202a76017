/** The shapes the server sends about plans, as the API contract describes them. */
import type { PlanHeader } from '../../core/plan/format/plan-tree';

/* Plans (issue 3). Element fields are the strategic-plan/v1 format's own, see src/core/plan/format. */

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
