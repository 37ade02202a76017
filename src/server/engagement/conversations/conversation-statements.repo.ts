import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { StatementStatus } from '../conversation-tables.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface NewSeedStatement {
  conversationId: string;
  organizationId: string;
  text: string;
  language: string;
  translations: Record<string, string>;
  createdBy: string | null;
}

export const conversationStatementsRepo = {
  /**
   * The conversation's statements for the team, oldest first, each with its votes counted (agree,
   * disagree, pass; the mean for ratings) and its reply, in one query; only `statementId` when given.
   */
  listWithTallies(db: Executor, conversationId: string, statuses: readonly StatementStatus[], statementId?: string) {
    let query = db
      .selectFrom('conversation_statements as s')
      .leftJoin(
        (eb) =>
          eb
            .selectFrom('conversation_votes')
            .select([
              'statement_id',
              sql<string>`count(*)`.as('votes'),
              sql<string>`count(*) filter (where value = 1)`.as('agree'),
              sql<string>`count(*) filter (where value = -1)`.as('disagree'),
              sql<string>`count(*) filter (where value = 0)`.as('pass'),
              sql<string | null>`avg(value)`.as('mean'),
            ])
            .where('conversation_id', '=', conversationId)
            .$if(statementId !== undefined, (q) => q.where('statement_id', '=', statementId!))
            .groupBy('statement_id')
            .as('t'),
        (join) => join.onRef('t.statement_id', '=', 's.id'),
      )
      .leftJoin('conversation_replies as r', 'r.statement_id', 's.id')
      .select(['s.id', 's.external_id', 's.text', 's.language', 's.translations', 's.is_seed', 's.status', 's.moderation_reason', 's.version', 's.created_at', 't.votes', 't.agree', 't.disagree', 't.pass', 't.mean'])
      .select(['r.reply', 'r.what_we_did', 'r.version as reply_version'])
      .where('s.conversation_id', '=', conversationId)
      .where('s.status', 'in', [...statuses])
      .orderBy('s.created_at')
      .orderBy('s.id');
    if (statementId !== undefined) query = query.where('s.id', '=', statementId);
    return query.execute();
  },

  /** The statement if it is one of the conversation's, locked in a transaction so two moderators take turns. */
  find(db: Executor, conversationId: string, statementId: string, options: { lock?: boolean } = {}) {
    const query = db.selectFrom('conversation_statements').selectAll().where('conversation_id', '=', conversationId).where('id', '=', statementId);
    return (options.lock ? query.forUpdate() : query).executeTakeFirst();
  },

  async insertSeed(trx: Transaction<DB>, values: NewSeedStatement) {
    return trx
      .insertInto('conversation_statements')
      .values({
        conversation_id: values.conversationId,
        organization_id: values.organizationId,
        text: values.text,
        language: values.language,
        translations: JSON.stringify(values.translations),
        is_seed: true,
        status: 'accepted',
        created_by: values.createdBy,
        author_participant_id: null,
        external_id: null,
        moderation_reason: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  setStatus(trx: Transaction<DB>, statementId: string, status: StatementStatus, reason: string | null) {
    return trx
      .updateTable('conversation_statements')
      .set({ status, moderation_reason: reason, version: sql`version + 1` })
      .where('id', '=', statementId)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  insertModerationEvent(
    trx: Transaction<DB>,
    values: { conversationId: string; organizationId: string; statementId: string; decision: 'accepted' | 'hidden'; reason: string | null; note: string | null; moderatedBy: string | null; moderatorLabel: string },
  ) {
    return trx
      .insertInto('conversation_moderation_events')
      .values({
        conversation_id: values.conversationId,
        organization_id: values.organizationId,
        statement_id: values.statementId,
        decision: values.decision,
        reason: values.reason,
        note: values.note,
        moderated_by: values.moderatedBy,
        moderator_label: values.moderatorLabel,
      })
      .execute();
  },

  findReply(db: Executor, statementId: string, options: { lock?: boolean } = {}) {
    const query = db.selectFrom('conversation_replies').selectAll().where('statement_id', '=', statementId);
    return (options.lock ? query.forUpdate() : query).executeTakeFirst();
  },

  /** Writes the reply and the "what we did" of a statement; one row per statement, made on the first write. */
  async saveReply(
    trx: Transaction<DB>,
    values: { conversationId: string; organizationId: string; statementId: string; reply: Record<string, string> | null; whatWeDid: Record<string, string> | null; repliedBy: string | null; repliedAt: Date | null; whatWeDidBy: string | null; whatWeDidAt: Date | null },
  ) {
    const row = {
      reply: values.reply === null ? null : JSON.stringify(values.reply),
      what_we_did: values.whatWeDid === null ? null : JSON.stringify(values.whatWeDid),
      replied_by: values.repliedBy,
      replied_at: values.repliedAt,
      what_we_did_by: values.whatWeDidBy,
      what_we_did_at: values.whatWeDidAt,
    };
    return trx
      .insertInto('conversation_replies')
      .values({ conversation_id: values.conversationId, organization_id: values.organizationId, statement_id: values.statementId, ...row })
      .onConflict((oc) => oc.column('statement_id').doUpdateSet({ ...row, version: sql`conversation_replies.version + 1`, updated_at: sql`now()` }))
      .returningAll()
      .executeTakeFirstOrThrow();
  },
};
