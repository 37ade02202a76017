import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import type { CycleScope } from './stakeholders-scope.js';
import { stakeholdersRepo, type GroupValues } from './stakeholders.repo.js';
import { presentGroup } from './stakeholders.present.js';

/** One address once per group, or an invitation would reach the same person twice. */
function checkContacts(contacts: GroupValues['contacts'] | undefined) {
  const seen = new Set<string>();
  contacts?.forEach((contact, i) => {
    const key = contact.email.toLowerCase();
    if (seen.has(key)) throw invalidInput(`/contacts/${i}/email`, `lists ${contact.email} twice`, { code: 'duplicate' });
    seen.add(key);
  });
}

/** Adds a stakeholder group to the cycle, with its contact list. */
export async function addStakeholderGroup(options: CycleScope & { values: GroupValues }) {
  const { db, actor, organizationId, cycleId, values } = options;
  checkContacts(values.contacts);
  return inTransaction(db, async (trx) => {
    if (!(await stakeholdersRepo.findCycle(trx, organizationId, cycleId))) throw notFound('Cycle');
    const group = await stakeholdersRepo.insertGroup(trx, cycleId, organizationId, values);
    await recordAuditEvent(trx, actor, { organizationId, action: 'stakeholders.group_added', entityType: 'stakeholder_group', entityId: group.id, after: presentGroup(group) });
    return group;
  });
}

/** Changes a group; 409 with the current group when someone changed it meanwhile. */
export async function updateStakeholderGroup(options: CycleScope & { groupId: string; version: number; values: Partial<GroupValues> }) {
  const { db, actor, organizationId, cycleId, groupId, version, values } = options;
  checkContacts(values.contacts);
  return inTransaction(db, async (trx) => {
    const before = await stakeholdersRepo.findGroup(trx, cycleId, groupId);
    if (!before) throw notFound('Stakeholder group');
    if (before.version !== version) throw new AppError('conflict', 'Someone else changed this group; review and try again', [], { current: presentGroup(before) });
    const after = await stakeholdersRepo.updateGroup(trx, groupId, version, values);
    if (!after) throw new AppError('conflict', 'Someone else changed this group; reload and try again');
    await recordAuditEvent(trx, actor, { organizationId, action: 'stakeholders.group_changed', entityType: 'stakeholder_group', entityId: groupId, before: presentGroup(before), after: presentGroup(after) });
    return after;
  });
}

/** Removes a group and the engagements planned with it; past sends keep the group's name. */
export async function removeStakeholderGroup(options: CycleScope & { groupId: string }) {
  const { db, actor, organizationId, cycleId, groupId } = options;
  return inTransaction(db, async (trx) => {
    const removed = await stakeholdersRepo.deleteGroup(trx, cycleId, groupId);
    if (!removed) throw notFound('Stakeholder group');
    await recordAuditEvent(trx, actor, { organizationId, action: 'stakeholders.group_removed', entityType: 'stakeholder_group', entityId: groupId, before: presentGroup(removed) });
  });
}
