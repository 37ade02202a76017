import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { effectiveStatus } from '../surveys/survey-life.js';
import type { DistrictScope } from './conversation-scope.js';
import { conversationStatementsRepo } from './conversation-statements.repo.js';
import { conversationsRepo } from './conversations.repo.js';

/**
 * A statement by the district's team to start the conversation off: accepted at once, and labelled
 * as the team's wherever it is shown, so nobody takes it for a neighbour's. In the conversation's
 * language or any other, with the team's translations into its languages.
 */
export async function addSeedStatement(options: DistrictScope & { conversationId: string; values: { text: string; language: string; translations?: Record<string, string> } }) {
  const { db, actor, organizationId, conversationId, values } = options;
  return inTransaction(db, async (trx) => {
    const conversation = await conversationsRepo.find(trx, organizationId, conversationId);
    if (!conversation) throw notFound('Conversation');
    if (effectiveStatus(conversation) === 'closed') throw new AppError('conflict', 'This conversation has closed: it takes no more statements');
    const translations = values.translations ?? {};
    if (translations[values.language] !== undefined) throw invalidInput(`/translations/${values.language}`, 'is the statement’s own language: its text is the statement itself', { code: 'duplicate' });
    const statement = await conversationStatementsRepo.insertSeed(trx, { conversationId, organizationId, text: values.text, language: values.language, translations, createdBy: actor.userId });
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'conversation.seed_added',
      entityType: 'conversation_statement',
      entityId: statement.id,
      after: { conversation_id: conversationId, text: statement.text, language: statement.language, translations },
    });
    return statement;
  });
}
