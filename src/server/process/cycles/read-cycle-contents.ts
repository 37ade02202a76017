import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { cyclesRepo, type CycleContents } from './cycles.repo.js';

/** A cycle with its phases, steps, sessions, deliverables and readiness items; undefined when the organization has no such cycle. */
export async function readCycleContents(options: { db: Kysely<DB> | Transaction<DB>; organizationId: string; cycleId: string }): Promise<CycleContents | undefined> {
  const cycle = await cyclesRepo.findCycle(options.db, options.organizationId, options.cycleId);
  return cycle ? cyclesRepo.readContents(options.db, cycle) : undefined;
}
