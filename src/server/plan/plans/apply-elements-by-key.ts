import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { FlatElement } from '../../../core/plan/format/plan-tree.js';
import type { KeyMatch } from '../../../core/plan/format/match-by-key.js';
import { planElementsRepo } from './plan-elements.repo.js';
import { plansRepo, type ElementRow } from './plans.repo.js';

/**
 * Makes a plan's stored elements those of `incoming`, as `match` (matchByKey of the two) says:
 * removed keys are deleted, added ones inserted, changed ones rewritten in place, so elements
 * that survive keep their ids and what hangs off them (comments, history). Used by re-import
 * and by discarding an amendment.
 */
export async function applyElementsByKey(trx: Transaction<DB>, plan: { id: string; organization_id: string }, rows: readonly ElementRow[], incoming: readonly FlatElement[], match: KeyMatch) {
  const rowByKey = new Map(rows.map((r) => [r.key, r]));
  const removed = new Set(match.removed.map((r) => r.key));
  // Exactly the removed elements: a child the document keeps under another parent is moved, not deleted.
  await planElementsRepo.softDeleteExactly(trx, plan.id, [...removed].map((key) => rowByKey.get(key)!.id), randomUUID());
  const kept = new Map(rows.filter((r) => !removed.has(r.key)).map((r) => [r.key, { id: r.id, kind: r.kind }]));
  const added = new Set(match.added.map((a) => a.key));
  const idByKey = await plansRepo.insertElements(trx, plan.id, plan.organization_id, incoming.filter((e) => added.has(e.key)), kept);
  const changed = new Set(match.changed.map((c) => c.key));
  for (const element of incoming.filter((e) => changed.has(e.key))) {
    await planElementsRepo.replace(trx, rowByKey.get(element.key)!.id, {
      parentId: element.parentKey ? idByKey.get(element.parentKey)! : null,
      kind: element.kind,
      position: element.position,
      fields: element.fields,
      childLists: element.childLists,
    });
  }
}
