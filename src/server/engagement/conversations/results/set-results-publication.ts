import { inTransaction } from '../../../db/transaction.js';
import { AppError, notFound } from '../../../errors.js';
import { recordAuditEvent } from '../../../platform/audit/record-audit-event.js';
import type { DistrictScope } from '../conversation-scope.js';
import { conversationUrlOf } from '../conversations.present.js';
import { conversationResultsRepo } from './conversation-results.repo.js';

/**
 * Publishes the conversation's public results page (/c/<code>/results) or takes it down, with its
 * audit event in the same transaction. Publishing needs a public code, so a conversation never
 * opened cannot be published (409); publishing again keeps the first date.
 */
export async function setResultsPublication(options: DistrictScope & { conversationId: string; isPublished: boolean; publicUrl: string; now?: Date }) {
  const { db, actor, organizationId, conversationId, isPublished } = options;
  return inTransaction(db, async (trx) => {
    const before = await conversationResultsRepo.find(trx, organizationId, conversationId, { lock: true });
    if (!before) throw notFound('Conversation');
    if (isPublished && !before.public_code) throw new AppError('conflict', 'Open the conversation first: its results are published at its public link');
    const publishedAt = isPublished ? (before.results_published_at ?? options.now ?? new Date()) : null;
    if ((before.results_published_at !== null) !== isPublished) {
      await conversationResultsRepo.setResultsPublishedAt(trx, organizationId, conversationId, publishedAt);
      await recordAuditEvent(trx, actor, {
        organizationId,
        action: isPublished ? 'conversation.results_published' : 'conversation.results_unpublished',
        entityType: 'conversation',
        entityId: conversationId,
        before: { results_published_at: before.results_published_at?.toISOString() ?? null },
        after: { results_published_at: publishedAt?.toISOString() ?? null },
      });
    }
    return {
      is_published: publishedAt !== null,
      published_at: publishedAt?.toISOString() ?? null,
      public_url: before.public_code ? `${conversationUrlOf(options.publicUrl, before.public_code)}/results` : null,
    };
  });
}
