import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

/**
 * What a conversation's exports are written from: statements, participants and votes, each with
 * only what an export shows. No device hash, email hash or demographics is ever selected, so none
 * can leak into a file.
 */
export const conversationExportsRepo = {
  /** Every statement (hidden and pending too), oldest first; `is_accepted_by_moderator` tells Polis's 1 from 0. */
  listStatements(db: Kysely<DB>, conversationId: string) {
    return db
      .selectFrom('conversation_statements as s')
      .select(['s.id', 's.external_id', 's.text', 's.language', 's.is_seed', 's.status', 's.author_participant_id', 's.created_at'])
      .select((eb) =>
        eb
          .exists(eb.selectFrom('conversation_moderation_events as m').whereRef('m.statement_id', '=', 's.id').where('m.decision', '=', 'accepted').select(sql`1`.as('one')))
          .as('is_accepted_by_moderator'),
      )
      .where('s.conversation_id', '=', conversationId)
      .orderBy('s.created_at')
      .orderBy('s.id')
      .execute();
  },

  /** Every participant's ids, in the order they joined. */
  listParticipants(db: Kysely<DB>, conversationId: string) {
    return db.selectFrom('conversation_participants').select(['id', 'external_id']).where('conversation_id', '=', conversationId).orderBy('created_at').orderBy('id').execute();
  },

  /** Every vote or rating (a participant's latest per statement). */
  listVotes(db: Kysely<DB>, conversationId: string) {
    return db.selectFrom('conversation_votes').select(['statement_id', 'participant_id', 'value', 'voted_at']).where('conversation_id', '=', conversationId).orderBy('seq').execute();
  },
};
