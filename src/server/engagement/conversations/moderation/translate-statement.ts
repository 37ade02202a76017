import { inTransaction } from '../../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../../errors.js';
import { recordAuditEvent } from '../../../platform/audit/record-audit-event.js';
import type { DistrictScope } from '../conversation-scope.js';
import { conversationStatementsRepo } from '../conversation-statements.repo.js';
import { conversationsRepo } from '../conversations.repo.js';
import { moderationRepo } from './moderation.repo.js';

/**
 * A team translation of one statement into one of the conversation's languages, shown to
 * participants reading in that language beside the original (never instead of it); `text` null
 * removes it. A moderator's job (engagement.moderate: moderators, and the planners and
 * administrators who edit conversations), pending statements included. `version` is the statement's as read: 409 with the current translations when it
 * changed since (another translation, or a moderation decision). Audited in the same transaction.
 */
export async function translateStatement(options: DistrictScope & { conversationId: string; statementId: string; language: string; text: string | null; version: number }) {
  const { db, actor, organizationId, conversationId, statementId, language, text } = options;
  return inTransaction(db, async (trx) => {
    const conversation = await conversationsRepo.find(trx, organizationId, conversationId);
    if (!conversation) throw notFound('Conversation');
    const statement = await conversationStatementsRepo.find(trx, conversationId, statementId, { lock: true });
    if (!statement) throw notFound('Statement');
    const languages = conversation.languages as string[];
    if (!languages.includes(language)) {
      throw invalidInput('/language', `"${language}" is not one of the conversation's languages`, { code: 'language_not_listed', params: { language } });
    }
    if (language === statement.language) {
      throw invalidInput('/language', 'is the language the statement is written in', { code: 'invalid_choice' });
    }
    const before = (statement.translations ?? {}) as Record<string, string>;
    if (statement.version !== options.version) {
      throw new AppError('conflict', 'This statement changed meanwhile; review it and try again', [], { current: { translations: before, version: statement.version } });
    }
    const after = { ...before };
    if (text === null) delete after[language];
    else after[language] = text;
    const saved = await moderationRepo.saveTranslations(trx, statementId, after);
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'conversation.statement_translated',
      entityType: 'conversation_statement',
      entityId: statementId,
      before: { language, text: before[language] ?? null },
      after: { language, text },
    });
    return saved;
  });
}
