import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, type ErrorDetail } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { addSchool } from '../../platform/organizations/manage-schools.js';
import { listDistrictSchools } from '../../platform/organizations/find-organization.js';
import type { EntityStatus } from '../tables.js';
import { entitiesRepo } from './entities.repo.js';
import { readEntities } from './read-entities.js';

export interface EntityChoice {
  key: string;
  status: EntityStatus;
  school_id?: string | null;
  add_school?: boolean;
}

/**
 * Resolves the files' schools: matched to a school of the district (or a new school made from the
 * file's name and code), the district's own rows, ignored, or back to unmatched. One transaction,
 * one audit row; a school added here has its own.
 */
export async function saveEntities(options: { db: Kysely<DB>; actor: Actor; organizationId: string; entities: EntityChoice[] }) {
  const { db, actor, organizationId, entities } = options;
  await inTransaction(db, async (trx) => {
    const known = new Map((await entitiesRepo.keys(trx, organizationId, entities.map((entity) => entity.key))).map((row) => [row.entity_key, row]));
    const schools = new Set((await listDistrictSchools(trx, organizationId)).map((school) => school.id));
    const details: ErrorDetail[] = [];
    entities.forEach((entity, index) => {
      if (!known.has(entity.key)) details.push({ path: `/entities/${index}/key`, message: 'is not a school or district the files name', code: 'does_not_exist' });
      if (entity.status !== 'school' && (entity.school_id || entity.add_school)) details.push({ path: `/entities/${index}/school_id`, message: 'is only for status "school"', code: 'invalid' });
      if (entity.status === 'school' && entity.add_school && entity.school_id) details.push({ path: `/entities/${index}/add_school`, message: 'either name a school or add one, not both', code: 'invalid' });
      if (entity.status === 'school' && !entity.add_school && !entity.school_id) details.push({ path: `/entities/${index}/school_id`, message: 'is required: the district’s school this is (or add_school)', code: 'required' });
      if (entity.status === 'school' && entity.school_id && !schools.has(entity.school_id)) details.push({ path: `/entities/${index}/school_id`, message: 'is not a school of the district', code: 'does_not_exist' });
    });
    if (details.length > 0) throw new AppError('invalid_input', 'Some choices cannot be saved', details);
    const after: Array<{ key: string; status: EntityStatus; school_id: string | null }> = [];
    for (const entity of entities) {
      const row = known.get(entity.key)!;
      let schoolId = entity.status === 'school' ? (entity.school_id ?? null) : null;
      if (entity.status === 'school' && entity.add_school) schoolId = (await addSchool({ db: trx, actor, organizationId, name: row.name, code: row.code })).id;
      await entitiesRepo.set(trx, organizationId, entity.key, { status: entity.status, schoolId });
      after.push({ key: entity.key, status: entity.status, school_id: schoolId });
    }
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'evidence.entities_saved',
      entityType: 'evidence_entities',
      entityId: organizationId,
      before: [...known.values()].map((row) => ({ key: row.entity_key, status: row.status, school_id: row.school_id })),
      after,
    });
  });
  return readEntities({ db, organizationId });
}
