import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { populationRepo } from './population.repo.js';
import { presentPopulation } from './population.present.js';

/** Who the district serves, as entered (version 0 and no lists before the first save). */
export async function readPopulation(db: Kysely<DB>, organizationId: string) {
  const [header, rows] = await Promise.all([populationRepo.findHeader(db, organizationId), populationRepo.listGroups(db, organizationId)]);
  return presentPopulation(header?.version ?? 0, rows);
}

export type DistrictPopulation = Awaited<ReturnType<typeof readPopulation>>;
