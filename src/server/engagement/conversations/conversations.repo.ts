import { sql, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ConversationsTable } from '../conversation-tables.js';
import type { SurveyStatus } from '../tables.js';

type Executor = Kysely<DB> | Transaction<DB>;

// Each conversation with its counts, counted in the same query so a list is one round trip.
function selectConversations(db: Executor) {
  return db
    .selectFrom('conversations as c')
    .selectAll('c')
    .select((eb) => {
      const statements = (status: 'accepted' | 'pending' | 'hidden') =>
        eb.selectFrom('conversation_statements as st').whereRef('st.conversation_id', '=', 'c.id').where('st.status', '=', status).select(sql<string>`count(*)`.as('n'));
      return [
        statements('accepted').as('accepted_count'),
        statements('pending').as('pending_count'),
        statements('hidden').as('hidden_count'),
        eb.selectFrom('conversation_participants as p').whereRef('p.conversation_id', '=', 'c.id').select(sql<string>`count(*)`.as('n')).as('participant_count'),
        eb.selectFrom('conversation_votes as v').whereRef('v.conversation_id', '=', 'c.id').select(sql<string>`count(*)`.as('n')).as('vote_count'),
      ];
    });
}
export type ConversationRow = Awaited<ReturnType<ReturnType<typeof selectConversations>['executeTakeFirstOrThrow']>>;

export interface NewConversationRow {
  organizationId: string;
  mode: 'rate' | 'vote';
  prompt: Record<string, string>;
  languages: string[];
  moderation: 'pre' | 'post';
  demographics: unknown[];
  opensAt: string | null;
  closesAt: string | null;
  cycleId: string | null;
  engagementEntryId: string | null;
  verifyEmail: boolean;
  createdBy: string | null;
}

export const conversationsRepo = {
  list(db: Executor, organizationId: string) {
    return selectConversations(db).where('c.organization_id', '=', organizationId).orderBy('c.created_at', 'desc').orderBy('c.id').execute();
  },

  /** The conversation, locked in a transaction so two writes of one conversation take turns. */
  find(db: Executor, organizationId: string, conversationId: string, options: { lock?: boolean } = {}) {
    const query = selectConversations(db).where('c.organization_id', '=', organizationId).where('c.id', '=', conversationId);
    return (options.lock ? query.forUpdate('c') : query).executeTakeFirst();
  },

  /** Whose conversation this is, for the access check. */
  findOwner(db: Executor, conversationId: string) {
    return db.selectFrom('conversations').select('organization_id').where('id', '=', conversationId).executeTakeFirst().then((row) => row?.organization_id);
  },

  /** A conversation by its public code, whatever its district: the code is a participant's only key. */
  findByCode(db: Executor, code: string) {
    return db
      .selectFrom('conversations')
      .select(['id', 'organization_id', 'mode', 'prompt', 'languages', 'moderation', 'demographics', 'status', 'public_code', 'opens_at', 'closes_at', 'closed_at', 'verify_email'])
      .where('public_code', '=', code)
      .executeTakeFirst();
  },

  isCodeTaken(db: Executor, code: string) {
    return db.selectFrom('conversations').select('id').where('public_code', '=', code).executeTakeFirst().then(Boolean);
  },

  async insert(trx: Transaction<DB>, values: NewConversationRow) {
    const { id } = await trx
      .insertInto('conversations')
      .values({
        organization_id: values.organizationId,
        mode: values.mode,
        prompt: JSON.stringify(values.prompt),
        languages: JSON.stringify(values.languages),
        moderation: values.moderation,
        demographics: JSON.stringify(values.demographics),
        opens_at: values.opensAt,
        closes_at: values.closesAt,
        cycle_id: values.cycleId,
        engagement_entry_id: values.engagementEntryId,
        created_by: values.createdBy,
        verify_email: values.verifyEmail,
        public_code: null,
        opened_at: null,
        closed_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (await this.find(trx, values.organizationId, id))!;
  },

  /** Changes a conversation if it is still at `version`; undefined when someone changed it meanwhile. */
  async update(trx: Transaction<DB>, organizationId: string, conversationId: string, version: number, values: Omit<Updateable<ConversationsTable>, 'id' | 'organization_id' | 'version'>) {
    const updated = await trx
      .updateTable('conversations')
      .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
      .where('organization_id', '=', organizationId)
      .where('id', '=', conversationId)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
    return updated ? this.find(trx, organizationId, conversationId) : undefined;
  },

  setStatus(trx: Transaction<DB>, organizationId: string, conversationId: string, status: SurveyStatus, values: Pick<Updateable<ConversationsTable>, 'public_code' | 'opened_at' | 'closed_at'>) {
    return trx
      .updateTable('conversations')
      .set({ ...values, status, version: sql`version + 1`, updated_at: sql`now()` })
      .where('organization_id', '=', organizationId)
      .where('id', '=', conversationId)
      .execute();
  },

  /** A statement was accepted or hidden: cached opinion groups of the conversation are stale. */
  noteModeration(trx: Transaction<DB>, conversationId: string) {
    return trx.updateTable('conversations').set({ moderation_version: sql`moderation_version + 1` }).where('id', '=', conversationId).execute();
  },

  isCycleOfDistrict(db: Executor, organizationId: string, cycleId: string) {
    return db.selectFrom('planning_cycles').select('id').where('organization_id', '=', organizationId).where('id', '=', cycleId).executeTakeFirst().then(Boolean);
  },

  /** The engagement-plan entry, if it is the district's: its cycle, so a conversation's cycle and entry agree. */
  findEngagementEntry(db: Executor, organizationId: string, entryId: string) {
    return db.selectFrom('engagement_entries').select(['id', 'cycle_id']).where('organization_id', '=', organizationId).where('id', '=', entryId).executeTakeFirst();
  },

  /**
   * What the opinion groups depend on, in one cheap query: the highest vote seq (every vote, new or
   * replacing, takes a new one), the count of votes, and the moderation version.
   */
  findResultsVersion(db: Executor, organizationId: string, conversationId: string) {
    return db
      .selectFrom('conversations as c')
      .select(['c.mode', 'c.moderation_version'])
      .select((eb) => [
        eb.selectFrom('conversation_votes as v').whereRef('v.conversation_id', '=', 'c.id').select(sql<string | null>`max(seq)`.as('m')).as('max_seq'),
        eb.selectFrom('conversation_votes as v').whereRef('v.conversation_id', '=', 'c.id').select(sql<string>`count(*)`.as('n')).as('votes'),
      ])
      .where('c.organization_id', '=', organizationId)
      .where('c.id', '=', conversationId)
      .executeTakeFirst();
  },
};
