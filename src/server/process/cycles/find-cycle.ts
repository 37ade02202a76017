import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { cyclesRepo } from './cycles.repo.js';

/** A cycle's name, the plan it produces and the template it runs, for other domains; null when the district has no such cycle. */
export async function findCycle(options: { db: Kysely<DB> | Transaction<DB>; organizationId: string; cycleId: string }): Promise<{ id: string; name: string; planId: string | null; templateId: string } | null> {
  const cycle = await cyclesRepo.findCycle(options.db, options.organizationId, options.cycleId);
  return cycle ? { id: cycle.id, name: cycle.name, planId: cycle.plan_id, templateId: cycle.template_id } : null;
}
