import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { planVersionsRepo } from '../plans/plan-versions.repo.js';
import { plansRepo } from '../plans/plans.repo.js';

/**
 * A plan of the district with its frozen versions (the latest first): what other domains read to
 * know which version a lifecycle move froze and when (public comment's window is tied to one).
 */
export async function listPlanVersions(options: { db: Kysely<DB>; organizationId: string; planId: string }) {
  const plan = await plansRepo.findPlan(options.db, options.organizationId, options.planId);
  if (!plan) throw notFound('Plan');
  return { plan, versions: await planVersionsRepo.list(options.db, plan.id) };
}
