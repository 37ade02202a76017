import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { REMINDER_INTERVAL_MS } from '../../../core/engagement/invitations/invitation-recipients.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface NewInvitation {
  id: string;
  organizationId: string;
  surveyId: string;
  stakeholderGroupId: string | null;
  stakeholderGroupName: string | null;
  name: string;
  email: string;
  language: string;
  tokenHash: string;
  invitedBy: string | null;
}

// Whether the address is on the district's opt-out list, beside each invitation.
function selectInvitations(db: Executor, organizationId: string) {
  return db
    .selectFrom('survey_invitations as i')
    .leftJoin('survey_invitation_opt_outs as o', (join) => join.onRef('o.organization_id', '=', 'i.organization_id').onRef('o.email', '=', 'i.email'))
    .select(['i.id', 'i.name', 'i.email', 'i.language', 'i.stakeholder_group_id', 'i.stakeholder_group_name', 'i.sent_at', 'i.reminded_at', 'i.reminder_count', 'i.has_responded'])
    .select((eb) => eb.fn.coalesce('i.opted_out_at', 'o.opted_out_at').as('opted_out_at'))
    .where('i.organization_id', '=', organizationId);
}
export type InvitationRow = Awaited<ReturnType<ReturnType<typeof selectInvitations>['execute']>>[number];

export const surveyInvitationsRepo = {
  /** Of these addresses, those on the district's opt-out list. */
  async optedOutAmong(db: Executor, organizationId: string, emails: readonly string[]): Promise<Set<string>> {
    if (emails.length === 0) return new Set();
    const rows = await db.selectFrom('survey_invitation_opt_outs').select('email').where('organization_id', '=', organizationId).where(sql<boolean>`email = any(${[...emails]}::text[])`).execute();
    return new Set(rows.map((row) => row.email));
  },

  /**
   * Adds the invitations not there yet, race-safe: an address already invited to the survey (now
   * or by a concurrent request) is left alone. Returns the ids inserted.
   */
  async insertNew(trx: Transaction<DB>, invitations: readonly NewInvitation[]): Promise<Set<string>> {
    const inserted = new Set<string>();
    // In slices: a statement takes at most 65,535 parameters, and a district may paste thousands.
    for (let start = 0; start < invitations.length; start += 1000) {
      for (const id of await this.insertSlice(trx, invitations.slice(start, start + 1000))) inserted.add(id);
    }
    return inserted;
  },

  async insertSlice(trx: Transaction<DB>, invitations: readonly NewInvitation[]) {
    const rows = await trx
      .insertInto('survey_invitations')
      .values(
        invitations.map((invitation) => ({
          id: invitation.id,
          organization_id: invitation.organizationId,
          survey_id: invitation.surveyId,
          stakeholder_group_id: invitation.stakeholderGroupId,
          stakeholder_group_name: invitation.stakeholderGroupName,
          name: invitation.name,
          email: invitation.email,
          language: invitation.language,
          token_hash: invitation.tokenHash,
          invited_by: invitation.invitedBy,
          sent_at: sql<Date>`now()`,
          reminded_at: null,
          response_id: null,
          opted_out_at: null,
        })),
      )
      .onConflict((conflict) => conflict.columns(['survey_id', 'email']).doNothing())
      .returning('id')
      .execute();
    return rows.map((row) => row.id);
  },

  listForSurvey(db: Executor, organizationId: string, surveyId: string) {
    return selectInvitations(db, organizationId).where('i.survey_id', '=', surveyId).orderBy('i.stakeholder_group_name').orderBy('i.name').orderBy('i.email').execute();
  },

  /**
   * Marks as reminded, and returns, every invitation of the survey due a reminder: not answered,
   * not opted out (nor on the district's list), last mailed a day or more ago. One statement, so
   * two reminders sent at once cannot both mail someone: the second waits on the rows the first
   * updates, then finds them no longer due.
   */
  takeDueForReminder(trx: Transaction<DB>, organizationId: string, surveyId: string) {
    const interval = `${REMINDER_INTERVAL_MS} milliseconds`;
    return trx
      .updateTable('survey_invitations as i')
      .set({ reminded_at: sql`now()`, reminder_count: sql`i.reminder_count + 1` })
      .where('i.organization_id', '=', organizationId)
      .where('i.survey_id', '=', surveyId)
      .where('i.has_responded', '=', false)
      .where('i.opted_out_at', 'is', null)
      .where(sql<boolean>`coalesce(i.reminded_at, i.sent_at) <= now() - ${interval}::interval`)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('survey_invitation_opt_outs as o').select('o.email').whereRef('o.organization_id', '=', 'i.organization_id').whereRef('o.email', '=', 'i.email'))))
      .returning(['i.id', 'i.name', 'i.email', 'i.language'])
      .execute();
  },

  /** The invitation of a token, with its survey's public code; locked in a transaction, so one response per invitation holds under concurrent sends. */
  findByTokenHash(db: Executor, tokenHash: string, options: { lock?: boolean } = {}) {
    const query = db
      .selectFrom('survey_invitations as i')
      .innerJoin('surveys as s', 's.id', 'i.survey_id')
      .select(['i.id', 'i.organization_id', 'i.survey_id', 'i.name', 'i.email', 'i.has_responded', 'i.response_id', 'i.stakeholder_group_id', 's.public_code'])
      .where('i.token_hash', '=', tokenHash);
    return (options.lock ? query.forUpdate('i') : query).executeTakeFirst();
  },

  /**
   * Records that the invitation was used. For an anonymous survey only the flag: `responseId` is
   * null and no time is written, so nothing ties the invitation to a response.
   */
  async markResponded(trx: Transaction<DB>, invitationId: string, responseId: string | null) {
    await trx.updateTable('survey_invitations').set({ has_responded: true, response_id: responseId }).where('id', '=', invitationId).execute();
  },

  /** The response of the survey with this submission id, if any: what a retry is answered with. */
  findResponseId(db: Executor, surveyId: string, submissionId: string, responseId?: string) {
    let query = db.selectFrom('survey_responses').select('id').where('survey_id', '=', surveyId).where('submission_id', '=', submissionId);
    if (responseId) query = query.where('id', '=', responseId);
    return query.executeTakeFirst().then((row) => row?.id ?? null);
  },

  /** The invitation opted out, and its address added to the district's list (both kept as first done). */
  async optOut(trx: Transaction<DB>, invitation: { id: string; organizationId: string; email: string }) {
    await trx.updateTable('survey_invitations').set({ opted_out_at: sql`coalesce(opted_out_at, now())` }).where('id', '=', invitation.id).execute();
    await trx
      .insertInto('survey_invitation_opt_outs')
      .values({ organization_id: invitation.organizationId, email: invitation.email, opted_out_at: sql<Date>`now()` })
      .onConflict((conflict) => conflict.columns(['organization_id', 'email']).doNothing())
      .execute();
  },
};
