import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** A stored timestamp's calendar day in UTC, the day participants' rows keep. */
const dayOf = (column: string) => sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD')`;

const conversationColumns = ['id', 'organization_id', 'mode', 'prompt', 'languages', 'demographics', 'status', 'public_code', 'results_published_at'] as const;

/** What results read: counts by day, ratings, participants' demographic answers, the statements with replies. */
export const conversationResultsRepo = {
  find(db: Executor, organizationId: string, conversationId: string, options: { lock?: boolean } = {}) {
    let query = db.selectFrom('conversations').select(conversationColumns).where('organization_id', '=', organizationId).where('id', '=', conversationId);
    if (options.lock) query = query.forUpdate();
    return query.executeTakeFirst();
  },

  /** The conversation whose results are published under this public code, if any. */
  findPublishedByCode(db: Executor, code: string) {
    return db
      .selectFrom('conversations as c')
      .innerJoin('organizations as o', 'o.id', 'c.organization_id')
      .select(['c.id', 'c.organization_id', 'c.mode', 'c.prompt', 'c.languages', 'c.public_code', 'c.results_published_at', 'o.name as organization_name'])
      .where('c.public_code', '=', code)
      .where('c.results_published_at', 'is not', null)
      .executeTakeFirst();
  },

  setResultsPublishedAt(db: Executor, organizationId: string, conversationId: string, publishedAt: Date | null) {
    return db.updateTable('conversations').set({ results_published_at: publishedAt }).where('organization_id', '=', organizationId).where('id', '=', conversationId).execute();
  },

  /** New participants, statements (any status) and votes or ratings per day, each as (day, count). */
  async countsByDay(db: Executor, conversationId: string) {
    const [participants, statements, votes] = await Promise.all([
      db.selectFrom('conversation_participants').select([dayOf('created_at').as('day'), sql<string>`count(*)`.as('count')]).where('conversation_id', '=', conversationId).groupBy(sql`1`).execute(),
      db.selectFrom('conversation_statements').select([dayOf('created_at').as('day'), sql<string>`count(*)`.as('count')]).where('conversation_id', '=', conversationId).groupBy(sql`1`).execute(),
      db.selectFrom('conversation_votes').select([dayOf('voted_at').as('day'), sql<string>`count(*)`.as('count')]).where('conversation_id', '=', conversationId).groupBy(sql`1`).execute(),
    ]);
    const numbers = (rows: { day: string; count: string }[]) => rows.map((row) => ({ day: row.day, count: Number(row.count) }));
    return { participants: numbers(participants), statements: numbers(statements), votes: numbers(votes) };
  },

  /** Statements by status, in one grouped scan. */
  async countStatements(db: Executor, conversationId: string): Promise<Record<'pending' | 'accepted' | 'hidden', number>> {
    const rows = await db.selectFrom('conversation_statements').select(['status', sql<string>`count(*)`.as('n')]).where('conversation_id', '=', conversationId).groupBy('status').execute();
    const counts = { pending: 0, accepted: 0, hidden: 0 };
    for (const row of rows) counts[row.status] = Number(row.n);
    return counts;
  },

  /** Every vote or rating as stored (the latest of each participant and statement), hidden statements' too. */
  listRatings(db: Executor, conversationId: string) {
    return db.selectFrom('conversation_votes').select(['statement_id as statementId', 'participant_id as participantId', 'value']).where('conversation_id', '=', conversationId).execute();
  },

  listParticipantDemographics(db: Executor, conversationId: string) {
    return db.selectFrom('conversation_participants').select(['id', 'demographics']).where('conversation_id', '=', conversationId).execute();
  },

  /** The statements that may be listed (accepted), with the district's reply and what it did. */
  listAcceptedStatements(db: Executor, conversationId: string) {
    return db
      .selectFrom('conversation_statements as s')
      .leftJoin('conversation_replies as r', 'r.statement_id', 's.id')
      .select(['s.id', 's.text', 's.language', 's.translations', 's.is_seed', 'r.reply', 'r.what_we_did'])
      .where('s.conversation_id', '=', conversationId)
      .where('s.status', '=', 'accepted')
      .execute();
  },
};

export type ResultsConversationRow = NonNullable<Awaited<ReturnType<typeof conversationResultsRepo.find>>>;
export type ResultsStatementRow = Awaited<ReturnType<typeof conversationResultsRepo.listAcceptedStatements>>[number];
