import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { assemblePlan, type FlatElement, type PlanHeader } from '../../../core/plan-format/plan-tree.js';
import type { PlanDocument } from '../../../core/plan-format/plan-format.schema.js';
import { plansRepo, type ElementRow } from './plans.repo.js';

/** The plan's working copy as a strategic-plan/v1 document, exactly as the format promises. */
export async function exportPlan(options: { db: Kysely<DB> | Transaction<DB>; organizationId: string; planId: string }): Promise<PlanDocument> {
  const plan = await plansRepo.findPlan(options.db, options.organizationId, options.planId);
  if (!plan) throw notFound('Plan');
  const elements = await plansRepo.listElements(options.db, plan.id);
  return assemblePlan(plan.header as PlanHeader, toFlatElements(elements));
}

/** Stored rows to the format's flat elements: parents are named by key. */
export function toFlatElements(rows: readonly ElementRow[]): FlatElement[] {
  const keyById = new Map(rows.map((r) => [r.id, r.key]));
  return rows.map((r) => ({
    kind: r.kind,
    key: r.key,
    parentKey: r.parent_id ? (keyById.get(r.parent_id) ?? null) : null,
    position: r.position,
    fields: r.fields,
    childLists: r.child_lists,
  }));
}
