import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { forbidden, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { monitoringSettingsRepo } from './monitoring-settings.repo.js';
import { presentPerson } from './monitoring-settings.present.js';

/**
 * Sets a person's supervisor (who reminders escalate to) and daily-digest choice. Managers set
 * anyone's; everybody else only their own digest choice.
 */
export async function saveMonitoringPerson(options: {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  userId: string;
  canManage: boolean;
  values: { supervisorId?: string | null; wantsDailyDigest?: boolean };
}) {
  const { db, actor, organizationId, userId, canManage, values } = options;
  if (!canManage && (actor.userId !== userId || values.supervisorId !== undefined)) {
    throw forbidden('You may choose only your own daily digest; a planner sets supervisors');
  }
  return inTransaction(db, async (trx) => {
    const [before] = await monitoringSettingsRepo.listPeople(trx, organizationId, userId);
    if (!before) throw notFound('Person');
    if (values.supervisorId) {
      if (values.supervisorId === userId) throw invalidInput('/supervisorId', 'cannot be the person themselves', { code: 'not_themselves' });
      if (!(await monitoringSettingsRepo.isActiveMember(trx, organizationId, values.supervisorId))) throw invalidInput('/supervisorId', 'must be an active member of the district', { code: 'not_a_member' });
    }
    await monitoringSettingsRepo.upsertPerson(trx, organizationId, userId, {
      supervisorId: values.supervisorId === undefined ? before.supervisor_id : values.supervisorId,
      wantsDailyDigest: values.wantsDailyDigest ?? before.wants_daily_digest,
    });
    const [after] = await monitoringSettingsRepo.listPeople(trx, organizationId, userId);
    await recordAuditEvent(trx, actor, { organizationId, action: 'monitoring.person_saved', entityType: 'monitoring_person', entityId: userId, before: presentPerson(before), after: presentPerson(after!) });
    return presentPerson(after!);
  });
}
