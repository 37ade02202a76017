import { inTransaction } from '../../db/transaction.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { cannotVerifyEmail, checkConversationSettings } from './check-conversation-settings.js';
import type { DistrictScope } from './conversation-scope.js';
import type { NewConversation } from './conversations.schema.js';
import { conversationsRepo } from './conversations.repo.js';
import { auditedConversation } from './conversations.present.js';

/**
 * Adds a draft conversation to the district: its prompt in each of its languages, how people
 * respond (rate or vote), how statements are moderated (post-moderation unless asked), the
 * demographic questions it asks, its dates, and the cycle and engagement it serves.
 */
export async function createConversation(options: DistrictScope & { values: NewConversation; mailDelivers?: boolean }) {
  const { db, actor, organizationId, values } = options;
  if (values.verify_email && !options.mailDelivers) throw cannotVerifyEmail();
  const texts = { prompt: values.prompt, languages: values.languages, demographics: values.demographics ?? [] };
  return inTransaction(db, async (trx) => {
    const { cycleId } = await checkConversationSettings(trx, organizationId, {
      texts,
      opensAt: values.opens_at ?? null,
      closesAt: values.closes_at ?? null,
      cycleId: values.cycle_id ?? null,
      engagementEntryId: values.engagement_entry_id ?? null,
      isCycleGiven: true,
    });
    const conversation = await conversationsRepo.insert(trx, {
      organizationId,
      mode: values.mode,
      ...texts,
      moderation: values.moderation ?? 'post',
      opensAt: values.opens_at ?? null,
      closesAt: values.closes_at ?? null,
      cycleId,
      engagementEntryId: values.engagement_entry_id ?? null,
      verifyEmail: values.verify_email ?? false,
      createdBy: actor.userId,
    });
    await recordAuditEvent(trx, actor, { organizationId, action: 'conversation.created', entityType: 'conversation', entityId: conversation.id, after: auditedConversation(conversation) });
    return conversation;
  });
}
