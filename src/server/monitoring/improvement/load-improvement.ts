import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { improvementRepo } from './improvement.repo.js';
import { presentPdsaCycle, presentTracker } from './improvement.present.js';
import { keysOfStrategy, loadStrategyOutline } from './plan-outline.js';

/**
 * The plan's improvement work: its strategies (with their goal and actions), the PDSA cycles on
 * them and their actions, and the Data Wise trackers. With a strategy key, that strategy's
 * history only.
 */
export async function loadImprovement(options: { db: Kysely<DB>; organizationId: string; planId: string; strategyKey?: string }) {
  const { db, organizationId, planId, strategyKey } = options;
  const outline = await loadStrategyOutline(db, organizationId, planId);
  const [cycles, trackers] = await Promise.all([
    improvementRepo.listPdsaCycles(db, organizationId, planId, strategyKey === undefined ? undefined : keysOfStrategy(outline, strategyKey)),
    improvementRepo.listTrackers(db, organizationId, planId, strategyKey),
  ]);
  const steps = await improvementRepo.listSteps(db, organizationId, trackers.map((t) => t.id));
  return {
    planId,
    strategies: strategyKey === undefined ? outline : outline.filter((s) => s.key === strategyKey),
    pdsaCycles: cycles.map(presentPdsaCycle),
    dataWiseTrackers: trackers.map((tracker) => presentTracker(tracker, steps)),
  };
}
