import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../platform/audit/actor.js';

/** Who writes, in which district: the first part of every team use-case's options. */
export interface DistrictScope {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
}
