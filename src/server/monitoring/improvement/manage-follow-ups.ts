import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, forbidden, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { checkInsRepo, type FollowUpValues } from './check-ins.repo.js';
import { presentFollowUp } from './check-ins.present.js';

interface Scope {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  planId: string;
}

export interface FollowUpChanges {
  title?: string;
  ownerId?: string;
  dueDate?: string;
  status?: 'open' | 'done';
}

/** A follow-up goes to a member of the district, never to a stranger. */
async function checkOwner(scope: Scope, ownerId: string | undefined) {
  if (ownerId && !(await checkInsRepo.isActiveDistrictMember(scope.db, scope.organizationId, ownerId))) throw invalidInput('/ownerId', 'is not a member of this district', { code: 'not_a_member' });
}

/** Adds a follow-up to a check-in, with its owner and due date. */
export async function addFollowUp(options: Scope & { checkInId: string; values: { title: string; ownerId: string; dueDate: string } }) {
  const { db, actor, organizationId, planId, checkInId, values } = options;
  await checkOwner(options, values.ownerId);
  return inTransaction(db, async (trx) => {
    if (!(await checkInsRepo.findCheckIn(trx, organizationId, planId, checkInId))) throw notFound('Check-in');
    const followUp = presentFollowUp(await checkInsRepo.insertFollowUp(trx, { organizationId, planId, checkInId, userId: actor.userId, ...values }));
    await recordAuditEvent(trx, actor, { organizationId, action: 'check_in.follow_up_added', entityType: 'check_in_follow_up', entityId: followUp.id, after: followUp });
    return followUp;
  });
}

/**
 * Changes a follow-up. Whoever runs check-ins changes anything; the follow-up's owner may mark it
 * done or open again, and nothing else.
 */
export async function updateFollowUp(options: Scope & { followUpId: string; version: number; changes: FollowUpChanges; canManage: boolean }) {
  const { db, actor, organizationId, planId, followUpId, version, changes, canManage } = options;
  // Only a manager may hand it on; anyone else asking is refused below, whoever they name.
  if (canManage) await checkOwner(options, changes.ownerId);
  return inTransaction(db, async (trx) => {
    const row = await checkInsRepo.findFollowUp(trx, organizationId, planId, followUpId);
    if (!row) throw notFound('Follow-up');
    const before = presentFollowUp(row);
    if (!canManage) {
      if (row.owner_id !== actor.userId) throw forbidden('Only the owner of a follow-up or whoever runs check-ins may change it');
      const others = Object.keys(changes).filter((key) => key !== 'status' && changes[key as keyof FollowUpChanges] !== undefined);
      if (others.length) throw forbidden(`The owner of a follow-up may change its status only, not ${others.join(', ')}`);
    }
    const stale = () => new AppError('conflict', 'Someone else changed this follow-up; review and try again', [], { current: before });
    if (row.version !== version) throw stale();
    const values: FollowUpValues = { title: changes.title, owner_id: changes.ownerId, due_date: changes.dueDate, status: changes.status };
    const defined = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as FollowUpValues;
    if (!(await checkInsRepo.updateFollowUp(trx, organizationId, followUpId, version, defined))) throw stale();
    const after = presentFollowUp((await checkInsRepo.findFollowUp(trx, organizationId, planId, followUpId))!);
    const onlyStatus = Object.keys(defined).length === 1 && changes.status && changes.status !== before.status;
    const action = onlyStatus ? (changes.status === 'done' ? 'check_in.follow_up_done' : 'check_in.follow_up_reopened') : 'check_in.follow_up_changed';
    await recordAuditEvent(trx, actor, { organizationId, action, entityType: 'check_in_follow_up', entityId: followUpId, before, after });
    return after;
  });
}

/** Removes a follow-up. */
export async function removeFollowUp(options: Scope & { followUpId: string }) {
  const { db, actor, organizationId, planId, followUpId } = options;
  return inTransaction(db, async (trx) => {
    const row = await checkInsRepo.findFollowUp(trx, organizationId, planId, followUpId);
    if (!row) throw notFound('Follow-up');
    await checkInsRepo.deleteFollowUp(trx, organizationId, followUpId);
    await recordAuditEvent(trx, actor, { organizationId, action: 'check_in.follow_up_removed', entityType: 'check_in_follow_up', entityId: followUpId, before: presentFollowUp(row) });
  });
}
