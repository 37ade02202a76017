import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** The SQL of moderation's own resources: the log as a file, team translations, the queue reminders. */
export const moderationRepo = {
  /** The conversation's moderation log, oldest first, with each statement's words and the moderator's name as it is now. */
  log(db: Executor, conversationId: string) {
    return db
      .selectFrom('conversation_moderation_events as e')
      .innerJoin('conversation_statements as s', 's.id', 'e.statement_id')
      .leftJoin('users as u', 'u.id', 'e.moderated_by')
      .select(['e.moderated_at', 'e.statement_id', 's.external_id', 's.text', 'e.decision', 'e.reason', 'e.note', 'e.moderator_label', 'u.name as moderator_name'])
      .where('e.conversation_id', '=', conversationId)
      .orderBy('e.moderated_at')
      .orderBy('e.id')
      .execute();
  },

  /** Writes a statement's translations and moves its version on. */
  saveTranslations(trx: Transaction<DB>, statementId: string, translations: Record<string, string>) {
    return trx
      .updateTable('conversation_statements')
      .set({ translations: JSON.stringify(translations), version: sql`version + 1` })
      .where('id', '=', statementId)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /**
   * Open conversations with statements pending since before `waitingSince`, whose moderators were
   * not mailed since `remindedSince`: the oldest wait and how many wait, for the mail.
   */
  waitingQueues(db: Executor, options: { waitingSince: Date; remindedSince: Date }) {
    return db
      .selectFrom('conversations as c')
      .innerJoin('organizations as o', 'o.id', 'c.organization_id')
      .innerJoin('conversation_statements as s', (join) => join.onRef('s.conversation_id', '=', 'c.id').on('s.status', '=', 'pending'))
      .select(['c.id', 'c.organization_id', 'c.prompt', 'c.languages', 'o.name as district_name'])
      .select([sql<string>`count(*)`.as('pending'), sql<Date>`min(s.created_at)`.as('oldest')])
      .where('c.status', '=', 'open')
      .where((eb) => eb.or([eb('c.moderation_reminded_at', 'is', null), eb('c.moderation_reminded_at', '<=', options.remindedSince)]))
      .groupBy(['c.id', 'c.organization_id', 'c.prompt', 'c.languages', 'o.name'])
      .having(sql<boolean>`min(s.created_at) <= ${options.waitingSince}`)
      .orderBy('c.id')
      .execute();
  },

  /**
   * Marks the conversation reminded at `now` if nobody did since `remindedSince`, and says whether
   * this call did: two processes sweeping at once cannot both mail the same queue.
   */
  async claimReminder(trx: Transaction<DB>, conversationId: string, options: { now: Date; remindedSince: Date }) {
    const claimed = await trx
      .updateTable('conversations')
      .set({ moderation_reminded_at: options.now })
      .where('id', '=', conversationId)
      .where((eb) => eb.or([eb('moderation_reminded_at', 'is', null), eb('moderation_reminded_at', '<=', options.remindedSince)]))
      .returning('id')
      .executeTakeFirst();
    return claimed !== undefined;
  },

  /** The district's active members with one of `roles`, with their language for the mail. */
  membersWithRoles(db: Executor, organizationId: string, roles: ReadonlyArray<'moderator' | 'planner' | 'administrator'>) {
    return db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['u.id', 'u.name', 'u.email', 'u.locale', 'm.role'])
      .where('m.organization_id', '=', organizationId)
      .where('m.is_active', '=', true)
      .where('m.role', 'in', [...roles])
      .orderBy('u.email')
      .execute();
  },
};
