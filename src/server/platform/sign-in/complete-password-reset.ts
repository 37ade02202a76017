import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import { authRepo } from '../../auth/auth.repo.js';
import { oneTimeTokensRepo } from '../../auth/one-time-tokens.repo.js';
import { hashPassword, hashToken } from '../../auth/secrets.js';
import { peopleRepo } from '../people/people.repo.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { revokeTokensOnNewPassword } from '../account/revoke-tokens-on-password.js';

/**
 * Sets a new password from a reset link, uses the link up, ends every session of the account and
 * revokes its API tokens (mailing the person which), since whoever knew the old password may hold them.
 */
export async function completePasswordReset(options: { ctx: AppContext; token: string; password: string }) {
  const { ctx, token, password } = options;
  const passwordHash = await hashPassword(password);
  const messageId = await inTransaction(ctx.db, async (trx) => {
    const found = await oneTimeTokensRepo.findUsable(trx, 'password_reset', hashToken(ctx.config.sessionSecret, token));
    const consumed = found && (await oneTimeTokensRepo.consume(trx, found.id));
    if (!consumed?.user_id) throw new AppError('not_found', 'This reset link is not valid any more; ask for a new one');
    const user = await peopleRepo.updateUser(trx, consumed.user_id, { passwordHash });
    await authRepo.deleteSessionsOfUser(trx, user.id);
    await recordAuditEvent(trx, { userId: user.id, label: user.email }, {
      organizationId: null,
      action: 'user.password_reset',
      entityType: 'user',
      entityId: user.id,
    });
    return revokeTokensOnNewPassword(trx, {
      actor: { userId: user.id, label: user.email },
      user,
      reason: 'password_reset',
      publicUrl: ctx.config.publicUrl,
      mailStatus: ctx.mail.statusForNewMail,
    });
  });
  if (messageId) await ctx.mail.dispatch([messageId]);
}
