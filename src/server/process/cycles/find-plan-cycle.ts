import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { cyclesRepo } from './cycles.repo.js';

/**
 * The planning cycle that produces a plan (the cycle names it): the one started last when several
 * do, or null when none does. What other domains read to gather the engagement behind a plan.
 */
export async function findPlanCycle(options: { db: Kysely<DB>; organizationId: string; planId: string }): Promise<{ id: string; name: string } | null> {
  const cycles = await cyclesRepo.listForOrganization(options.db, options.organizationId);
  const cycle = cycles.find((candidate) => candidate.plan_id === options.planId);
  return cycle ? { id: cycle.id, name: cycle.name } : null;
}
