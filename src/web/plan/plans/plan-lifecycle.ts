import type { PlanDetail, PlanLifecycle } from '../api-types';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import type { BadgeTone } from '../../app/ui/badge';

export const lifecycleLabel: Record<PlanLifecycle, MessageKey> = {
  draft: 'lifecycle.draft',
  public_comment: 'lifecycle.public_comment',
  adopted: 'lifecycle.adopted',
  amending: 'lifecycle.amending',
  archived: 'lifecycle.archived',
};

export const lifecycleTone: Record<PlanLifecycle, BadgeTone> = {
  draft: 'neutral',
  public_comment: 'info',
  adopted: 'success',
  amending: 'warning',
  archived: 'neutral',
};

export type TransitionTarget = 'public_comment' | 'draft' | 'adopted' | 'amending' | 'archived' | 'discard';

/**
 * The moves offered from each state, as the server's lifecycle rules allow them. A working copy
 * that changes an adopted plan is an amendment: it drafts in 'amending' (never 'draft'), goes out
 * for comment and back, and ends adopted or discarded (back to the adopted version), not archived.
 */
export function transitionsFor(plan: Pick<PlanDetail, 'lifecycle' | 'adoptedVersion'>): TransitionTarget[] {
  const isAmendment = plan.adoptedVersion !== null && (plan.lifecycle === 'amending' || plan.lifecycle === 'public_comment');
  switch (plan.lifecycle) {
    case 'draft':
      return ['public_comment', 'adopted', 'archived'];
    case 'public_comment':
      return isAmendment ? ['amending', 'adopted', 'discard'] : ['draft', 'adopted', 'archived'];
    case 'adopted':
      return ['amending', 'archived'];
    case 'amending':
      return ['public_comment', 'adopted', 'discard'];
    case 'archived':
      return [];
  }
}

/** Adopting decides what the public sees, so it needs plans.adopt; every other move plans.edit. */
export const permissionFor: Record<TransitionTarget, 'plans.edit' | 'plans.adopt'> = {
  public_comment: 'plans.edit',
  draft: 'plans.edit',
  amending: 'plans.edit',
  adopted: 'plans.adopt',
  archived: 'plans.edit',
  discard: 'plans.edit',
};
