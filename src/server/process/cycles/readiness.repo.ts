import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ReadinessState } from '../tables.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** The readiness checklist of a cycle, which gates closing its first phase. */
export const readinessRepo = {
  find(db: Executor, cycleId: string, id: string) {
    return db.selectFrom('cycle_readiness_items').selectAll().where('cycle_id', '=', cycleId).where('id', '=', id).executeTakeFirst();
  },

  open(db: Executor, cycleId: string) {
    return db.selectFrom('cycle_readiness_items').select(['id', 'label']).where('cycle_id', '=', cycleId).where('state', '=', 'open').orderBy('position').execute();
  },

  decide(trx: Transaction<DB>, id: string, version: number, decision: { state: ReadinessState; reason: string | null; userId: string | null }) {
    const isOpen = decision.state === 'open';
    return trx
      .updateTable('cycle_readiness_items')
      .set({
        state: decision.state,
        waiver_reason: decision.reason,
        decided_by: isOpen ? null : decision.userId,
        decided_at: isOpen ? null : sql`now()`,
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  },
};
