import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { checkCriteria } from './rubric-rules.js';
import type { RubricChanges } from './rubrics.schema.js';
import { auditedRubric, presentRubric, storedCriteria } from './rubrics.present.js';
import { rubricsRepo, type RubricRow } from './rubrics.repo.js';

/**
 * Replaces a rubric's name and criteria. Sign-offs scored before keep the scores they were given
 * (they are copied onto each sign-off), so changing a rubric rewrites no history. 409 with the
 * current rubric when `version` is stale.
 */
export async function updateRubric(options: { db: Kysely<DB>; actor: Actor; networkId: string; rubricId: string; version: number; changes: RubricChanges }): Promise<RubricRow> {
  const { db, actor, networkId, rubricId, version, changes } = options;
  const criteria = storedCriteria(changes.criteria);
  checkCriteria(criteria);
  return inTransaction(db, async (trx) => {
    const before = await rubricsRepo.find(trx, networkId, rubricId, { lock: true });
    if (!before) throw notFound('Rubric');
    const after = await rubricsRepo.update(trx, networkId, rubricId, version, { name: changes.name, criteria });
    if (!after) throw new AppError('conflict', 'Someone changed this rubric meanwhile; review it and try again', [], { current: presentRubric(before) });
    await recordAuditEvent(trx, actor, { organizationId: networkId, action: 'network.rubric_updated', entityType: 'review_rubric', entityId: rubricId, before: auditedRubric(before), after: auditedRubric(after) });
    return after;
  });
}
