import type { Kysely } from 'kysely';
import type { CommentModerationReason } from '../../../core/engagement/moderation/moderation-policy.js';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { readPublicComment } from './list-public-comments.js';
import { publicCommentsRepo } from './public-comments.repo.js';

/**
 * A moderator's decision on a comment, as for a conversation's ideas: accept it (shown on the draft
 * page when the district shows comments) or hide it for a reason of the published policy. Hiding
 * deletes nothing; the log keeps every decision. An unconfirmed comment waits for its writer first.
 */
export async function moderatePublicComment(options: { db: Kysely<DB>; actor: Actor; organizationId: string; planId: string; commentId: string; decision: 'accept' | 'hide'; reason?: CommentModerationReason }) {
  const { db, actor, organizationId, planId, commentId, decision } = options;
  if (decision === 'hide' && !options.reason) throw invalidInput('/reason', 'is required to hide a comment: one of the reasons of the published policy', { code: 'required' });
  const reason = decision === 'hide' ? options.reason! : null;
  await inTransaction(db, async (trx) => {
    const before = await publicCommentsRepo.find(trx, planId, commentId, { lock: true });
    if (!before || before.organization_id !== organizationId) throw notFound('Comment');
    if (before.status === 'unconfirmed') throw new AppError('conflict', 'This comment waits for its writer to confirm their address; it can be moderated once confirmed');
    const status = decision === 'accept' ? 'accepted' : 'hidden';
    const after = await publicCommentsRepo.setStatus(trx, commentId, status, reason);
    await publicCommentsRepo.insertModerationEvent(trx, { organizationId, planId, commentId, decision: status, reason, moderatedBy: actor.userId, moderatorLabel: actor.label });
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: decision === 'accept' ? 'public_comment.accepted' : 'public_comment.hidden',
      entityType: 'public_comment',
      entityId: commentId,
      before: { status: before.status, moderation_reason: before.moderation_reason },
      after: { status: after.status, moderation_reason: after.moderation_reason },
    });
  });
  return readPublicComment({ db, organizationId, planId, commentId });
}
