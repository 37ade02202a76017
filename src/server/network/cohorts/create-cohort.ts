import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { cohortTemplate } from './cohort-templates.js';
import { cohortsRepo } from './cohorts.repo.js';

/** A network starts a cohort: its name, school year, the template every member runs and the day the shared timeline starts. */
export function createCohort(options: {
  db: Kysely<DB>;
  actor: Actor;
  networkId: string;
  values: { name: string; schoolYear: string; templateId: string; startDate: string; description?: string };
}) {
  const { db, actor, networkId, values } = options;
  if (!cohortTemplate(values.templateId)) throw invalidInput('/templateId', 'is not a process template', { code: 'invalid_choice' });
  return inTransaction(db, async (trx) => {
    if (await cohortsRepo.findByName(trx, networkId, values.name)) {
      throw new AppError('already_exists', `The network has a cohort named ${values.name}`, [{ path: '/name', message: 'is the name of another cohort', code: 'name_taken' }]);
    }
    const cohort = await cohortsRepo.insert(trx, { networkId, name: values.name, schoolYear: values.schoolYear, templateId: values.templateId, startDate: values.startDate, description: values.description ?? '', createdBy: actor.userId });
    await recordAuditEvent(trx, actor, {
      organizationId: networkId,
      action: 'cohort.created',
      entityType: 'cohort',
      entityId: cohort.id,
      after: { name: cohort.name, schoolYear: cohort.school_year, templateId: cohort.template_id, startDate: cohort.start_date },
    });
    return { ...cohort, district_count: 0 };
  });
}
