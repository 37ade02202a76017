import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { focusGroupsRepo, type CompositionValues } from './focus-groups.repo.js';
import { readFocusGroup } from './read-focus-groups.js';

interface Scope {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  cycleId: string;
  focusGroupId: string;
}

/**
 * Changes who was in the room (constituency, language, label, how many, the facilitator). The
 * group's version guards it: a stale one is 409 with the current focus group.
 */
export function changeFocusGroup(options: Scope & { version: number; values: CompositionValues }) {
  const { db, actor, organizationId, cycleId, focusGroupId, version, values } = options;
  return inTransaction(db, async (trx) => {
    const locked = await focusGroupsRepo.lock(trx, organizationId, cycleId, focusGroupId);
    if (!locked) throw notFound('Focus group');
    const before = await readFocusGroup({ db: trx, organizationId, cycleId, focusGroupId });
    if (locked.version !== version) throw new AppError('conflict', 'Someone else changed this focus group; review and try again', [], { current: before });
    await focusGroupsRepo.update(trx, focusGroupId, values);
    const after = await readFocusGroup({ db: trx, organizationId, cycleId, focusGroupId });
    const changed = Object.keys(values) as Array<keyof CompositionValues>;
    const pick = (group: typeof after) => Object.fromEntries(changed.map((key) => [key, group[key]]));
    await recordAuditEvent(trx, actor, { organizationId, action: 'focus_group.changed', entityType: 'focus_group', entityId: focusGroupId, before: pick(before), after: pick(after) });
    return after;
  });
}

/**
 * Removes a focus group with its notes and codes. The session stays on the cycle (it may have
 * been planned by the template); removing the session from the cycle removes its focus group too.
 */
export function removeFocusGroup(options: Scope) {
  const { db, actor, organizationId, cycleId, focusGroupId } = options;
  return inTransaction(db, async (trx) => {
    if (!(await focusGroupsRepo.lock(trx, organizationId, cycleId, focusGroupId))) throw notFound('Focus group');
    const before = await readFocusGroup({ db: trx, organizationId, cycleId, focusGroupId });
    await focusGroupsRepo.remove(trx, focusGroupId);
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'focus_group.removed',
      entityType: 'focus_group',
      entityId: focusGroupId,
      before: { sessionId: before.session.id, constituency: before.constituency, language: before.language, label: before.label, notes: before.notes, coded: before.coded },
    });
    return { removed: focusGroupId };
  });
}
