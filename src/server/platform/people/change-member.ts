import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Role } from '../tables.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import { adminRoleFor, isRoleValidFor } from '../../auth/policies.js';
import type { Actor } from '../audit/actor.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { peopleRepo, } from './people.repo.js';
import { presentMember } from './people.present.js';

/**
 * Changes a member's role or deactivates/reactivates them. Refused with 409 when the caller's
 * copy is stale, or when it would leave the organization without an active administrator.
 */
export function changeMember(options: {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  organizationKind: 'district' | 'network';
  userId: string;
  version: number;
  role?: Role;
  isActive?: boolean;
}) {
  const { db, actor, organizationId, organizationKind, userId, version, role, isActive } = options;
  if (role && !isRoleValidFor(role, organizationKind)) {
    throw new AppError('invalid_input', `"${role}" is not a role in a ${organizationKind}`, [{ path: '/role', message: `is not a ${organizationKind} role`, code: 'invalid_choice' }]);
  }
  return inTransaction(db, async (trx) => {
    await peopleRepo.lockMemberships(trx, organizationId);
    const before = await peopleRepo.findMember(trx, organizationId, userId);
    if (!before) throw notFound('Member');
    if (before.version !== version) {
      throw new AppError('conflict', 'Someone else changed this person; review the latest version and try again', [], { current: presentMember(before) });
    }
    const adminRole = adminRoleFor(organizationKind);
    const losesAdmin = before.role === adminRole && before.is_active && ((role !== undefined && role !== adminRole) || isActive === false);
    if (losesAdmin) await ensureAnotherAdministrator(trx, organizationId, adminRole);
    const updated = await peopleRepo.updateMembership(trx, organizationId, userId, version, { role, isActive });
    if (!updated) throw new AppError('conflict', 'Someone else changed this person; reload and try again');
    const after = { ...before, role: updated.role, is_active: updated.is_active, version: updated.version };
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: isActive === false ? 'member.deactivated' : isActive === true && !before.is_active ? 'member.reactivated' : 'member.changed',
      entityType: 'membership',
      entityId: userId,
      before: { role: before.role, isActive: before.is_active },
      after: { role: after.role, isActive: after.is_active },
    });
    return after;
  });
}

/** Removes someone from the organization (their account stays, with its other memberships). */
export function removeMember(options: { db: Kysely<DB>; actor: Actor; organizationId: string; organizationKind: 'district' | 'network'; userId: string }) {
  const { db, actor, organizationId, organizationKind, userId } = options;
  return inTransaction(db, async (trx) => {
    await peopleRepo.lockMemberships(trx, organizationId);
    const before = await peopleRepo.findMember(trx, organizationId, userId);
    if (!before) throw notFound('Member');
    const adminRole = adminRoleFor(organizationKind);
    if (before.role === adminRole && before.is_active) await ensureAnotherAdministrator(trx, organizationId, adminRole);
    await peopleRepo.deleteMembership(trx, organizationId, userId);
    if (before.role === 'coach') await peopleRepo.replaceCoachDistricts(trx, organizationId, userId, []);
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'member.removed',
      entityType: 'membership',
      entityId: userId,
      before: { email: before.email, role: before.role, isActive: before.is_active },
    });
  });
}

async function ensureAnotherAdministrator(trx: Transaction<DB>, organizationId: string, adminRole: Role) {
  const admins = await peopleRepo.countActiveWithRole(trx, organizationId, adminRole);
  if (admins <= 1) {
    throw new AppError('last_administrator', 'This is the last active administrator; make someone else an administrator first');
  }
}
