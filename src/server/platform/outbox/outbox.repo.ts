import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

export interface OutgoingMail {
  organizationId: string | null;
  to: string;
  subject: string;
  text: string;
  /** Mail to someone who is not a user (a participant's code): never listed, deleted once sent or given up. */
  isPrivate?: boolean;
}

export const outboxRepo = {
  /** Queued inside the write that caused it, so a rolled-back invitation sends nothing. */
  async enqueue(trx: Transaction<DB>, mail: OutgoingMail, status: 'held' | 'pending') {
    const row = await trx
      .insertInto('outbox_messages')
      .values({ organization_id: mail.organizationId, to_address: mail.to, subject: mail.subject, body_text: mail.text, status, is_private: mail.isPrivate ?? false })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  },

  list(db: Kysely<DB>, options: { organizationId: string | null; limit: number; before?: string }) {
    let query = db.selectFrom('outbox_messages').selectAll().where('is_private', '=', false).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(options.limit + 1);
    query = options.organizationId ? query.where('organization_id', '=', options.organizationId) : query;
    if (options.before) {
      // Messages of one transaction share a timestamp; the id breaks the tie so no page skips any.
      const cursor = options.before;
      query = query.where(({ eb, refTuple, selectFrom }) =>
        eb(refTuple('created_at', 'id'), '<', selectFrom('outbox_messages as cursor').select(['cursor.created_at', 'cursor.id']).where('cursor.id', '=', cursor).$asTuple('created_at', 'id')),
      );
    }
    return query.execute();
  },

  findById(db: Kysely<DB>, id: string) {
    return db.selectFrom('outbox_messages').selectAll().where('id', '=', id).executeTakeFirst();
  },

  pendingIds(db: Kysely<DB>) {
    return db.selectFrom('outbox_messages').select('id').where('status', '=', 'pending').execute().then((rows) => rows.map((r) => r.id));
  },

  async markSent(db: Kysely<DB>, id: string) {
    await db.updateTable('outbox_messages').set({ status: 'sent', sent_at: sql`now()`, attempts: sql`attempts + 1`, last_error: null }).where('id', '=', id).execute();
    await forgetPrivate(db, id);
  },

  async markFailed(db: Kysely<DB>, id: string, error: string, isFinal: boolean) {
    await db
      .updateTable('outbox_messages')
      .set({ status: isFinal ? 'failed' : 'pending', attempts: sql`attempts + 1`, last_error: error.slice(0, 1000) })
      .where('id', '=', id)
      .execute();
    if (isFinal) await forgetPrivate(db, id);
  },
};

/** A private message (a participant's address and code) is kept only until it is sent or given up. */
function forgetPrivate(db: Kysely<DB>, id: string) {
  return db.deleteFrom('outbox_messages').where('id', '=', id).where('is_private', '=', true).execute();
}
