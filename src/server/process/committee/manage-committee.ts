import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { committeeRepo, type MemberValues } from './committee.repo.js';
import { presentMember } from './committee.present.js';

interface Scope {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  cycleId: string;
}

/** A linked account must belong to the district: the roster cannot reach into another one. */
async function checkAccount(scope: Scope, userId: string | null | undefined) {
  if (userId && !(await committeeRepo.isDistrictMember(scope.db, scope.organizationId, userId))) {
    throw invalidInput('/userId', 'is not a member of this district', { code: 'not_a_member' });
  }
}

/** Seats someone on the cycle's steering committee, for a constituency and in a committee role. */
export async function addCommitteeMember(options: Scope & { values: MemberValues }) {
  const { db, actor, organizationId, cycleId, values } = options;
  await checkAccount(options, values.userId);
  return inTransaction(db, async (trx) => {
    if (!(await committeeRepo.findCycle(trx, organizationId, cycleId))) throw notFound('Cycle');
    const member = await committeeRepo.insertMember(trx, cycleId, organizationId, values);
    await recordAuditEvent(trx, actor, { organizationId, action: 'committee.member_added', entityType: 'committee_member', entityId: member.id, after: presentMember(member) });
    return member;
  });
}

/** Changes a committee member; 409 with the current row when someone changed it meanwhile. */
export async function updateCommitteeMember(options: Scope & { memberId: string; version: number; values: Partial<MemberValues> }) {
  const { db, actor, organizationId, cycleId, memberId, version, values } = options;
  await checkAccount(options, values.userId);
  return inTransaction(db, async (trx) => {
    const before = await committeeRepo.findMember(trx, cycleId, memberId);
    if (!before) throw notFound('Committee member');
    if (before.version !== version) throw new AppError('conflict', 'Someone else changed this member; review and try again', [], { current: presentMember(before) });
    const after = await committeeRepo.updateMember(trx, memberId, version, values);
    if (!after) throw new AppError('conflict', 'Someone else changed this member; reload and try again');
    await recordAuditEvent(trx, actor, { organizationId, action: 'committee.member_changed', entityType: 'committee_member', entityId: memberId, before: presentMember(before), after: presentMember(after) });
    return after;
  });
}

/** Takes someone off the roster (their past attendance, if any, goes with them). */
export async function removeCommitteeMember(options: Scope & { memberId: string }) {
  const { db, actor, organizationId, cycleId, memberId } = options;
  return inTransaction(db, async (trx) => {
    const removed = await committeeRepo.deleteMember(trx, cycleId, memberId);
    if (!removed) throw notFound('Committee member');
    await recordAuditEvent(trx, actor, { organizationId, action: 'committee.member_removed', entityType: 'committee_member', entityId: memberId, before: presentMember(removed) });
  });
}

/** Sets the district's own representation targets for the cycle (beside the framework's rules). */
export async function setRepresentationTargets(options: Scope & { targets: Array<{ constituency: string; minimum: number }> }) {
  const { db, actor, organizationId, cycleId, targets } = options;
  const seen = new Set<string>();
  targets.forEach((t, i) => {
    if (seen.has(t.constituency)) throw invalidInput(`/targets/${i}/constituency`, 'is listed twice', { code: 'duplicate' });
    seen.add(t.constituency);
  });
  return inTransaction(db, async (trx) => {
    if (!(await committeeRepo.findCycle(trx, organizationId, cycleId))) throw notFound('Cycle');
    const before = await committeeRepo.listTargets(trx, cycleId);
    await committeeRepo.replaceTargets(trx, cycleId, organizationId, targets);
    await recordAuditEvent(trx, actor, { organizationId, action: 'committee.targets_set', entityType: 'planning_cycle', entityId: cycleId, before: { targets: before }, after: { targets } });
  });
}
