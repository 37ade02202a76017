import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { plansRepo, type ElementRow } from './plans.repo.js';

export type { ElementRow } from './plans.repo.js';

type Executor = Kysely<DB> | Transaction<DB>;

/*
 * What other domains (monitoring above all) read of a plan: its row, its row locked for a write
 * that depends on it, and its live elements in order. The plan's repository stays the only code
 * that writes the plan's SQL.
 */

/** The plan's row when it belongs to the organization; undefined otherwise. */
export function findPlan(db: Executor, organizationId: string, planId: string) {
  return plansRepo.findPlan(db, organizationId, planId);
}

/** The plan's row, locked until the transaction ends, so writes that read the plan see one version of it. */
export function lockPlan(trx: Transaction<DB>, organizationId: string, planId: string) {
  return plansRepo.lockPlan(trx, organizationId, planId);
}

/** The working copy's elements (goals, measures, strategies, actions), not deleted, by position. */
export function listPlanElements(db: Executor, planId: string): Promise<ElementRow[]> {
  return plansRepo.listElements(db, planId);
}
