import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { listDistrictSchools } from '../../platform/organizations/find-organization.js';
import { entitiesRepo } from './entities.repo.js';
import { normalizeSchoolName } from './school-names.js';

export interface FileEntity {
  key: string;
  name: string;
  code: string | null;
  isDistrict: boolean;
}

/**
 * Records the schools and district an import's rows name, inside the import's finishing
 * transaction. New ones are matched to the district's schools by code, then by name; the file's
 * district rows are the district's; the rest wait on the entities screen as unmatched. Entities
 * seen before keep what a person decided for them.
 */
export async function recordFileEntities(trx: Transaction<DB>, organizationId: string, entities: readonly FileEntity[]) {
  if (entities.length === 0) return;
  const known = new Set((await entitiesRepo.keys(trx, organizationId, entities.map((entity) => entity.key))).map((row) => row.entity_key));
  const fresh = entities.filter((entity) => !known.has(entity.key));
  if (fresh.length === 0) return;
  const schools = await listDistrictSchools(trx, organizationId);
  const byCode = new Map(schools.filter((school) => school.code).map((school) => [school.code!.trim().toUpperCase(), school.id]));
  const byName = new Map(schools.map((school) => [normalizeSchoolName(school.name), school.id]));
  await entitiesRepo.insertNew(
    trx,
    organizationId,
    fresh.map((entity) => {
      if (entity.isDistrict) return { ...entity, status: 'district' as const, schoolId: null };
      const schoolId = (entity.code ? byCode.get(entity.code.trim().toUpperCase()) : undefined) ?? byName.get(normalizeSchoolName(entity.name));
      return { ...entity, status: schoolId ? ('school' as const) : ('unmatched' as const), schoolId: schoolId ?? null };
    }),
  );
}
