import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { flattenPlan, type PlanHeader } from '../../../core/plan-format/plan-tree.js';
import { matchByKey, type KeyMatch } from '../../../core/plan-format/match-by-key.js';
import type { PlanDocument } from '../../../core/plan-format/plan-format.schema.js';
import { toFlatElements } from '../plans/export-plan.js';
import { planElementsRepo } from '../plans/plan-elements.repo.js';
import { plansRepo } from '../plans/plans.repo.js';

/**
 * Makes the working copy's elements those of `document`, matched by key as a re-import is, so
 * elements that survive keep their ids (and the comments on them). The caller writes the header.
 */
export async function restoreWorkingCopy(trx: Transaction<DB>, plan: { id: string; organization_id: string; header: unknown }, document: PlanDocument): Promise<KeyMatch> {
  const incoming = flattenPlan(document);
  const rows = await plansRepo.listElements(trx, plan.id);
  const match = matchByKey({ header: plan.header as PlanHeader, elements: toFlatElements(rows) }, incoming);
  const rowByKey = new Map(rows.map((r) => [r.key, r]));
  const removed = new Set(match.removed.map((r) => r.key));
  await planElementsRepo.softDeleteExactly(trx, plan.id, [...removed].map((key) => rowByKey.get(key)!.id), randomUUID());
  const kept = new Map(rows.filter((r) => !removed.has(r.key)).map((r) => [r.key, { id: r.id, kind: r.kind }]));
  const added = new Set(match.added.map((a) => a.key));
  const idByKey = await plansRepo.insertElements(trx, plan.id, plan.organization_id, incoming.elements.filter((e) => added.has(e.key)), kept);
  const changed = new Set(match.changed.map((c) => c.key));
  for (const element of incoming.elements.filter((e) => changed.has(e.key))) {
    await planElementsRepo.replace(trx, rowByKey.get(element.key)!.id, {
      parentId: element.parentKey ? idByKey.get(element.parentKey)! : null,
      kind: element.kind,
      position: element.position,
      fields: element.fields,
      childLists: element.childLists,
    });
  }
  return match;
}
