import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

/** The reads a transition needs beyond those of plans.repo.ts. */
export const planTransitionsRepo = {
  /**
   * The plan, locked until the transaction ends: edits of its tree lock the same row, so the
   * version a transition freezes is exactly the working copy, and two transitions take turns.
   */
  lockPlan(trx: Transaction<DB>, organizationId: string, planId: string) {
    return trx.selectFrom('plans').selectAll().where('organization_id', '=', organizationId).where('id', '=', planId).forUpdate().executeTakeFirst();
  },
};
