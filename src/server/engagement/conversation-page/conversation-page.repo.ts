import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export const conversationPageRepo = {
  /**
   * How many ideas a participant has responded to: their votes or ratings on statements of others
   * (in vote mode a participant's own idea carries their agreement, which they did not give by hand).
   */
  async countResponses(db: Kysely<DB>, participantId: string): Promise<number> {
    const row = await db
      .selectFrom('conversation_votes as v')
      .innerJoin('conversation_statements as s', 's.id', 'v.statement_id')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('v.participant_id', '=', participantId)
      .where('s.author_participant_id', 'is distinct from', participantId)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  },
};
