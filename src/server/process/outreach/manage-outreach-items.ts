import type { Kysely } from 'kysely';
import { unknownFields } from '../../../core/process/merge-fields.js';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { outreachRepo, type ItemValues } from './outreach.repo.js';
import { presentItem } from './outreach.present.js';
import { starterKit } from './starter-kit.js';

export interface CycleScope {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  cycleId: string;
}

/** A misspelt field would go out to people as "{{shcool}}": refuse it, naming the field and the name. */
export function checkMergeFields(texts: { subject?: string | null; body?: string | null }) {
  for (const field of ['subject', 'body'] as const) {
    const unknown = unknownFields(texts[field] ?? '');
    const fields = unknown.map((name) => `{{${name}}}`).join(', ');
    if (unknown.length) throw invalidInput(`/${field}`, `uses ${fields}, which ${unknown.length === 1 ? 'is not a merge field' : 'are not merge fields'}`, { code: 'unknown_merge_fields', params: { fields, count: unknown.length } });
  }
}

/**
 * The kit of a cycle, as it is. Opening it never writes (nothing is added, nothing audited in the
 * reader's name): an empty kit offers the starter items, which an editor adds on purpose.
 */
export async function readOutreachKit(options: { db: Kysely<DB>; organizationId: string; cycleId: string }) {
  const { db, organizationId, cycleId } = options;
  if (!(await outreachRepo.findCycle(db, organizationId, cycleId))) throw notFound('Cycle');
  return outreachRepo.listItems(db, cycleId);
}

/** Adds the starter items in the editor's language, the first time or again (after they were deleted or changed beyond use). */
export async function addStarterKit(options: CycleScope & { locale: 'en' | 'es' }) {
  const { db, actor, organizationId, cycleId, locale } = options;
  return inTransaction(db, async (trx) => {
    if (!(await outreachRepo.findCycle(trx, organizationId, cycleId))) throw notFound('Cycle');
    await outreachRepo.startKit(trx, cycleId, organizationId);
    const items = await outreachRepo.insertItems(trx, cycleId, organizationId, starterKit(locale));
    await recordAuditEvent(trx, actor, { organizationId, action: 'outreach.starter_kit_added', entityType: 'planning_cycle', entityId: cycleId, after: { items: items.map((i) => i.title) } });
    return items;
  });
}

/** Adds an item to the kit; an email invitation needs a subject. */
export async function addOutreachItem(options: CycleScope & { values: ItemValues }) {
  const { db, actor, organizationId, cycleId, values } = options;
  if (values.kind === 'email_invitation' && !values.subject) throw invalidInput('/subject', 'is required for an email invitation', { code: 'required' });
  checkMergeFields(values);
  return inTransaction(db, async (trx) => {
    if (!(await outreachRepo.findCycle(trx, organizationId, cycleId))) throw notFound('Cycle');
    await outreachRepo.startKit(trx, cycleId, organizationId);
    const [item] = await outreachRepo.insertItems(trx, cycleId, organizationId, [{ ...values, subject: values.kind === 'email_invitation' ? values.subject : null }]);
    await recordAuditEvent(trx, actor, { organizationId, action: 'outreach.item_added', entityType: 'outreach_item', entityId: item!.id, after: presentItem(item!) });
    return item!;
  });
}

/** Changes an item's title, subject or body; 409 with the current item when stale. */
export async function updateOutreachItem(options: CycleScope & { itemId: string; version: number; values: Partial<Omit<ItemValues, 'kind'>> }) {
  const { db, actor, organizationId, cycleId, itemId, version, values } = options;
  checkMergeFields(values);
  return inTransaction(db, async (trx) => {
    const before = await outreachRepo.findItem(trx, cycleId, itemId);
    if (!before) throw notFound('Outreach item');
    if (before.version !== version) throw new AppError('conflict', 'Someone else changed this item; review and try again', [], { current: presentItem(before) });
    if (before.kind === 'email_invitation' && values.subject !== undefined && !values.subject) throw invalidInput('/subject', 'is required for an email invitation', { code: 'required' });
    if (before.kind !== 'email_invitation' && values.subject) throw invalidInput('/subject', 'belongs only to an email invitation', { code: 'email_invitation_only' });
    const after = await outreachRepo.updateItem(trx, itemId, version, values);
    if (!after) throw new AppError('conflict', 'Someone else changed this item; reload and try again');
    await recordAuditEvent(trx, actor, { organizationId, action: 'outreach.item_changed', entityType: 'outreach_item', entityId: itemId, before: presentItem(before), after: presentItem(after) });
    return after;
  });
}

/** Removes an item from the kit; the send log keeps its title. */
export async function removeOutreachItem(options: CycleScope & { itemId: string }) {
  const { db, actor, organizationId, cycleId, itemId } = options;
  return inTransaction(db, async (trx) => {
    const removed = await outreachRepo.deleteItem(trx, cycleId, itemId);
    if (!removed) throw notFound('Outreach item');
    await recordAuditEvent(trx, actor, { organizationId, action: 'outreach.item_removed', entityType: 'outreach_item', entityId: itemId, before: presentItem(removed) });
  });
}
