import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { auditedRubric } from './rubrics.present.js';
import { rubricsRepo } from './rubrics.repo.js';

/** Deletes a rubric; the sign-offs scored with it keep their scores. */
export function deleteRubric(options: { db: Kysely<DB>; actor: Actor; networkId: string; rubricId: string }): Promise<void> {
  const { db, actor, networkId, rubricId } = options;
  return inTransaction(db, async (trx) => {
    const before = await rubricsRepo.find(trx, networkId, rubricId, { lock: true });
    if (!before) throw notFound('Rubric');
    await rubricsRepo.delete(trx, networkId, rubricId);
    await recordAuditEvent(trx, actor, { organizationId: networkId, action: 'network.rubric_deleted', entityType: 'review_rubric', entityId: rubricId, before: auditedRubric(before) });
  });
}
