import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { rubricsRepo, type RubricRow } from './rubrics.repo.js';

/** The network's rubrics, by template and deliverable. */
export function listRubrics(options: { db: Kysely<DB>; networkId: string }): Promise<RubricRow[]> {
  return rubricsRepo.list(options.db, options.networkId);
}
