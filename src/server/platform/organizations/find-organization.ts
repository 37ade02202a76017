import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { organizationsRepo } from './organizations.repo.js';

/**
 * An organization's row by id, for other domains that print or check its name, kind or slug (the
 * caller has already been let in by the checkpoint). Undefined when there is none.
 */
export function findOrganization(db: Kysely<DB> | Transaction<DB>, organizationId: string) {
  return organizationsRepo.findById(db, organizationId);
}
