import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { StatementStatus } from '../conversation-tables.js';
import { readConversation } from './list-conversations.js';
import { conversationStatementsRepo } from './conversation-statements.repo.js';
import { presentTeamStatement } from './statements.present.js';

/**
 * A conversation's statements for the team, oldest first, with their tallies and replies. Pending
 * and hidden statements are the moderators' to read (a statement waits or is hidden because it may
 * name a student or insult someone): others see the accepted ones only.
 */
export async function listConversationStatements(options: { db: Kysely<DB>; organizationId: string; conversationId: string; status?: StatementStatus; statementId?: string; mayModerate: boolean }) {
  const conversation = await readConversation(options);
  const visible: StatementStatus[] = options.mayModerate ? ['pending', 'accepted', 'hidden'] : ['accepted'];
  const statuses = options.status ? visible.filter((status) => status === options.status) : visible;
  if (statuses.length === 0) return [];
  const rows = await conversationStatementsRepo.listWithTallies(options.db, conversation.id, statuses, options.statementId);
  return rows.map((row) => presentTeamStatement(row, conversation.mode));
}
