import { CompiledQuery, sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { StatementStatus } from '../conversation-tables.js';

type Executor = Kysely<DB> | Transaction<DB>;

// Participants' rows keep the day only: a time would tie a statement or a vote to a visit.
const TODAY = sql<Date>`date_trunc('day', now(), 'UTC')`;

/**
 * The vote statement, written once (as survey ingest's is): every vote goes through it. It takes
 * the statement's conversation and district from the statement itself, only when the statement is
 * one of this conversation's and shown (accepted), and a later vote replaces an earlier one with a
 * new seq, so max(seq) versions the conversation's votes. `created` is false for a replacement.
 */
const CAST_VOTE =
  'insert into conversation_votes (statement_id, participant_id, conversation_id, organization_id, value, voted_at) ' +
  "select s.id, $2, s.conversation_id, s.organization_id, $4, date_trunc('day', now(), 'UTC') from conversation_statements s " +
  "where s.id = $1 and s.conversation_id = $3 and s.status = 'accepted' " +
  'on conflict (statement_id, participant_id) do update set value = excluded.value, voted_at = excluded.voted_at, seq = excluded.seq ' +
  'returning (xmax = 0) as created';

export const conversationParticipationRepo = {
  /** The participant of a device's hash, made on first sight; race-safe like survey ingest's insertOnce. */
  async joinOnce(db: Executor, values: { conversationId: string; organizationId: string; deviceHash: string; demographics: Record<string, unknown> }) {
    const inserted = await db
      .insertInto('conversation_participants')
      .values({ conversation_id: values.conversationId, organization_id: values.organizationId, device_hash: values.deviceHash, demographics: JSON.stringify(values.demographics), created_at: TODAY, external_id: null, email_hash: null })
      .onConflict((oc) => oc.columns(['conversation_id', 'device_hash']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return { id: inserted.id, created: true };
    const seen = await db.selectFrom('conversation_participants').select('id').where('conversation_id', '=', values.conversationId).where('device_hash', '=', values.deviceHash).executeTakeFirstOrThrow();
    return { id: seen.id, created: false };
  },

  /**
   * The participant of a confirmed email, made on first sight with this device; another device of
   * the same email is the same participant. Undefined when this device already took part under
   * another email (a device is one participant).
   */
  async joinWithEmail(db: Executor, values: { conversationId: string; organizationId: string; deviceHash: string; emailHash: string; demographics: Record<string, unknown> }) {
    const inserted = await db
      .insertInto('conversation_participants')
      .values({ conversation_id: values.conversationId, organization_id: values.organizationId, device_hash: values.deviceHash, email_hash: values.emailHash, demographics: JSON.stringify(values.demographics), created_at: TODAY, external_id: null })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return { id: inserted.id, created: true };
    const seen = await db.selectFrom('conversation_participants').select('id').where('conversation_id', '=', values.conversationId).where('email_hash', '=', values.emailHash).executeTakeFirst();
    return seen ? { id: seen.id, created: false } : undefined;
  },

  /** The participant this device joined as with a confirmed email, if it did. */
  findVerifiedByDevice(db: Executor, conversationId: string, deviceHash: string) {
    return db.selectFrom('conversation_participants').select('id').where('conversation_id', '=', conversationId).where('device_hash', '=', deviceHash).where('email_hash', 'is not', null).executeTakeFirst();
  },

  setDemographics(db: Executor, participantId: string, demographics: Record<string, unknown>) {
    return db.updateTable('conversation_participants').set({ demographics: JSON.stringify(demographics) }).where('id', '=', participantId).execute();
  },

  async castVote(db: Executor, values: { conversationId: string; statementId: string; participantId: string; value: number }): Promise<{ created: boolean } | null> {
    const {
      rows: [row],
    } = await db.executeQuery<{ created: boolean }>(CompiledQuery.raw(CAST_VOTE, [values.statementId, values.participantId, values.conversationId, values.value]));
    return row ? { created: row.created } : null;
  },

  /**
   * A participant's statement, and in vote mode their own agree vote on it (as Polis records an
   * author's), in one statement: both or neither. The day only.
   */
  async insertStatement(db: Executor, values: { conversationId: string; organizationId: string; participantId: string; text: string; language: string; status: StatementStatus; authorAgrees: boolean }) {
    const result = await sql<{ id: string; status: StatementStatus }>`
      with s as (
        insert into conversation_statements (conversation_id, organization_id, text, language, status, author_participant_id, created_at)
        values (${values.conversationId}, ${values.organizationId}, ${values.text}, ${values.language}, ${values.status}, ${values.participantId}, ${TODAY})
        returning id, status, conversation_id, organization_id, author_participant_id
      ), v as (
        insert into conversation_votes (statement_id, participant_id, conversation_id, organization_id, value, voted_at)
        select id, author_participant_id, conversation_id, organization_id, 1, ${TODAY} from s where ${values.authorAgrees}::boolean
      )
      select id, status from s`.execute(db);
    return result.rows[0]!;
  },

  /** The participant's statement with exactly this text, if they posted it already (a retry). */
  findOwnStatement(db: Executor, conversationId: string, participantId: string, text: string) {
    return db
      .selectFrom('conversation_statements')
      .select(['id', 'status'])
      .where('conversation_id', '=', conversationId)
      .where('author_participant_id', '=', participantId)
      .where('text', '=', text)
      .executeTakeFirst();
  },

  /** The statements participants are shown (accepted), with their replies, oldest first. */
  listShownStatements(db: Executor, conversationId: string) {
    return db
      .selectFrom('conversation_statements as s')
      .leftJoin('conversation_replies as r', 'r.statement_id', 's.id')
      .select(['s.id', 's.text', 's.language', 's.translations', 's.is_seed', 's.author_participant_id', 'r.reply', 'r.what_we_did', 'r.id as reply_id'])
      .where('s.conversation_id', '=', conversationId)
      .where('s.status', '=', 'accepted')
      .orderBy('s.created_at')
      .orderBy('s.id')
      .execute();
  },

  /** Per statement: how many responded, agreed and passed (for Polis's priority) in one grouped scan. */
  listTallies(db: Executor, conversationId: string) {
    return db
      .selectFrom('conversation_votes')
      .select(['statement_id', sql<string>`count(*)`.as('seen'), sql<string>`count(*) filter (where value = 1)`.as('agree'), sql<string>`count(*) filter (where value = 0)`.as('pass')])
      .where('conversation_id', '=', conversationId)
      .groupBy('statement_id')
      .execute();
  },

  /** The statements a participant has voted on or rated. */
  async listVotedStatementIds(db: Executor, participantId: string): Promise<Set<string>> {
    const rows = await db.selectFrom('conversation_votes').select('statement_id').where('participant_id', '=', participantId).execute();
    return new Set(rows.map((row) => row.statement_id));
  },

  /**
   * Every vote of a conversation for the opinion groups: a participant by their imported id when
   * they have one, the statement by its id, in a canonical order.
   */
  listVotes(db: Executor, conversationId: string) {
    return db
      .selectFrom('conversation_votes as v')
      .innerJoin('conversation_participants as p', 'p.id', 'v.participant_id')
      .select(['v.statement_id', 'v.value', sql<string>`coalesce(p.external_id, p.id::text)`.as('participant')])
      .where('v.conversation_id', '=', conversationId)
      .execute();
  },

  /** The conversation's statements as the results name them: id, Polis id, text and whether participants see it. */
  listStatementRefs(db: Executor, conversationId: string) {
    return db.selectFrom('conversation_statements').select(['id', 'external_id', 'text', 'status']).where('conversation_id', '=', conversationId).execute();
  },
};
