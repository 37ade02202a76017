import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

export const rolloverRepo = {
  /** Every closure of a plan, the newest first. */
  listClosures(db: Executor, planId: string) {
    return db.selectFrom('year_closures').selectAll().where('plan_id', '=', planId).orderBy('created_at', 'desc').orderBy('year_ends_on', 'desc').execute();
  },

  findClosure(db: Executor, planId: string, yearLabel: string) {
    return db.selectFrom('year_closures').select(['id', 'created_at']).where('plan_id', '=', planId).where('year_label', '=', yearLabel).executeTakeFirst();
  },

  insertClosure(
    trx: Transaction<DB>,
    row: { organizationId: string; planId: string; yearLabel: string; yearEndsOn: string; summary: unknown; carried: unknown; closedBy: string | null; closedByLabel: string },
  ) {
    return trx
      .insertInto('year_closures')
      .values({
        organization_id: row.organizationId,
        plan_id: row.planId,
        year_label: row.yearLabel,
        year_ends_on: row.yearEndsOn,
        summary: JSON.stringify(row.summary),
        carried: JSON.stringify(row.carried),
        closed_by: row.closedBy,
        closed_by_label: row.closedByLabel,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /** Moves an action's due date in the working copy and bumps the element's version, so an editor open on it sees the change. */
  moveDue(trx: Transaction<DB>, elementId: string, toDue: string) {
    return trx
      .updateTable('plan_elements')
      .set({ fields: sql`jsonb_set(fields, '{due}', to_jsonb(${toDue}::text))`, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', elementId)
      .execute();
  },
};

export type ClosureRow = Awaited<ReturnType<typeof rolloverRepo.listClosures>>[number];
