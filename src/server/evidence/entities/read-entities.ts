import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { listDistrictSchools } from '../../platform/organizations/find-organization.js';
import { entitiesRepo } from './entities.repo.js';
import { nameSimilarity } from './school-names.js';

/** Suggestions below this share of distinctive words are noise. */
const MIN_SCORE = 0.2;
const SUGGESTIONS = 3;

/**
 * The entities screen: every school or district the files name, what each is matched to, and for
 * those not matched the district's schools whose names are most alike.
 */
export async function readEntities(options: { db: Kysely<DB>; organizationId: string }) {
  const { db, organizationId } = options;
  const [entities, schools] = await Promise.all([entitiesRepo.listWithRows(db, organizationId), listDistrictSchools(db, organizationId)]);
  const schoolName = new Map(schools.map((school) => [school.id, school.name]));
  return {
    entities: entities.map((entity) => {
      // A school deleted since it was matched (school_id set null) reads as unmatched.
      const status = entity.status === 'school' && !entity.school_id ? 'unmatched' : entity.status;
      const suggestions =
        status === 'unmatched'
          ? schools
              .map((school) => ({ school_id: school.id, name: school.name, score: Math.round(nameSimilarity(entity.name, school.name) * 100) / 100 }))
              .filter((suggestion) => suggestion.score >= MIN_SCORE)
              .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
              .slice(0, SUGGESTIONS)
          : [];
      return {
        key: entity.key,
        name: entity.name,
        code: entity.code,
        status,
        school_id: status === 'school' ? entity.school_id : null,
        school_name: status === 'school' && entity.school_id ? (schoolName.get(entity.school_id) ?? null) : null,
        rows: entity.rows,
        suggestions,
      };
    }),
    schools: schools.map((school) => ({ id: school.id, name: school.name, code: school.code })),
  };
}
