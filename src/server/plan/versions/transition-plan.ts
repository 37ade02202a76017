import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PlanLifecycle } from '../tables.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput } from '../../errors.js';
import type { PlanHeader } from '../../../core/plan/format/plan-tree.js';
import type { Actor } from '../../platform/audit/actor.js';
import { discardAmendment } from './discard-amendment.js';
import { allowedTransitions, documentStatusFor, isAmendment, refusalMessage, versionLabel } from './lifecycle-rules.js';
import { lockPlanAtVersion, saveTransition, type Adoption } from './save-transition.js';

/**
 * Moves a plan through its lifecycle (see lifecycle-rules.ts for which moves are allowed). Every
 * transition writes the status (and an adoption) into the plan header, freezes the working copy
 * as an immutable version and records the move, in one transaction. Adopting points the plan at
 * the version frozen; starting an amendment leaves the adopted version as it is, so the public
 * and monitoring keep reading it until the amendment is adopted. `discard` (with to = adopted)
 * drops an amendment instead: see discardAmendment.
 */
export function transitionPlan(options: {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  planId: string;
  to: PlanLifecycle;
  version: number;
  adoption?: Adoption;
  discard?: boolean;
}) {
  const { db, actor, organizationId, planId, to, version, adoption } = options;
  checkInput(options);
  if (options.discard) return discardAmendment({ db, actor, organizationId, planId, version });
  return inTransaction(db, async (trx) => {
    const plan = await lockPlanAtVersion(trx, organizationId, planId, version);
    const amendment = isAmendment(plan);
    const allowed = allowedTransitions(plan.lifecycle, amendment);
    if (!allowed.includes(to)) {
      throw new AppError('conflict', refusalMessage(plan.lifecycle, to, allowed), [], { from: plan.lifecycle, to, allowed });
    }
    const header = plan.header as PlanHeader;
    const next: PlanHeader['plan'] = { ...header.plan, status: documentStatusFor(to) };
    if (adoption) next.adopted = adoption;
    // An amendment is not what the board adopted; the adopted version keeps that record.
    if (to === 'amending') delete next.adopted;
    return saveTransition(trx, {
      plan,
      actor,
      to,
      header: { ...header, plan: next },
      label: versionLabel(plan.lifecycle, to, amendment, adoption?.date),
      adoption,
      audit: { action: 'plan.transitioned', after: adoption ? { adoption } : {} },
    });
  });
}

/** The adoption goes with adopting and nothing else; discarding is only a way back to adopted. */
function checkInput(options: { to: PlanLifecycle; adoption?: Adoption; discard?: boolean }) {
  const { to, adoption, discard } = options;
  if (discard && to !== 'adopted') throw invalidInput('/discard', 'only goes with to = adopted (back to the adopted version)', { code: 'only_when_adopting' });
  if (discard && adoption) throw invalidInput('/adoption', 'a discarded amendment is not adopted again; leave adoption out', { code: 'not_with_discard' });
  if (to === 'adopted' && !discard && !adoption) throw invalidInput('/adoption/date', 'is required to adopt a plan', { code: 'required' });
  if (to !== 'adopted' && adoption) throw invalidInput('/adoption', 'only goes with to = adopted', { code: 'only_when_adopting' });
}
