import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import type { DistrictScope } from './conversation-scope.js';
import { conversationStatementsRepo } from './conversation-statements.repo.js';
import { conversationsRepo } from './conversations.repo.js';

type Texts = Record<string, string>;
const presentReply = (row: { reply: unknown; what_we_did: unknown; version: number }) => ({ reply: (row.reply ?? null) as Texts | null, what_we_did: (row.what_we_did ?? null) as Texts | null, version: row.version });

/**
 * A leader's reply to a statement, shown beside it, and later what the district did about it
 * ("closing the loop"). Either may be written alone; what is not sent stays, null removes it.
 * `version` is the reply's as read (0 before the first): 409 with the current one when someone
 * wrote since. Texts by language, in the conversation's languages.
 */
export async function replyToStatement(
  options: DistrictScope & { conversationId: string; statementId: string; version: number; reply?: Texts | null; whatWeDid?: Texts | null; now?: Date },
) {
  const { db, actor, organizationId, conversationId, statementId } = options;
  const now = options.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const conversation = await conversationsRepo.find(trx, organizationId, conversationId);
    if (!conversation) throw notFound('Conversation');
    const statement = await conversationStatementsRepo.find(trx, conversationId, statementId, { lock: true });
    if (!statement) throw notFound('Statement');
    const languages = conversation.languages as string[];
    for (const [field, texts] of [['reply', options.reply], ['what_we_did', options.whatWeDid]] as const) {
      const other = Object.keys(texts ?? {}).find((language) => !languages.includes(language));
      if (other !== undefined) throw invalidInput(`/${field}/${other}`, `"${other}" is not one of the conversation's languages`, { code: 'language_not_listed', params: { language: other } });
    }
    const before = await conversationStatementsRepo.findReply(trx, statementId, { lock: true });
    if ((before?.version ?? 0) !== options.version) {
      throw new AppError('conflict', 'Someone else wrote this reply meanwhile; review theirs and try again', [], { current: before ? presentReply(before) : null });
    }
    const reply = options.reply !== undefined ? options.reply : ((before?.reply ?? null) as Texts | null);
    const whatWeDid = options.whatWeDid !== undefined ? options.whatWeDid : ((before?.what_we_did ?? null) as Texts | null);
    const after = await conversationStatementsRepo.saveReply(trx, {
      conversationId,
      organizationId,
      statementId,
      reply,
      whatWeDid,
      repliedBy: options.reply !== undefined ? actor.userId : (before?.replied_by ?? null),
      repliedAt: options.reply !== undefined ? now : (before?.replied_at ?? null),
      whatWeDidBy: options.whatWeDid !== undefined ? actor.userId : (before?.what_we_did_by ?? null),
      whatWeDidAt: options.whatWeDid !== undefined ? now : (before?.what_we_did_at ?? null),
    });
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'conversation.statement_replied',
      entityType: 'conversation_statement',
      entityId: statementId,
      before: before ? presentReply(before) : null,
      after: presentReply(after),
    });
    return presentReply(after);
  });
}
