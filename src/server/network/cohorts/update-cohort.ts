import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { cohortsRepo } from './cohorts.repo.js';

/** Renames a cohort or moves its school year, start or description; a stale version is a 409 with the current cohort. */
export function updateCohort(options: {
  db: Kysely<DB>;
  actor: Actor;
  networkId: string;
  cohortId: string;
  values: { name?: string; schoolYear?: string; startDate?: string; description?: string; version: number };
}) {
  const { db, actor, networkId, cohortId, values } = options;
  return inTransaction(db, async (trx) => {
    const before = await cohortsRepo.lock(trx, networkId, cohortId);
    if (!before) throw notFound('Cohort');
    if (before.version !== values.version) throw new AppError('conflict', 'Someone else changed this cohort; reload and try again');
    if (values.name && values.name.toLowerCase() !== before.name.toLowerCase()) {
      const other = await cohortsRepo.findByName(trx, networkId, values.name);
      if (other) throw new AppError('already_exists', `The network has a cohort named ${values.name}`, [{ path: '/name', message: 'is the name of another cohort', code: 'name_taken' }]);
    }
    const changes = { name: values.name, school_year: values.schoolYear, start_date: values.startDate, description: values.description };
    const after = await cohortsRepo.update(trx, cohortId, values.version, changes);
    if (!after) throw new AppError('conflict', 'Someone else changed this cohort; reload and try again');
    await recordAuditEvent(trx, actor, {
      organizationId: networkId,
      action: 'cohort.updated',
      entityType: 'cohort',
      entityId: cohortId,
      before: { name: before.name, schoolYear: before.school_year, startDate: before.start_date, description: before.description },
      after: { name: after.name, schoolYear: after.school_year, startDate: after.start_date, description: after.description },
    });
    return (await cohortsRepo.find(trx, networkId, cohortId))!;
  });
}
