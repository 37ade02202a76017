import type { Kysely } from 'kysely';
import { exportIdsOf } from '../../../../core/engagement/conversations/polis-export-writer.js';
import type { DB } from '../../../db/schema.js';
import { AppError, notFound } from '../../../errors.js';
import type { ConversationMode } from '../../conversation-tables.js';
import { conversationsRepo } from '../conversations.repo.js';
import { conversationExportsRepo } from './conversation-exports.repo.js';

/**
 * A conversation's statements, participants and votes under the ids its exports use (Polis's own
 * for imported rows, small integers for the rest: never a database id, a device or an email).
 * 404 for another district's conversation, 409 when the file asked for is the other mode's.
 */
export async function loadExportData(options: { db: Kysely<DB>; organizationId: string; conversationId: string; mode: ConversationMode }) {
  const { db, organizationId, conversationId } = options;
  const conversation = await conversationsRepo.find(db, organizationId, conversationId);
  if (!conversation) throw notFound('Conversation');
  if (conversation.mode !== options.mode) {
    throw new AppError('conflict', conversation.mode === 'vote' ? 'This conversation votes: export its comments, votes and participants’ votes' : 'This conversation rates ideas: export its ideas and ratings');
  }
  const [statements, participants, votes] = await Promise.all([
    conversationExportsRepo.listStatements(db, conversationId),
    conversationExportsRepo.listParticipants(db, conversationId),
    conversationExportsRepo.listVotes(db, conversationId),
  ]);
  return { conversation, statements, votes, statementIds: exportIdsOf(statements), participantIds: exportIdsOf(participants) };
}

export const millisOf = (at: Date | string) => new Date(at).getTime();
