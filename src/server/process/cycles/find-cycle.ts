import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { cyclesRepo } from './cycles.repo.js';

/** A cycle's name and the plan it produces, for other domains' documents; null when the district has no such cycle. */
export async function findCycle(options: { db: Kysely<DB> | Transaction<DB>; organizationId: string; cycleId: string }): Promise<{ id: string; name: string; planId: string | null } | null> {
  const cycle = await cyclesRepo.findCycle(options.db, options.organizationId, options.cycleId);
  return cycle ? { id: cycle.id, name: cycle.name, planId: cycle.plan_id } : null;
}

/** The template a district's cycle runs; null when the district has no such cycle. */
export async function findCycleTemplate(options: { db: Kysely<DB> | Transaction<DB>; organizationId: string; cycleId: string }): Promise<string | null> {
  const cycle = await cyclesRepo.findCycle(options.db, options.organizationId, options.cycleId);
  return cycle ? cycle.template_id : null;
}
