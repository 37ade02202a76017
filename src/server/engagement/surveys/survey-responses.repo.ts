import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ResponseChannel } from '../tables.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface NewResponse {
  surveyId: string;
  organizationId: string;
  submissionId: string;
  locale: string;
  answers: unknown;
  channel: ResponseChannel;
  respondent: { name: string | null; email: string | null } | null;
  enteredBy: string | null;
  /** Anonymous surveys keep only the day a response came in, so its time cannot be matched to a visit. */
  isDayOnly: boolean;
}

export const surveyResponsesRepo = {
  /**
   * Stores a response once per submission id, race-safe: of concurrent inserts with one id, one
   * inserts and the others do nothing (each waits on the first's unique-index entry) and then read
   * the stored row. `created` says which.
   */
  async insertOnce(db: Executor, values: NewResponse): Promise<{ id: string; created: boolean }> {
    const inserted = await db
      .insertInto('survey_responses')
      .values({
        survey_id: values.surveyId,
        organization_id: values.organizationId,
        submission_id: values.submissionId,
        locale: values.locale,
        answers: JSON.stringify(values.answers),
        channel: values.channel,
        respondent_name: values.respondent?.name || null,
        respondent_email: values.respondent?.email || null,
        entered_by: values.enteredBy,
        submitted_at: values.isDayOnly ? sql`date_trunc('day', now(), 'UTC')` : sql`now()`,
      })
      .onConflict((conflict) => conflict.columns(['survey_id', 'submission_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return { id: inserted.id, created: true };
    const seen = await db.selectFrom('survey_responses').select('id').where('survey_id', '=', values.surveyId).where('submission_id', '=', values.submissionId).executeTakeFirstOrThrow();
    return { id: seen.id, created: false };
  },

  /** The next responses after `afterSeq` (up to `upToSeq` when given), in ingest order, for the results' running tally. */
  listAnswersAfter(db: Executor, surveyId: string, afterSeq: string, limit: number, upToSeq: string | null = null) {
    let query = db.selectFrom('survey_responses').select(['seq', 'answers']).where('survey_id', '=', surveyId).where('seq', '>', afterSeq);
    if (upToSeq !== null) query = query.where('seq', '<=', upToSeq);
    return query.orderBy('seq').limit(limit).execute();
  },

  /** How many responses have a seq in (afterSeq, upToSeq]: an index-only count. */
  async countBetween(db: Executor, surveyId: string, afterSeq: string, upToSeq: string) {
    const row = await db
      .selectFrom('survey_responses')
      .select(sql<string>`count(*)`.as('n'))
      .where('survey_id', '=', surveyId)
      .where('seq', '>', afterSeq)
      .where('seq', '<=', upToSeq)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** Every response for an export, oldest first; identities only when asked for. */
  listForExport(db: Executor, organizationId: string, surveyId: string) {
    return db
      .selectFrom('survey_responses')
      .select(['id', 'seq', 'locale', 'answers', 'channel', 'submitted_at', 'respondent_name', 'respondent_email'])
      .where('organization_id', '=', organizationId)
      .where('survey_id', '=', surveyId)
      .orderBy('seq')
      .execute();
  },
};
