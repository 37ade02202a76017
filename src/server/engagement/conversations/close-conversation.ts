import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { effectiveStatus } from '../surveys/survey-life.js';
import type { DistrictScope } from './conversation-scope.js';
import { conversationsRepo } from './conversations.repo.js';
import { auditedConversation } from './conversations.present.js';

/** Stops taking statements and votes now; the public link then says the conversation has closed (410). */
export async function closeConversation(options: DistrictScope & { conversationId: string; now?: Date }) {
  const { db, actor, organizationId, conversationId } = options;
  const now = options.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const before = await conversationsRepo.find(trx, organizationId, conversationId, { lock: true });
    if (!before) throw notFound('Conversation');
    if (before.status === 'draft') throw new AppError('conflict', 'This conversation has not been opened, so there is nothing to close');
    if (before.status === 'closed') return before;
    // Closed by its date already: the record says so from now on, at the time it really closed.
    const closedAt = effectiveStatus(before, now) === 'closed' ? before.closes_at! : now;
    await conversationsRepo.setStatus(trx, organizationId, conversationId, 'closed', { closed_at: closedAt });
    const after = (await conversationsRepo.find(trx, organizationId, conversationId))!;
    await recordAuditEvent(trx, actor, { organizationId, action: 'conversation.closed', entityType: 'conversation', entityId: conversationId, before: auditedConversation(before, now), after: auditedConversation(after, now) });
    return after;
  });
}
