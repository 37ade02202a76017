import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { scorecardRepo, type ActionProgressRow, type ActualRow } from './scorecard.repo.js';

export type { ActionProgressRow, ActualRow } from './scorecard.repo.js';

type Executor = Kysely<DB> | Transaction<DB>;

/**
 * What owners have posted on a plan, for the plan's export to carry: the current value of every
 * measure, period and student group, and each action's latest status and percent complete.
 */
export async function readPostedResults(db: Executor, planId: string): Promise<{ actuals: ActualRow[]; actionProgress: ActionProgressRow[] }> {
  const actuals = await scorecardRepo.listActuals(db, planId);
  const actionProgress = await scorecardRepo.listLatestActionProgress(db, planId);
  return { actuals, actionProgress };
}
