import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { plansRepo } from '../plans/plans.repo.js';
import { withMentionNames } from './list-plan-comments.js';
import { planCommentsRepo } from './plan-comments.repo.js';

/** Marks a comment resolved, or open again. Asking for the state it is already in changes nothing and records nothing. */
export function resolvePlanComment(options: { db: Kysely<DB>; actor: Actor; organizationId: string; planId: string; commentId: string; resolved: boolean }) {
  const { db, actor, organizationId, planId, commentId, resolved } = options;
  return inTransaction(db, async (trx) => {
    const plan = await plansRepo.findPlan(trx, organizationId, planId);
    if (!plan) throw notFound('Plan');
    const comment = await planCommentsRepo.find(trx, plan.id, commentId);
    if (!comment) throw notFound('Comment');
    if ((comment.resolved_at !== null) === resolved) return (await withMentionNames(trx, [comment]))[0]!;
    if (plan.lifecycle === 'archived') throw new AppError('plan_not_editable', 'The plan is archived; its comments stay as they are');
    await planCommentsRepo.setResolved(trx, plan.id, comment.id, resolved);
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: resolved ? 'plan_comment.resolved' : 'plan_comment.reopened',
      entityType: 'plan_comment',
      entityId: comment.id,
      before: { resolved: !resolved },
      after: { resolved },
    });
    return (await withMentionNames(trx, [(await planCommentsRepo.find(trx, plan.id, comment.id))!]))[0]!;
  });
}
