import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

export const accountRepo = {
  listTokens(db: Kysely<DB>, userId: string) {
    return db
      .selectFrom('api_tokens')
      .select(['id', 'name', 'created_at', 'last_used_at'])
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .orderBy('created_at', 'desc')
      .execute();
  },

  insertToken(trx: Transaction<DB>, values: { userId: string; name: string; tokenHash: string }) {
    return trx
      .insertInto('api_tokens')
      .values({ user_id: values.userId, name: values.name, token_hash: values.tokenHash })
      .returning(['id', 'name', 'created_at'])
      .executeTakeFirstOrThrow();
  },

  revokeToken(trx: Transaction<DB>, userId: string, tokenId: string) {
    return trx
      .updateTable('api_tokens')
      .set({ revoked_at: sql`now()` })
      .where('id', '=', tokenId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .returning(['id', 'name'])
      .executeTakeFirst();
  },

  /** Every live token of the user, revoked at once (after a new password). */
  revokeAllTokens(trx: Transaction<DB>, userId: string) {
    return trx
      .updateTable('api_tokens')
      .set({ revoked_at: sql`now()` })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .returning(['id', 'name'])
      .execute();
  },

  deleteOtherSessions(trx: Transaction<DB>, userId: string, keepSessionId: string | null) {
    let query = trx.deleteFrom('sessions').where('user_id', '=', userId);
    if (keepSessionId) query = query.where('id', '!=', keepSessionId);
    return query.execute();
  },
};
