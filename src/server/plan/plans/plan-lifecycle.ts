import type { PlanLifecycle } from '../tables.js';
import { AppError } from '../../errors.js';

/**
 * The working copy can be edited while it is a draft, out for public comment, or an amendment
 * being prepared; an adopted or archived plan is changed only through an amendment.
 */
export function isEditable(lifecycle: PlanLifecycle): boolean {
  return lifecycle === 'draft' || lifecycle === 'public_comment' || lifecycle === 'amending';
}

export function assertEditable(lifecycle: PlanLifecycle) {
  if (!isEditable(lifecycle)) {
    throw new AppError('plan_not_editable', lifecycle === 'adopted' ? 'The plan is adopted; start an amendment to change it' : 'The plan is archived and cannot be changed');
  }
}
