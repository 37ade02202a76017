import { CompiledQuery, sql, type Kysely, type Transaction } from 'kysely';
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
  /** The stakeholder group it came through (a group link, a mailed invitation); null for none. */
  stakeholderGroupId: string | null;
}

/**
 * The ingest statement, written once: every respondent's answers go through it, and building it
 * with the query builder for each response was the largest CPU cost ingest's own code added to the
 * bare route it is measured against (bench/README.md, "survey ingest"). The same columns and
 * conflict rule the builder wrote; `submitted_at` is one of two fixed expressions, never input.
 */
const insertOnceStatement = (submittedAt: string) =>
  'insert into survey_responses (survey_id, organization_id, submission_id, locale, answers, channel, respondent_name, respondent_email, entered_by, stakeholder_group_id, submitted_at) ' +
  `values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, ${submittedAt}) on conflict (survey_id, submission_id) do nothing returning id`;
const INSERT_ONCE_DAY_ONLY = insertOnceStatement("date_trunc('day', now(), 'UTC')");
const INSERT_ONCE_TIMED = insertOnceStatement('now()');

export const surveyResponsesRepo = {
  /**
   * Stores a response once per submission id, race-safe: of concurrent inserts with one id, one
   * inserts and the others do nothing (each waits on the first's unique-index entry) and then read
   * the stored row. `created` says which.
   */
  async insertOnce(db: Executor, values: NewResponse): Promise<{ id: string; created: boolean }> {
    const parameters = [
      values.surveyId,
      values.organizationId,
      values.submissionId,
      values.locale,
      JSON.stringify(values.answers),
      values.channel,
      values.respondent?.name || null,
      values.respondent?.email || null,
      values.enteredBy,
      values.stakeholderGroupId,
    ];
    const {
      rows: [inserted],
    } = await db.executeQuery<{ id: string }>(CompiledQuery.raw(values.isDayOnly ? INSERT_ONCE_DAY_ONLY : INSERT_ONCE_TIMED, parameters));
    if (inserted) return { id: inserted.id, created: true };
    const seen = await db.selectFrom('survey_responses').select('id').where('survey_id', '=', values.surveyId).where('submission_id', '=', values.submissionId).executeTakeFirstOrThrow();
    return { id: seen.id, created: false };
  },

  /** The next responses after `afterSeq` (up to `upToSeq` when given), in ingest order, with their group, for the results' running tally. */
  listAnswersAfter(db: Executor, surveyId: string, afterSeq: string, limit: number, upToSeq: string | null = null) {
    let query = db.selectFrom('survey_responses').select(['seq', 'answers', 'stakeholder_group_id']).where('survey_id', '=', surveyId).where('seq', '>', afterSeq);
    if (upToSeq !== null) query = query.where('seq', '<=', upToSeq);
    return query.orderBy('seq').limit(limit).execute();
  },

  /** The lowest and highest seq of the responses after `afterSeq` (two probes of the (survey_id, seq) index); null when none. */
  async seqRangeAfter(db: Executor, surveyId: string, afterSeq: string) {
    const row = await db
      .selectFrom('survey_responses')
      .select([sql<string | null>`min(seq)`.as('first'), sql<string | null>`max(seq)`.as('last')])
      .where('survey_id', '=', surveyId)
      .where('seq', '>', afterSeq)
      .executeTakeFirstOrThrow();
    return row.first === null || row.last === null ? null : { first: row.first, last: row.last };
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

  /** Every response for an export, oldest first, with the name of the stakeholder group it came through (null for none). */
  listForExport(db: Executor, organizationId: string, surveyId: string) {
    return db
      .selectFrom('survey_responses as r')
      .leftJoin('stakeholder_groups as g', 'g.id', 'r.stakeholder_group_id')
      .select(['r.id', 'r.seq', 'r.locale', 'r.answers', 'r.channel', 'r.submitted_at', 'r.respondent_name', 'r.respondent_email', 'g.name as stakeholder_group'])
      .where('r.organization_id', '=', organizationId)
      .where('r.survey_id', '=', surveyId)
      .orderBy('r.seq')
      .execute();
  },
};
