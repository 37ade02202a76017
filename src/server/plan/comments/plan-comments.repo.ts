import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface CommentRow {
  id: string;
  element_id: string | null;
  element_key: string | null;
  author_id: string | null;
  author_name: string | null;
  body: string;
  mentions: string[];
  resolved_at: Date | null;
  created_at: Date;
}

function selectComments(db: Executor, planId: string) {
  return db
    .selectFrom('plan_comments as c')
    // A comment outlives a deleted element (soft-deleted rows keep their key) and a removed account.
    .leftJoin('plan_elements as e', 'e.id', 'c.element_id')
    .leftJoin('users as u', 'u.id', 'c.author_id')
    .select(['c.id', 'c.element_id', 'e.key as element_key', 'c.author_id', 'u.name as author_name', 'c.body', 'c.mentions', 'c.resolved_at', 'c.created_at'])
    .where('c.plan_id', '=', planId);
}

export const planCommentsRepo = {
  list(db: Executor, planId: string): Promise<CommentRow[]> {
    return selectComments(db, planId).orderBy('c.created_at').orderBy('c.id').execute() as Promise<CommentRow[]>;
  },

  find(db: Executor, planId: string, commentId: string): Promise<CommentRow | undefined> {
    return selectComments(db, planId).where('c.id', '=', commentId).executeTakeFirst() as Promise<CommentRow | undefined>;
  },

  insert(trx: Transaction<DB>, values: { planId: string; organizationId: string; elementId: string | null; authorId: string | null; body: string; mentions: string[] }) {
    return trx
      .insertInto('plan_comments')
      .values({
        plan_id: values.planId,
        organization_id: values.organizationId,
        element_id: values.elementId,
        author_id: values.authorId,
        body: values.body,
        mentions: JSON.stringify(values.mentions),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  },

  /** Resolving keeps the first time it was resolved; reopening clears it. */
  async setResolved(trx: Transaction<DB>, planId: string, commentId: string, resolved: boolean) {
    await trx
      .updateTable('plan_comments')
      .set({ resolved_at: resolved ? sql`coalesce(resolved_at, now())` : null })
      .where('plan_id', '=', planId)
      .where('id', '=', commentId)
      .execute();
  },

  /** A live element of this plan, with what a mail needs to name it. */
  findElement(db: Executor, planId: string, elementId: string) {
    return db
      .selectFrom('plan_elements')
      .select(['id', 'kind', 'key', 'fields'])
      .where('plan_id', '=', planId)
      .where('id', '=', elementId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
  },

  findUsersByEmails(db: Executor, emails: readonly string[]) {
    if (!emails.length) return Promise.resolve([]);
    return db.selectFrom('users').select(['id', 'email', 'name', 'locale']).where('email', 'in', emails).execute();
  },

  namesOf(db: Executor, userIds: readonly string[]) {
    if (!userIds.length) return Promise.resolve([]);
    return db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute();
  },
};
