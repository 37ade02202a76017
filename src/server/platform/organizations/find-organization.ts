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

/** A district by its public address's slug (/p/<slug>), for public pages; undefined when there is none. */
export function findDistrictBySlug(db: Kysely<DB> | Transaction<DB>, slug: string) {
  return organizationsRepo.findDistrictBySlug(db, slug);
}

/** The district's schools, for other domains that offer them in a form or name them in a result. */
export function listDistrictSchools(db: Kysely<DB> | Transaction<DB>, organizationId: string) {
  return organizationsRepo.listSchools(db, organizationId);
}
