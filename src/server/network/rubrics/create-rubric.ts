import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { invalidInput } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { checkCriteria, checkDeliverableType } from './rubric-rules.js';
import type { NewRubricValues } from './rubrics.schema.js';
import { auditedRubric, storedCriteria } from './rubrics.present.js';
import { rubricsRepo, type RubricRow } from './rubrics.repo.js';

const alreadyHasOne = () => invalidInput('/deliverableKey', 'already has a rubric in this network; change that one', { code: 'duplicate' });

/**
 * The network writes a rubric for one deliverable type, once: one per template and deliverable,
 * so a reviewer never wonders which applies (400 naming /deliverableKey on a second).
 */
export async function createRubric(options: { db: Kysely<DB>; actor: Actor; networkId: string; values: NewRubricValues }): Promise<RubricRow> {
  const { db, actor, networkId, values } = options;
  checkDeliverableType(values.templateId, values.deliverableKey);
  const criteria = storedCriteria(values.criteria);
  checkCriteria(criteria);
  return inTransaction(db, async (trx) => {
    if (await rubricsRepo.findByDeliverable(trx, networkId, values.templateId, values.deliverableKey)) throw alreadyHasOne();
    const rubric = await rubricsRepo.insert(trx, { organizationId: networkId, templateId: values.templateId, deliverableKey: values.deliverableKey, name: values.name, criteria }).catch((error: unknown) => {
      // Two people saving the same type at once: the unique index decides, and the loser hears why.
      if ((error as { code?: string }).code === '23505') throw alreadyHasOne();
      throw error;
    });
    await recordAuditEvent(trx, actor, { organizationId: networkId, action: 'network.rubric_created', entityType: 'review_rubric', entityId: rubric.id, after: auditedRubric(rubric) });
    return rubric;
  });
}
