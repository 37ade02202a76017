import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import { flattenPlan } from '../../../core/plan/format/plan-tree.js';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';
import type { Actor } from '../../platform/audit/actor.js';
import { planVersionsRepo } from '../plans/plan-versions.repo.js';
import { isAmendment } from './lifecycle-rules.js';
import { restoreWorkingCopy } from './restore-working-copy.js';
import { lockPlanAtVersion, saveTransition } from './save-transition.js';

/**
 * Drops an amendment (being drafted or out for comment): the working copy becomes the adopted
 * version again, elements matched by key so comments on the ones that survive stay attached,
 * and the plan is back to adopted. The restored copy is frozen like any transition, without an
 * adoption, since the board adopted nothing new; adoptedVersion keeps pointing at what it adopted.
 */
export function discardAmendment(options: { db: Kysely<DB>; actor: Actor; organizationId: string; planId: string; version: number }) {
  const { db, actor, organizationId, planId, version } = options;
  return inTransaction(db, async (trx) => {
    const plan = await lockPlanAtVersion(trx, organizationId, planId, version);
    if (!isAmendment(plan)) {
      throw new AppError('conflict', `Only an amendment can be discarded; this plan is ${plan.lifecycle.replace('_', ' ')}${plan.adopted_version ? '' : ' and has never been adopted'}`, [], {
        from: plan.lifecycle,
        to: 'adopted',
        allowed: [],
      });
    }
    const adopted = await planVersionsRepo.find(trx, plan.id, plan.adopted_version!);
    if (!adopted) throw new Error(`Plan ${plan.id} points at adopted version ${plan.adopted_version}, which does not exist`);
    const document = adopted.document as PlanDocument;
    const match = await restoreWorkingCopy(trx, plan, document);
    return saveTransition(trx, {
      plan,
      actor,
      to: 'adopted',
      header: flattenPlan(document).header,
      label: `Amendment discarded; back to version ${adopted.number}`,
      audit: {
        action: 'plan.amendment_discarded',
        after: {
          restoredVersion: adopted.number,
          added: match.added.map((a) => a.key),
          removed: match.removed.map((r) => r.key),
          changed: match.changed.map((c) => c.key),
          header: match.header,
        },
      },
    });
  });
}
