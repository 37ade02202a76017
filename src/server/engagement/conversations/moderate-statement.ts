import type { ModerationReason } from '../../../core/engagement/moderation/moderation-policy.js';
import { inTransaction } from '../../db/transaction.js';
import { invalidInput, notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import type { DistrictScope } from './conversation-scope.js';
import { conversationStatementsRepo } from './conversation-statements.repo.js';
import { conversationsRepo } from './conversations.repo.js';

/**
 * A moderator's decision on a statement: accept it (shown to participants) or hide it for a reason
 * of the published policy (moderation-policy.ts). Hiding deletes nothing: the statement keeps its
 * votes, which still count in the statistics, and leaves the map and the participants' lists. Each
 * decision is a row of the moderation log and an audit event, in one transaction.
 */
export async function moderateStatement(options: DistrictScope & { conversationId: string; statementId: string; decision: 'accept' | 'hide'; reason?: ModerationReason }) {
  const { db, actor, organizationId, conversationId, statementId, decision } = options;
  if (decision === 'hide' && !options.reason) throw invalidInput('/reason', 'is required to hide a statement: one of the reasons of the published policy', { code: 'required' });
  const reason = decision === 'hide' ? options.reason! : null;
  return inTransaction(db, async (trx) => {
    const conversation = await conversationsRepo.find(trx, organizationId, conversationId);
    if (!conversation) throw notFound('Conversation');
    const before = await conversationStatementsRepo.find(trx, conversationId, statementId, { lock: true });
    if (!before) throw notFound('Statement');
    const status = decision === 'accept' ? 'accepted' : 'hidden';
    const after = await conversationStatementsRepo.setStatus(trx, statementId, status, reason);
    await conversationStatementsRepo.insertModerationEvent(trx, { conversationId, organizationId, statementId, decision: status, reason, note: null, moderatedBy: actor.userId, moderatorLabel: actor.label });
    if (before.status !== status) await conversationsRepo.noteModeration(trx, conversationId);
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: decision === 'accept' ? 'conversation.statement_accepted' : 'conversation.statement_hidden',
      entityType: 'conversation_statement',
      entityId: statementId,
      before: { status: before.status, moderation_reason: before.moderation_reason },
      after: { status: after.status, moderation_reason: after.moderation_reason },
    });
    return after;
  });
}
