import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Disposition, PublicCommentStatus } from './public-comment-tables.js';
import './public-comment-tables.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface NewComment {
  organizationId: string;
  planId: string;
  periodId: string;
  submissionId: string;
  elementKey: string | null;
  quote: string | null;
  body: string;
  language: string;
  authorName: string | null;
  email: string | null;
  emailTokenHash: string | null;
  role: string | null;
  schoolId: string | null;
  status: PublicCommentStatus;
}

/** A disposition as recorded, of a comment or of a whole theme of comments. */
export interface DispositionValues {
  disposition: Disposition | null;
  note: string | null;
  changedKeys: string[];
  by: string | null;
}

/** The disposition's columns, the same on a comment and on a theme: taking one back clears who and when. */
export function dispositionColumns(values: DispositionValues) {
  return {
    disposition: values.disposition,
    disposition_note: values.note,
    changed_keys: JSON.stringify(values.changedKeys),
    disposed_by: values.disposition ? values.by : null,
    disposed_at: values.disposition ? sql<Date>`now()` : null,
  };
}

export const publicCommentsRepo = {
  /** Stores a comment once per submission id: a second send answers with the first one's row. */
  async insertOnce(trx: Transaction<DB>, values: NewComment) {
    const inserted = await trx
      .insertInto('public_comments')
      .values({
        organization_id: values.organizationId,
        plan_id: values.planId,
        period_id: values.periodId,
        submission_id: values.submissionId,
        element_key: values.elementKey,
        quote: values.quote,
        body: values.body,
        language: values.language,
        author_name: values.authorName,
        email: values.email,
        email_token_hash: values.emailTokenHash,
        role: values.role,
        school_id: values.schoolId,
        status: values.status,
      })
      .onConflict((oc) => oc.columns(['period_id', 'submission_id']).doNothing())
      .returning(['id', 'status'])
      .executeTakeFirst();
    if (inserted) return { ...inserted, created: true };
    const existing = await trx.selectFrom('public_comments').select(['id', 'status']).where('period_id', '=', values.periodId).where('submission_id', '=', values.submissionId).executeTakeFirstOrThrow();
    return { ...existing, created: false };
  },

  /** The plan's comments for the team, oldest first, with their school and theme. */
  listForTeam(db: Executor, planId: string, filter: { periodId?: string; elementKey?: string; status?: PublicCommentStatus; commentId?: string } = {}) {
    return db
      .selectFrom('public_comments as c')
      .leftJoin('schools as s', 's.id', 'c.school_id')
      .leftJoin('public_comment_theme_comments as tc', 'tc.comment_id', 'c.id')
      .leftJoin('public_comment_themes as t', 't.id', 'tc.theme_id')
      .leftJoin('users as u', 'u.id', 'c.disposed_by')
      .leftJoin('users as tu', 'tu.id', 't.disposed_by')
      .select([
        'c.id',
        'c.period_id',
        'c.element_key',
        'c.quote',
        'c.body',
        'c.language',
        'c.author_name',
        'c.email',
        'c.email_confirmed_at',
        'c.role',
        'c.school_id',
        's.name as school_name',
        'c.status',
        'c.moderation_reason',
        'c.disposition',
        'c.disposition_note',
        'c.changed_keys',
        'c.disposed_at',
        'u.name as disposed_by_name',
        'tu.name as theme_disposed_by_name',
        't.id as theme_id',
        't.label as theme_label',
        't.disposition as theme_disposition',
        't.disposition_note as theme_disposition_note',
        't.changed_keys as theme_changed_keys',
        't.disposed_at as theme_disposed_at',
        'c.created_at',
        'c.version',
      ])
      .where('c.plan_id', '=', planId)
      .$if(filter.periodId !== undefined, (q) => q.where('c.period_id', '=', filter.periodId!))
      .$if(filter.elementKey !== undefined, (q) => q.where('c.element_key', '=', filter.elementKey!))
      .$if(filter.status !== undefined, (q) => q.where('c.status', '=', filter.status!))
      .$if(filter.commentId !== undefined, (q) => q.where('c.id', '=', filter.commentId!))
      .orderBy('c.created_at')
      .orderBy('c.id')
      .execute();
  },

  find(db: Executor, planId: string, commentId: string, options: { lock?: boolean } = {}) {
    const query = db.selectFrom('public_comments').selectAll().where('plan_id', '=', planId).where('id', '=', commentId);
    return (options.lock ? query.forUpdate() : query).executeTakeFirst();
  },

  /** Accepted comments of a window as the public reads them: never an email, a name only if given. */
  listAccepted(db: Executor, periodId: string) {
    return db
      .selectFrom('public_comments')
      .select(['id', 'element_key', 'quote', 'body', 'language', 'author_name', 'role', 'disposition', 'disposition_note', 'changed_keys', 'created_at'])
      .where('period_id', '=', periodId)
      .where('status', '=', 'accepted')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  },

  windowsOpened(db: Executor, planId: string) {
    return db.selectFrom('public_comment_periods').select(['id', sql<string>`to_char(opens_on, 'YYYY-MM-DD')`.as('opens_on')]).where('plan_id', '=', planId).execute();
  },

  setStatus(trx: Transaction<DB>, commentId: string, status: PublicCommentStatus, reason: string | null) {
    return trx.updateTable('public_comments').set({ status, moderation_reason: reason, version: sql`version + 1` }).where('id', '=', commentId).returningAll().executeTakeFirstOrThrow();
  },

  insertModerationEvent(trx: Transaction<DB>, values: { organizationId: string; planId: string; commentId: string; decision: 'accepted' | 'hidden'; reason: string | null; moderatedBy: string | null; moderatorLabel: string }) {
    return trx
      .insertInto('public_comment_moderation_events')
      .values({ organization_id: values.organizationId, plan_id: values.planId, comment_id: values.commentId, decision: values.decision, reason: values.reason, moderated_by: values.moderatedBy, moderator_label: values.moderatorLabel })
      .execute();
  },

  /** The plan's moderation log, oldest first, with each comment's words and the moderator's name. */
  moderationLog(db: Executor, planId: string) {
    return db
      .selectFrom('public_comment_moderation_events as e')
      .innerJoin('public_comments as c', 'c.id', 'e.comment_id')
      .leftJoin('users as u', 'u.id', 'e.moderated_by')
      .select(['e.moderated_at', 'e.comment_id', 'c.element_key', 'c.body', 'e.decision', 'e.reason', 'u.name as moderator_name', 'e.moderator_label'])
      .where('e.plan_id', '=', planId)
      .orderBy('e.moderated_at')
      .orderBy('e.id')
      .execute();
  },

  setDisposition(trx: Transaction<DB>, commentId: string, values: DispositionValues) {
    return trx
      .updateTable('public_comments')
      .set({ ...dispositionColumns(values), version: sql`version + 1` })
      .where('id', '=', commentId)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /** The unconfirmed comment a mailed link names (by its token's keyed hash), locked. */
  findByEmailToken(trx: Transaction<DB>, tokenHash: string) {
    return trx.selectFrom('public_comments').selectAll().where('email_token_hash', '=', tokenHash).forUpdate().executeTakeFirst();
  },

  confirmEmail(trx: Transaction<DB>, commentId: string) {
    return trx
      .updateTable('public_comments')
      .set({ status: 'pending', email_confirmed_at: sql`now()`, email_token_hash: null, version: sql`version + 1` })
      .where('id', '=', commentId)
      .returningAll()
      .executeTakeFirstOrThrow();
  },
};

export type TeamCommentRow = Awaited<ReturnType<typeof publicCommentsRepo.listForTeam>>[number];
