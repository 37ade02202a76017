import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { retreatsRepo } from './retreats.repo.js';

/**
 * The cycle's retreats, newest first, with how many charts, participants, items and priorities
 * each has (the checkpoint has already found the cycle in the district).
 */
export function listRetreats(options: { db: Kysely<DB>; organizationId: string; cycleId: string }) {
  return retreatsRepo.listForCycle(options.db, options.organizationId, options.cycleId);
}
