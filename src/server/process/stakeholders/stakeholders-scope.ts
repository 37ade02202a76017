import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../platform/audit/actor.js';

/** Who writes, in which district and cycle: the first part of every use-case's options. */
export interface CycleScope {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  cycleId: string;
}
