import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import type { CycleScope } from './stakeholders-scope.js';
import { stakeholdersRepo, type EngagementValues, type EntryRow } from './stakeholders.repo.js';
import { presentEngagement } from './stakeholders.present.js';

/**
 * What an engagement points at must be of this cycle and district: a phase or a group of another
 * cycle, or a lead from another district, is refused by name rather than linked across.
 */
async function checkReferences(trx: Transaction<DB>, scope: CycleScope, values: Partial<EngagementValues>, current?: EntryRow) {
  if (values.phaseId !== undefined && !(await stakeholdersRepo.isPhaseOfCycle(trx, scope.cycleId, values.phaseId))) {
    throw invalidInput('/phaseId', 'is not a phase of this cycle', { code: 'not_in_this_cycle' });
  }
  if (values.stakeholderGroupId !== undefined && !(await stakeholdersRepo.isGroupOfCycle(trx, scope.cycleId, values.stakeholderGroupId))) {
    throw invalidInput('/stakeholderGroupId', 'is not a stakeholder group of this cycle', { code: 'not_in_this_cycle' });
  }
  if (values.leadUserId && !(await stakeholdersRepo.isDistrictMember(trx, scope.organizationId, values.leadUserId))) {
    throw invalidInput('/leadUserId', 'is not a member of this district', { code: 'not_a_member' });
  }
  const start = values.startDate !== undefined ? values.startDate : (current?.start_date ?? null);
  const end = values.endDate !== undefined ? values.endDate : (current?.end_date ?? null);
  if (end && !start) throw invalidInput('/startDate', 'is required when the window has an end date', { code: 'required' });
  if (start && end && end < start) throw invalidInput('/endDate', 'must be on or after the start date', { code: 'end_before_start' });
}

/** Plans how and when a stakeholder group is engaged in a phase of the cycle. */
export async function addEngagement(options: CycleScope & { values: EngagementValues }) {
  const { db, actor, organizationId, cycleId, values } = options;
  return inTransaction(db, async (trx) => {
    if (!(await stakeholdersRepo.findCycle(trx, organizationId, cycleId))) throw notFound('Cycle');
    await checkReferences(trx, options, values);
    const entry = await stakeholdersRepo.insertEntry(trx, cycleId, organizationId, values);
    await recordAuditEvent(trx, actor, { organizationId, action: 'stakeholders.planned', entityType: 'engagement', entityId: entry.id, after: presentEngagement(entry) });
    return entry;
  });
}

/** Changes a planned engagement (its status, date, lead...); 409 with the current one when stale. */
export async function updateEngagement(options: CycleScope & { entryId: string; version: number; values: Partial<EngagementValues> }) {
  const { db, actor, organizationId, cycleId, entryId, version, values } = options;
  return inTransaction(db, async (trx) => {
    const before = await stakeholdersRepo.findEntry(trx, cycleId, entryId);
    if (!before) throw notFound('Engagement');
    if (before.version !== version) throw new AppError('conflict', 'Someone else changed this engagement; review and try again', [], { current: presentEngagement(before) });
    await checkReferences(trx, options, values, before);
    const after = await stakeholdersRepo.updateEntry(trx, cycleId, entryId, version, values);
    if (!after) throw new AppError('conflict', 'Someone else changed this engagement; reload and try again');
    await recordAuditEvent(trx, actor, { organizationId, action: 'stakeholders.changed', entityType: 'engagement', entityId: entryId, before: presentEngagement(before), after: presentEngagement(after) });
    return after;
  });
}

/** Takes an engagement off the plan. */
export async function removeEngagement(options: CycleScope & { entryId: string }) {
  const { db, actor, organizationId, cycleId, entryId } = options;
  return inTransaction(db, async (trx) => {
    const removed = await stakeholdersRepo.deleteEntry(trx, cycleId, entryId);
    if (!removed) throw notFound('Engagement');
    await recordAuditEvent(trx, actor, { organizationId, action: 'stakeholders.removed', entityType: 'engagement', entityId: entryId, before: presentEngagement(removed) });
  });
}
