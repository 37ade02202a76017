import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import { authRepo } from '../../auth/auth.repo.js';
import { oneTimeTokensRepo } from '../../auth/one-time-tokens.repo.js';
import { hashPassword, hashToken, verifyPassword } from '../../auth/secrets.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { organizationsRepo } from '../organizations/organizations.repo.js';
import { peopleRepo } from '../people/people.repo.js';

const gone = () => new AppError('not_found', 'This invitation is not valid any more; ask for a new one');

/** What the invitation page shows before the person accepts. */
export async function previewInvitation(options: { ctx: AppContext; token: string }) {
  const { ctx, token } = options;
  const invitation = await oneTimeTokensRepo.findUsable(ctx.db, 'invitation', hashToken(ctx.config.sessionSecret, token));
  if (!invitation?.organization_id || !invitation.role) throw gone();
  const organization = await organizationsRepo.findById(ctx.db, invitation.organization_id);
  if (!organization) throw gone();
  const user = await authRepo.findUserByEmail(ctx.db, invitation.email);
  return {
    email: invitation.email,
    organizationId: organization.id,
    organizationName: organization.name,
    organizationKind: organization.kind,
    role: invitation.role,
    hasAccount: Boolean(user?.password_hash),
  };
}

/**
 * Accepts an invitation: a newcomer chooses a name and password; someone with an account proves
 * it with their password. Either way the link is used up and the membership created together.
 */
export async function acceptInvitation(options: { ctx: AppContext; token: string; name?: string; password: string }) {
  const { ctx, token, password } = options;
  const tokenHash = hashToken(ctx.config.sessionSecret, token);
  const preview = await oneTimeTokensRepo.findUsable(ctx.db, 'invitation', tokenHash);
  if (!preview) throw gone();
  const existing = await authRepo.findUserByEmail(ctx.db, preview.email);
  const hasAccount = Boolean(existing?.password_hash);
  if (hasAccount && !(await verifyPassword(existing!.password_hash, password))) {
    throw new AppError('unauthenticated', 'The password is not correct for this account', [{ path: '/password', message: 'is not correct', code: 'incorrect' as const }]);
  }
  if (!hasAccount) {
    const details = [
      ...(options.name ? [] : [{ path: '/name', message: 'is required', code: 'required' as const }]),
      ...(password.length >= 10 ? [] : [{ path: '/password', message: 'must be at least 10 characters', code: 'too_short' as const, params: { minimum: 10 } }]),
    ];
    if (details.length) throw new AppError('invalid_input', 'Some fields are not valid', details);
  }
  const passwordHash = hasAccount ? null : await hashPassword(password);
  return inTransaction(ctx.db, async (trx) => {
    const invitation = await oneTimeTokensRepo.consume(trx, preview.id);
    if (!invitation?.organization_id || !invitation.role) throw gone();
    let user = await authRepo.findUserByEmail(trx, invitation.email);
    if (!user) {
      user = await peopleRepo.insertUser(trx, { email: invitation.email, name: options.name!, passwordHash });
    } else if (passwordHash) {
      // An account made for the demo or by an operator without a password gets one now.
      user = await peopleRepo.updateUser(trx, user.id, { name: options.name, passwordHash });
    }
    // Someone who became a member meanwhile keeps their role: an old invitation must not demote
    // an administrator past the last-administrator rule.
    const current = await peopleRepo.findMember(trx, invitation.organization_id, user.id);
    if (!current?.is_active) {
      await peopleRepo.insertMembership(trx, { organizationId: invitation.organization_id, userId: user.id, role: invitation.role });
    }
    await recordAuditEvent(trx, { userId: user.id, label: user.email }, {
      organizationId: invitation.organization_id,
      action: 'invitation.accepted',
      entityType: 'membership',
      entityId: user.id,
      after: { email: user.email, role: invitation.role },
    });
    return user;
  });
}
