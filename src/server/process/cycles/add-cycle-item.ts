import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { toColumns, type ItemKind } from './cycle-fields.js';
import { cycleItemsRepo } from './cycle-items.repo.js';
import { checkPeople, checkPhase, checkPhaseDates, lockCycle } from './cycle-rules.js';
import { deliverablesRepo } from './deliverables.repo.js';

/**
 * Adds a phase, step, session or deliverable the template did not have, at a position among its
 * siblings (the end when absent). `fields` has passed the kind's schema in cycle-fields.ts.
 */
export function addCycleItem(options: {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  cycleId: string;
  kind: ItemKind;
  fields: Record<string, unknown> & { phaseId?: string };
  position?: number;
}) {
  const { db, actor, organizationId, cycleId, kind, fields } = options;
  return inTransaction(db, async (trx) => {
    await lockCycle(trx, organizationId, cycleId);
    const phaseId = kind === 'phase' ? null : (await checkPhase(trx, cycleId, fields.phaseId!)).id;
    if (kind === 'phase') checkPhaseDates(fields.startDate as string, fields.endDate as string);
    if (kind === 'deliverable') await checkPeople(trx, organizationId, fields as { ownerId?: string; reviewerId?: string });
    const siblings = await cycleItemsRepo.siblings(trx, kind, cycleId, phaseId);
    const position = Math.min(Math.max(options.position ?? siblings.length, 0), siblings.length);
    for (const [index, sibling] of siblings.entries()) {
      if (index >= position) await cycleItemsRepo.place(trx, kind, sibling.id, index + 1, null, false);
    }
    const item = await cycleItemsRepo.insert(trx, kind, { ...toColumns(fields), cycle_id: cycleId, organization_id: organizationId, position });
    if (kind === 'deliverable') await deliverablesRepo.recordEvent(trx, actor, { deliverableId: item.id, organizationId, kind: 'created', toStatus: 'not_started', changes: fields });
    await recordAuditEvent(trx, actor, { organizationId, action: `cycle.${kind}_added`, entityType: `cycle_${kind}`, entityId: item.id, after: { cycleId, position, ...fields } });
    return item;
  });
}
