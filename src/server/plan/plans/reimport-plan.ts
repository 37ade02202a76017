import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import { flattenPlan, type PlanHeader } from '../../../core/plan/format/plan-tree.js';
import { matchByKey, type KeyMatch } from '../../../core/plan/format/match-by-key.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { parsePlanDocument } from './import-plan.js';
import { toFlatElements } from './export-plan.js';
import { assertEditable } from './plan-lifecycle.js';
import { plansRepo } from './plans.repo.js';
import { applyElementsByKey } from './apply-elements-by-key.js';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';

/** Status and adoption change only through the lifecycle, never by re-import. */
function withLifecycleOf(document: PlanDocument, header: PlanHeader): PlanDocument {
  const { status: _status, adopted: _adopted, ...plan } = document.plan;
  return {
    ...document,
    plan: { ...plan, ...(header.plan.status ? { status: header.plan.status } : {}), ...(header.plan.adopted ? { adopted: header.plan.adopted } : {}) },
  };
}

/**
 * Re-imports a document into an existing plan, matching elements by key so their ids (and the
 * comments and history hanging off them) survive. Without `confirm` it only answers what would
 * be added, changed and removed; with it, it applies exactly that in one transaction.
 */
export async function reimportPlan(options: { db: Kysely<DB>; actor: Actor; organizationId: string; planId: string; input: unknown; confirm: boolean }): Promise<KeyMatch & { applied: boolean }> {
  const document = parsePlanDocument(options.input);
  return inTransaction(options.db, async (trx) => {
    const plan = await plansRepo.lockPlan(trx, options.organizationId, options.planId);
    if (!plan) throw notFound('Plan');
    assertEditable(plan.lifecycle);
    const rows = await plansRepo.listElements(trx, plan.id);
    const current = { header: plan.header as PlanHeader, elements: toFlatElements(rows) };
    const incoming = flattenPlan(withLifecycleOf(document, current.header));
    const match = matchByKey(current, incoming);
    if (!options.confirm) return { ...match, applied: false };

    await applyElementsByKey(trx, plan, rows, incoming.elements, match);
    await plansRepo.updatePlan(trx, plan.id, null, { header: incoming.header });
    await recordAuditEvent(trx, options.actor, {
      organizationId: options.organizationId,
      action: 'plan.reimported',
      entityType: 'plan',
      entityId: plan.id,
      after: {
        added: match.added.map((a) => a.key),
        changed: match.changed.map((c) => c.key),
        removed: match.removed.map((r) => r.key),
        header: match.header,
      },
    });
    return { ...match, applied: true };
  });
}
