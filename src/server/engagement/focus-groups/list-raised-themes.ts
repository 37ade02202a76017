import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { themesRepo } from './themes.repo.js';

/** The codebook themes some focus group raised, across the district's cycles: what a plan can cite. */
export async function listRaisedThemes(options: { db: Kysely<DB>; organizationId: string }) {
  return (await themesRepo.listRaised(options.db, options.organizationId)).map((row) => ({ id: row.id, cycleId: row.cycle_id, name: row.name, groups: row.groups, cycleGroups: row.cycle_groups ?? 0 }));
}
