import { conversationMissingTranslations, conversationStructuralChange } from '../../../core/engagement/conversations/conversation-texts.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { effectiveStatus } from '../surveys/survey-life.js';
import { cannotVerifyEmail, checkConversationSettings } from './check-conversation-settings.js';
import type { DistrictScope } from './conversation-scope.js';
import { missingPromptTranslationsError } from './open-conversation.js';
import type { ConversationChanges } from './conversations.schema.js';
import { conversationsRepo } from './conversations.repo.js';
import { auditedConversation, presentConversation, textsOf } from './conversations.present.js';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * Changes a conversation's settings; what is not sent stays. A draft may change in any way (its
 * mode only while nothing has been said in it). Once open, participants joined and answered as it
 * was: its mode, a language it offered and its demographic questions beyond their words are
 * fixed (409 naming the field), and an open conversation must stay fully translated. 409 with the
 * current conversation when someone changed it since `version`.
 */
export async function updateConversation(options: DistrictScope & { conversationId: string; version: number; changes: ConversationChanges; publicUrl: string; mailDelivers?: boolean }) {
  const { db, actor, organizationId, conversationId, version, changes } = options;
  return inTransaction(db, async (trx) => {
    const before = await conversationsRepo.find(trx, organizationId, conversationId, { lock: true });
    if (!before) throw notFound('Conversation');
    if (before.version !== version) throw new AppError('conflict', 'Someone else changed this conversation meanwhile; review their version and try again', [], { current: presentConversation(before, options.publicUrl) });

    const beforeTexts = textsOf(before);
    const texts = { prompt: changes.prompt ?? beforeTexts.prompt, languages: changes.languages ?? beforeTexts.languages, demographics: changes.demographics ?? beforeTexts.demographics };
    const status = effectiveStatus(before);
    const hasResponses = Number(before.vote_count) > 0 || Number(before.accepted_count) + Number(before.pending_count) + Number(before.hidden_count) > 0;
    if (changes.mode !== undefined && changes.mode !== before.mode && (status !== 'draft' || hasResponses)) {
      throw new AppError('conflict', 'The way people respond cannot change once the conversation has opened or has statements: start a new conversation instead', [{ path: '/mode', message: 'may not change now', code: 'not_changed_here' }]);
    }
    if (changes.verify_email !== undefined && changes.verify_email !== before.verify_email) {
      if (status !== 'draft') throw new AppError('conflict', 'Whether participants confirm an email cannot change once the conversation has opened: people joined as it was', [{ path: '/verify_email', message: 'may not change once the conversation has opened', code: 'not_changed_here' }]);
      if (changes.verify_email && !options.mailDelivers) throw cannotVerifyEmail();
    }
    if (status !== 'draft') {
      const change = conversationStructuralChange(beforeTexts, texts);
      if (change !== null) {
        throw new AppError('conflict', `This conversation is ${status} and people took part in it as it is: only its words may change (the change at ${change} is more than words)`, [{ path: change, message: 'may not change once the conversation has opened', code: 'not_changed_here' }]);
      }
      if (status === 'open' && conversationMissingTranslations(texts).length) throw missingPromptTranslationsError(texts);
    }

    const opensAt = changes.opens_at !== undefined ? changes.opens_at : iso(before.opens_at);
    const closesAt = changes.closes_at !== undefined ? changes.closes_at : iso(before.closes_at);
    const entryId = changes.engagement_entry_id !== undefined ? changes.engagement_entry_id : before.engagement_entry_id;
    const { cycleId } = await checkConversationSettings(trx, organizationId, {
      texts,
      opensAt,
      closesAt,
      cycleId: changes.cycle_id !== undefined ? changes.cycle_id : before.cycle_id,
      engagementEntryId: entryId,
      isCycleGiven: changes.cycle_id !== undefined,
    });

    const after = (await conversationsRepo.update(trx, organizationId, conversationId, version, {
      mode: changes.mode ?? before.mode,
      prompt: JSON.stringify(texts.prompt),
      languages: JSON.stringify(texts.languages),
      demographics: JSON.stringify(texts.demographics),
      moderation: changes.moderation ?? before.moderation,
      opens_at: opensAt,
      closes_at: closesAt,
      cycle_id: cycleId,
      engagement_entry_id: entryId,
      verify_email: changes.verify_email ?? before.verify_email,
    }))!;
    await recordAuditEvent(trx, actor, { organizationId, action: 'conversation.updated', entityType: 'conversation', entityId: conversationId, before: auditedConversation(before), after: auditedConversation(after) });
    return after;
  });
}
