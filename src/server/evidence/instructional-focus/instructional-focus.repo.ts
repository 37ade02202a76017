import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** The only SQL of the Instructional Focus. */
export const instructionalFocusRepo = {
  find(db: Executor, organizationId: string, cycleId: string) {
    return db.selectFrom('instructional_focuses').selectAll().where('organization_id', '=', organizationId).where('cycle_id', '=', cycleId).executeTakeFirst();
  },

  findForUpdate(trx: Transaction<DB>, organizationId: string, cycleId: string) {
    return trx.selectFrom('instructional_focuses').selectAll().where('organization_id', '=', organizationId).where('cycle_id', '=', cycleId).forUpdate().executeTakeFirst();
  },

  insert(trx: Transaction<DB>, values: { organizationId: string; cycleId: string; content: unknown; userId: string | null }) {
    return trx
      .insertInto('instructional_focuses')
      .values({ organization_id: values.organizationId, cycle_id: values.cycleId, content: JSON.stringify(values.content), updated_by: values.userId })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  update(trx: Transaction<DB>, id: string, values: { content: unknown; userId: string | null }) {
    return trx
      .updateTable('instructional_focuses')
      .set({ content: JSON.stringify(values.content), updated_by: values.userId, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },
};
