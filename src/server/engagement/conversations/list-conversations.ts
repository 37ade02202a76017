import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { conversationsRepo } from './conversations.repo.js';

/** The district's conversations, newest first, each with its counts. */
export function listConversations(options: { db: Kysely<DB>; organizationId: string }) {
  return conversationsRepo.list(options.db, options.organizationId);
}

/** One conversation of the district; 404 when it is not the district's. */
export async function readConversation(options: { db: Kysely<DB>; organizationId: string; conversationId: string }) {
  const conversation = await conversationsRepo.find(options.db, options.organizationId, options.conversationId);
  if (!conversation) throw notFound('Conversation');
  return conversation;
}
