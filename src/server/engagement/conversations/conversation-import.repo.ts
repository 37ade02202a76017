import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Rows per insert: well under PostgreSQL's 65,535 parameters for the widest of these rows. */
const CHUNK = 2_000;

async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += CHUNK) await write(rows.slice(start, start + CHUNK));
}

/** The writes of a Polis import, in bulk: participants, then statements, votes and the moderation log. */
export const conversationImportRepo = {
  /** Whether anything was imported into the conversation before (a statement with a Polis comment id). */
  hasImported(trx: Transaction<DB>, conversationId: string) {
    return trx.selectFrom('conversation_statements').select('id').where('conversation_id', '=', conversationId).where('external_id', 'is not', null).limit(1).executeTakeFirst().then(Boolean);
  },

  /** Makes the participants of the given Polis ids (each with the day they first took part); returns their ids by Polis id. */
  async insertParticipants(trx: Transaction<DB>, values: { conversationId: string; organizationId: string; participants: ReadonlyArray<{ externalId: string; day: Date }> }) {
    const ids = new Map<string, string>();
    await inChunks(values.participants, async (chunk) => {
      const rows = await trx
        .insertInto('conversation_participants')
        .values(chunk.map((p) => ({ conversation_id: values.conversationId, organization_id: values.organizationId, external_id: p.externalId, created_at: p.day, device_hash: null, email_hash: null, demographics: '{}' })))
        .returning(['id', 'external_id'])
        .execute();
      for (const row of rows) ids.set(row.external_id!, row.id);
    });
    return ids;
  },

  async insertStatements(
    trx: Transaction<DB>,
    values: { conversationId: string; organizationId: string; language: string; statements: ReadonlyArray<{ externalId: string; text: string; createdAt: Date; isHidden: boolean; authorId: string | null }> },
  ) {
    const ids = new Map<string, string>();
    await inChunks(values.statements, async (chunk) => {
      const rows = await trx
        .insertInto('conversation_statements')
        .values(
          chunk.map((s) => ({
            conversation_id: values.conversationId,
            organization_id: values.organizationId,
            external_id: s.externalId,
            text: s.text,
            language: values.language,
            translations: '{}',
            status: s.isHidden ? ('hidden' as const) : ('accepted' as const),
            author_participant_id: s.authorId,
            created_at: s.createdAt,
            created_by: null,
            moderation_reason: null,
          })),
        )
        .returning(['id', 'external_id'])
        .execute();
      for (const row of rows) ids.set(row.external_id!, row.id);
    });
    return ids;
  },

  async insertVotes(trx: Transaction<DB>, values: { conversationId: string; organizationId: string; votes: ReadonlyArray<{ statementId: string; participantId: string; value: number; votedAt: Date }> }) {
    // In time order, so the seqs follow the conversation as it happened.
    await inChunks(values.votes, (chunk) =>
      trx
        .insertInto('conversation_votes')
        .values(chunk.map((v) => ({ statement_id: v.statementId, participant_id: v.participantId, conversation_id: values.conversationId, organization_id: values.organizationId, value: v.value, voted_at: v.votedAt })))
        .execute(),
    );
  },

  async insertModerationEvents(
    trx: Transaction<DB>,
    values: { conversationId: string; organizationId: string; statementIds: readonly string[]; note: string; moderatedBy: string | null; moderatorLabel: string },
  ) {
    await inChunks(values.statementIds, (chunk) =>
      trx
        .insertInto('conversation_moderation_events')
        .values(
          chunk.map((statementId) => ({
            conversation_id: values.conversationId,
            organization_id: values.organizationId,
            statement_id: statementId,
            decision: 'hidden' as const,
            reason: null,
            note: values.note,
            moderated_by: values.moderatedBy,
            moderator_label: values.moderatorLabel,
          })),
        )
        .execute(),
    );
  },
};
