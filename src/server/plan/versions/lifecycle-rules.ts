import type { PlanLifecycle } from '../tables.js';
import type { PlanBody } from '../../../core/plan/format/plan-format.schema.js';

/**
 * Where a plan may go from each state. A plan that already has an adopted version and is being
 * changed again is an amendment: it drafts in 'amending' (never 'draft', so lists and monitoring
 * keep telling it apart from a plan that was never adopted) and cannot be archived half-way;
 * it is adopted, or discarded back to the adopted version.
 */
export function allowedTransitions(from: PlanLifecycle, isAmendment: boolean): PlanLifecycle[] {
  switch (from) {
    case 'draft':
      return ['public_comment', 'adopted', 'archived'];
    case 'public_comment':
      return isAmendment ? ['amending', 'adopted'] : ['draft', 'adopted', 'archived'];
    case 'adopted':
      return ['amending', 'archived'];
    case 'amending':
      return ['public_comment', 'adopted'];
    case 'archived':
      return [];
  }
}

/** A working copy that changes a plan already adopted: being drafted, or out for comment. */
export function isAmendment(plan: { lifecycle: PlanLifecycle; adopted_version: number | null }): boolean {
  return plan.adopted_version !== null && (plan.lifecycle === 'amending' || plan.lifecycle === 'public_comment');
}

/**
 * The status the exported document states. The format has no "amending": an amendment is a
 * draft of the next plan, while the adopted version keeps saying "adopted".
 */
export function documentStatusFor(lifecycle: PlanLifecycle): NonNullable<PlanBody['status']> {
  return lifecycle === 'amending' ? 'draft' : lifecycle;
}

const stateNames: Record<PlanLifecycle, string> = {
  draft: 'draft',
  public_comment: 'public comment',
  adopted: 'adopted',
  amending: 'amending',
  archived: 'archived',
};

/** The message of a refused transition: both states, and what the plan can do instead. */
export function refusalMessage(from: PlanLifecycle, to: PlanLifecycle, allowed: readonly PlanLifecycle[]): string {
  const instead = allowed.length ? `; from ${stateNames[from]} it can go to ${allowed.map((s) => stateNames[s]).join(', ')}` : '; an archived plan stays archived';
  return `A plan cannot go from ${stateNames[from]} to ${stateNames[to]}${instead}`;
}

/** The label of the version a transition freezes, as the version history lists it. */
export function versionLabel(from: PlanLifecycle, to: PlanLifecycle, amendment: boolean, adoptionDate?: string): string {
  switch (to) {
    case 'public_comment':
      return amendment ? 'Amendment out for public comment' : 'Out for public comment';
    case 'draft':
      return 'Back to draft';
    case 'amending':
      return from === 'adopted' ? 'Amendment started' : 'Amendment back to drafting';
    case 'adopted':
      return `${amendment ? 'Amendment adopted' : 'Adopted'} ${adoptionDate ?? ''}`.trim();
    case 'archived':
      return 'Archived';
  }
}
