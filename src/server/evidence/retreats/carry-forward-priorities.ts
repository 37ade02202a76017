import { topPriorities } from '../../../core/evidence/retreat/dot-voting.js';
import { inTransaction } from '../../db/transaction.js';
import { invalidInput } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import type { AddPrioritiesValues } from './priorities.schema.js';
import { prioritiesRepo, type PriorityRow } from './priorities.repo.js';
import { findRetreat, type RetreatScope } from './retreat-scope.js';
import { swotRepo, type SwotItemRow } from './swot.repo.js';

// A title has room for 300 characters; an item's text has the same.
const titleOf = (item: SwotItemRow) => item.text.slice(0, 300);

/**
 * Carries the board's results forward as priorities: the top `count` items by dots (ties with the
 * last one taken come too: cutting a tie is the room's call), one item by hand, or a title of the
 * team's own. Idempotent for items: one already carried is not added again. New priorities follow
 * the existing ones, in the order of their rank, with the item's dots, area and citations (as the
 * evidence of where we are).
 */
export async function carryForwardPriorities(options: RetreatScope & { values: AddPrioritiesValues }): Promise<{ added: string[]; priorities: PriorityRow[] }> {
  const { db, actor, organizationId, retreatId, values } = options;
  return inTransaction(db, async (trx) => {
    await findRetreat(trx, organizationId, retreatId, { lock: true });
    const items = await swotRepo.list(trx, retreatId);
    const carried = new Set((await prioritiesRepo.list(trx, retreatId)).flatMap((priority) => (priority.swot_item_id ? [priority.swot_item_id] : [])));
    let position = await prioritiesRepo.nextPosition(trx, retreatId);
    const added: { id: string; title: string }[] = [];
    const insert = async (entry: { item: SwotItemRow | null; title: string }) => {
      const row = await prioritiesRepo.insert(trx, {
        retreatId,
        organizationId,
        swotItemId: entry.item?.id ?? null,
        position: position++,
        title: entry.title,
        dots: entry.item?.dots ?? 0,
        area: entry.item?.area ?? null,
        currentEvidence: (entry.item?.citations as unknown[] | undefined) ?? [],
      });
      added.push({ id: row.id, title: row.title });
    };
    if (values.count !== undefined) {
      for (const item of topPriorities(items, values.count)) if (!carried.has(item.id)) await insert({ item, title: titleOf(item) });
    } else if (values.swot_item_id !== undefined) {
      const item = items.find((candidate) => candidate.id === values.swot_item_id);
      if (!item) throw invalidInput('/swot_item_id', 'is not an item of this retreat’s board', { code: 'does_not_exist' });
      if (!carried.has(item.id)) await insert({ item, title: titleOf(item) });
    } else if (values.title !== undefined) {
      await insert({ item: null, title: values.title });
    }
    if (added.length) await recordAuditEvent(trx, actor, { organizationId, action: 'evidence.retreat_priorities_added', entityType: 'data_retreat', entityId: retreatId, after: added });
    return { added: added.map((entry) => entry.id), priorities: await prioritiesRepo.list(trx, retreatId) };
  });
}
