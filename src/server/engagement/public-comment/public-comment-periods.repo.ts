import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import './public-comment-tables.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface NewPeriod {
  organizationId: string;
  planId: string;
  draftVersion: number;
  opensOn: string;
  closesOn: string;
  verifyEmail: boolean;
  showComments: boolean;
  createdBy: string | null;
}

const periodColumns = ['id', 'organization_id', 'plan_id', 'draft_version', sql<string>`to_char(opens_on, 'YYYY-MM-DD')`.as('opens_on'), sql<string>`to_char(closes_on, 'YYYY-MM-DD')`.as('closes_on'), 'closed_at', 'verify_email', 'show_comments', 'version', 'created_by', 'created_at', 'updated_at'] as const;

export const publicCommentPeriodsRepo = {
  insert(trx: Transaction<DB>, values: NewPeriod) {
    return trx
      .insertInto('public_comment_periods')
      .values({
        organization_id: values.organizationId,
        plan_id: values.planId,
        draft_version: values.draftVersion,
        opens_on: values.opensOn,
        closes_on: values.closesOn,
        verify_email: values.verifyEmail,
        show_comments: values.showComments,
        created_by: values.createdBy,
      })
      .returning(periodColumns)
      .executeTakeFirstOrThrow();
  },

  /** The plan's windows, the latest first. */
  listForPlan(db: Executor, organizationId: string, planId: string) {
    return db.selectFrom('public_comment_periods').select(periodColumns).where('organization_id', '=', organizationId).where('plan_id', '=', planId).orderBy('draft_version', 'desc').execute();
  },

  find(db: Executor, organizationId: string, planId: string, periodId: string, options: { lock?: boolean } = {}) {
    const query = db.selectFrom('public_comment_periods').select(periodColumns).where('organization_id', '=', organizationId).where('plan_id', '=', planId).where('id', '=', periodId);
    return (options.lock ? query.forUpdate() : query).executeTakeFirst();
  },

  /** The window still running for a plan (not closed by a lifecycle move), if any. */
  findRunning(db: Executor, planId: string) {
    return db.selectFrom('public_comment_periods').select(periodColumns).where('plan_id', '=', planId).where('closed_at', 'is', null).orderBy('draft_version', 'desc').executeTakeFirst();
  },

  /**
   * The district's draft out for comment now: the plan in public_comment whose window was opened
   * last, with the window. A district runs one public comment at a time in practice; when two
   * plans are out, the public address shows the one opened last.
   */
  async findRunningForDistrict(db: Executor, organizationId: string) {
    const running = await db
      .selectFrom('public_comment_periods as w')
      .innerJoin('plans as p', 'p.id', 'w.plan_id')
      .select(['w.id', 'w.plan_id'])
      .where('w.organization_id', '=', organizationId)
      .where('w.closed_at', 'is', null)
      .where('p.lifecycle', '=', 'public_comment')
      .orderBy('w.created_at', 'desc')
      .executeTakeFirst();
    return running ? publicCommentPeriodsRepo.find(db, organizationId, running.plan_id, running.id) : undefined;
  },

  /** The district's window opened last, whatever became of its plan. */
  async findLatestForDistrict(db: Executor, organizationId: string) {
    const latest = await db.selectFrom('public_comment_periods').select(['id', 'plan_id']).where('organization_id', '=', organizationId).orderBy('created_at', 'desc').executeTakeFirst();
    return latest ? publicCommentPeriodsRepo.find(db, organizationId, latest.plan_id, latest.id) : undefined;
  },

  update(trx: Transaction<DB>, periodId: string, values: { closesOn?: string; verifyEmail?: boolean; showComments?: boolean }) {
    return trx
      .updateTable('public_comment_periods')
      .set({
        ...(values.closesOn !== undefined ? { closes_on: values.closesOn } : {}),
        ...(values.verifyEmail !== undefined ? { verify_email: values.verifyEmail } : {}),
        ...(values.showComments !== undefined ? { show_comments: values.showComments } : {}),
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('id', '=', periodId)
      .returning(periodColumns)
      .executeTakeFirstOrThrow();
  },

  /** Closes whatever window of the plan is still running (the plan left public comment). */
  closeRunning(trx: Transaction<DB>, planId: string) {
    return trx.updateTable('public_comment_periods').set({ closed_at: sql`now()`, version: sql`version + 1`, updated_at: sql`now()` }).where('plan_id', '=', planId).where('closed_at', 'is', null).execute();
  },

  /** Comments per window and status, and how many have a disposition. */
  countsByPeriod(db: Executor, planId: string) {
    return db
      .selectFrom('public_comments as c')
      .leftJoin('public_comment_theme_comments as tc', 'tc.comment_id', 'c.id')
      .leftJoin('public_comment_themes as t', 't.id', 'tc.theme_id')
      .select([
        'c.period_id',
        sql<string>`count(*)`.as('received'),
        sql<string>`count(*) filter (where c.status = 'unconfirmed')`.as('unconfirmed'),
        sql<string>`count(*) filter (where c.status = 'pending')`.as('pending'),
        sql<string>`count(*) filter (where c.status = 'accepted')`.as('accepted'),
        sql<string>`count(*) filter (where c.status = 'hidden')`.as('hidden'),
        // Answered on its own or through the theme it sits in.
        sql<string>`count(*) filter (where (c.disposition is not null or t.disposition is not null) and c.status in ('pending', 'accepted'))`.as('answered'),
      ])
      .where('c.plan_id', '=', planId)
      .groupBy('c.period_id')
      .execute();
  },
};

export type PeriodRow = Awaited<ReturnType<typeof publicCommentPeriodsRepo.listForPlan>>[number];
