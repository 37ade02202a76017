import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** What the summary reads of a conversation beyond its results: the replies leaders wrote. */
export const summaryConversationsRepo = {
  /** Shown statements a leader replied to or closed the loop on, oldest statement first. */
  listReplies(db: Kysely<DB>, conversationId: string) {
    return db
      .selectFrom('conversation_replies as r')
      .innerJoin('conversation_statements as s', 's.id', 'r.statement_id')
      .select(['s.text', 'r.reply', 'r.what_we_did'])
      .where('r.conversation_id', '=', conversationId)
      .where('s.status', '=', 'accepted')
      .orderBy('s.created_at')
      .orderBy('s.id')
      .execute();
  },
};
