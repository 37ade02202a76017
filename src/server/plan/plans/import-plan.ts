import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PlanLifecycle } from '../tables.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import { flattenPlan } from '../../../core/plan/format/plan-tree.js';
import { validatePlanDocument } from '../../../core/plan/format/validate-plan-document.js';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { planVersionsRepo } from './plan-versions.repo.js';
import { plansRepo } from './plans.repo.js';

/** Checks a document whole and refuses it with every problem and its JSON path; nothing is stored. */
export function parsePlanDocument(input: unknown): PlanDocument {
  const result = validatePlanDocument(input);
  if (!result.ok) {
    const count = result.problems.length;
    throw new AppError('invalid_plan', `The plan document has ${count} problem${count === 1 ? '' : 's'}; nothing was stored`, result.problems);
  }
  return result.document;
}

/**
 * Creates a plan from a strategic-plan/v1 document. A document that says it is adopted arrives
 * with its adopted version frozen, so the public and monitoring see it at once.
 */
export async function importPlan(options: { db: Kysely<DB>; actor: Actor; organizationId: string; input: unknown }) {
  const document = parsePlanDocument(options.input);
  return inTransaction(options.db, (trx) => storeImportedPlan({ trx, actor: options.actor, organizationId: options.organizationId, document }));
}

/** Stores a checked document as a new plan inside the caller's transaction (import, demo data). */
export async function storeImportedPlan(options: { trx: Transaction<DB>; actor: Actor; organizationId: string; document: PlanDocument }) {
  const { trx, actor, organizationId, document } = options;
  const { header, elements } = flattenPlan(document);
  const lifecycle: PlanLifecycle = document.plan.status ?? 'draft';
  const plan = await plansRepo.insertPlan(trx, { organizationId, header, lifecycle, createdBy: actor.userId });
  await plansRepo.insertElements(trx, plan.id, organizationId, elements);
  const version = await planVersionsRepo.freeze(trx, {
    planId: plan.id,
    organizationId,
    lifecycle,
    label: 'Imported',
    document,
    adoption: document.plan.adopted,
    createdBy: actor.userId,
  });
  if (lifecycle === 'adopted') await plansRepo.updatePlan(trx, plan.id, null, { adoptedVersion: version.number });
  await recordAuditEvent(trx, actor, {
    organizationId,
    action: 'plan.imported',
    entityType: 'plan',
    entityId: plan.id,
    after: { title: header.plan.title, status: lifecycle, elements: elements.length },
  });
  return plan;
}
