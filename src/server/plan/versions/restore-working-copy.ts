import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { flattenPlan, type PlanHeader } from '../../../core/plan/format/plan-tree.js';
import { matchByKey, type KeyMatch } from '../../../core/plan/format/match-by-key.js';
import type { PlanDocument } from '../../../core/plan/format/plan-format.schema.js';
import { toFlatElements } from '../plans/export-plan.js';
import { applyElementsByKey } from '../plans/apply-elements-by-key.js';
import { plansRepo } from '../plans/plans.repo.js';

/**
 * Makes the working copy's elements those of `document`, matched by key as a re-import is, so
 * elements that survive keep their ids (and the comments on them). The caller writes the header.
 */
export async function restoreWorkingCopy(trx: Transaction<DB>, plan: { id: string; organization_id: string; header: unknown }, document: PlanDocument): Promise<KeyMatch> {
  const incoming = flattenPlan(document);
  const rows = await plansRepo.listElements(trx, plan.id);
  const match = matchByKey({ header: plan.header as PlanHeader, elements: toFlatElements(rows) }, incoming);
  await applyElementsByKey(trx, plan, rows, incoming.elements, match);
  return match;
}
