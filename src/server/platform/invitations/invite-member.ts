import type { AppContext } from '../../context.js';
import type { Role } from '../tables.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import { isRoleValidFor } from '../../auth/policies.js';
import { oneTimeTokensRepo } from '../../auth/one-time-tokens.repo.js';
import { hashToken, newSecretToken } from '../../auth/secrets.js';
import { authRepo } from '../../auth/auth.repo.js';
import { invitationMessage } from '../../mail/messages.js';
import type { Actor } from '../audit/actor.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { organizationsRepo } from '../organizations/organizations.repo.js';
import { queueMail } from '../outbox/queue-mail.js';
import { peopleRepo } from '../people/people.repo.js';

export const INVITATION_VALID_DAYS = 7;

/** Invites someone by email into a role; the single-use link goes out through the outbox. */
export async function inviteMember(options: { ctx: AppContext; actor: Actor; inviterName: string; organizationId: string; email: string; role: Role }) {
  const { ctx, actor, inviterName, organizationId, email, role } = options;
  const token = newSecretToken();
  const { invitation, messageId } = await inTransaction(ctx.db, async (trx) => {
    const organization = await organizationsRepo.findById(trx, organizationId);
    if (!organization) throw notFound('Organization');
    if (!isRoleValidFor(role, organization.kind)) {
      throw new AppError('invalid_input', `"${role}" is not a role in a ${organization.kind}`, [{ path: '/role', message: `is not a ${organization.kind} role`, code: 'invalid_choice' }]);
    }
    const existingUser = await authRepo.findUserByEmail(trx, email);
    const existingMember = existingUser && (await peopleRepo.findMember(trx, organizationId, existingUser.id));
    if (existingMember?.is_active) {
      throw new AppError('already_exists', `${email} is already a member`, [{ path: '/email', message: 'is already a member', code: 'already_a_member' }]);
    }
    await oneTimeTokensRepo.revokePendingInvitations(trx, organizationId, email);
    const invitation = await oneTimeTokensRepo.insert(trx, {
      purpose: 'invitation',
      tokenHash: hashToken(ctx.config.sessionSecret, token),
      email,
      organizationId,
      role,
      createdBy: actor.userId,
      validForHours: INVITATION_VALID_DAYS * 24,
    });
    await recordAuditEvent(trx, actor, { organizationId, action: 'invitation.created', entityType: 'invitation', entityId: invitation.id, after: { email, role } });
    // In the fragment: browsers never send it, so it reaches no server log and no Referer header.
    const link = `${ctx.config.publicUrl}/invitations#token=${encodeURIComponent(token)}`;
    const message = invitationMessage({ organizationName: organization.name, role, inviterName, link, validDays: INVITATION_VALID_DAYS });
    const messageId = await queueMail(trx, { organizationId, to: email, ...message }, ctx.mail.statusForNewMail);
    return { invitation, messageId };
  });
  await ctx.mail.dispatch([messageId]);
  return { invitation, token };
}

/** Withdraws an invitation that has not been accepted. */
export async function revokeInvitation(options: { ctx: AppContext; actor: Actor; organizationId: string; invitationId: string }) {
  const { ctx, actor, organizationId, invitationId } = options;
  await inTransaction(ctx.db, async (trx) => {
    const revoked = await oneTimeTokensRepo.revokeInvitation(trx, organizationId, invitationId);
    if (!revoked) throw notFound('Invitation');
    await recordAuditEvent(trx, actor, { organizationId, action: 'invitation.revoked', entityType: 'invitation', entityId: invitationId, before: { email: revoked.email, role: revoked.role } });
  });
}
