import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Role } from '../tables.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, detailOfIssue } from '../../errors.js';
import { passwordSchema } from '../../http/common.schema.js';
import { authRepo } from '../../auth/auth.repo.js';
import { districtRoleNames, isRoleValidFor, networkRoleNames } from '../../auth/policies.js';
import { hashPassword } from '../../auth/secrets.js';
import type { Actor } from '../audit/actor.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { organizationsRepo } from '../organizations/organizations.repo.js';
import { peopleRepo } from './people.repo.js';

export interface PersonAdded {
  userId: string;
  isNewAccount: boolean;
  /** They already had exactly this role: nothing was written. */
  wasAlreadyMember: boolean;
}

/**
 * Gives a person a role in an organization: creates their account when the email is new (name
 * and password are then required), or uses the existing account as it is. An existing membership
 * with another role is refused rather than changed: role changes go through the application,
 * which keeps at least one administrator.
 */
export async function addPersonToOrganization(options: {
  db: Kysely<DB>;
  actor: Actor;
  organizationId: string;
  email: string;
  role: Role;
  name?: string;
  password?: string;
}): Promise<PersonAdded> {
  const { db, actor, organizationId, role, name } = options;
  const email = options.email.toLowerCase();
  const passwordProblem = options.password === undefined ? undefined : passwordSchema.safeParse(options.password).error?.issues[0];
  if (passwordProblem) throw new AppError('invalid_input', 'The password cannot be used', [detailOfIssue('/password', passwordProblem)]);
  // Hashing is slow on purpose; it happens before the transaction so no locks wait for it.
  const passwordHash = options.password === undefined ? null : await hashPassword(options.password);
  return inTransaction(db, async (trx) => {
    const organization = await organizationsRepo.findById(trx, organizationId);
    if (!organization) throw new AppError('not_found', `No organization has the id ${organizationId}`, [{ path: '/organizationId', message: 'does not exist', code: 'does_not_exist' }]);
    if (!isRoleValidFor(role, organization.kind)) {
      const roles = organization.kind === 'district' ? districtRoleNames : networkRoleNames;
      throw new AppError('invalid_input', `"${role}" is not a role in a ${organization.kind}`, [{ path: '/role', message: `must be one of ${roles.join(', ')}`, code: 'invalid_choice' }]);
    }
    const existing = await authRepo.findUserByEmail(trx, email);
    if (!existing && (!name || !passwordHash)) {
      const missing = [!name && { path: '/name', message: 'is needed for a new account', code: 'required' as const }, !passwordHash && { path: '/password', message: 'is needed for a new account', code: 'required' as const }];
      throw new AppError('invalid_input', `${email} has no account yet; a new account needs a name and a password`, missing.filter((m) => m !== false));
    }
    const user = existing ?? (await peopleRepo.insertUser(trx, { email, name: name!, passwordHash }));
    const membership = existing && (await peopleRepo.findMember(trx, organizationId, existing.id));
    if (membership) {
      if (membership.role === role && membership.is_active) return { userId: user.id, isNewAccount: false, wasAlreadyMember: true };
      throw new AppError(
        'conflict',
        `${email} is already in ${organization.name} as ${membership.role}${membership.is_active ? '' : ' (deactivated)'}; change their role in the application`,
      );
    }
    await peopleRepo.insertMembership(trx, { organizationId, userId: user.id, role });
    await recordAuditEvent(trx, actor, { organizationId, action: 'member.added', entityType: 'membership', entityId: user.id, after: { email, role } });
    return { userId: user.id, isNewAccount: !existing, wasAlreadyMember: false };
  });
}
