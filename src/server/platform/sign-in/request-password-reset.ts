import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { authRepo } from '../../auth/auth.repo.js';
import { oneTimeTokensRepo } from '../../auth/one-time-tokens.repo.js';
import { hashToken, newSecretToken } from '../../auth/secrets.js';
import { passwordResetMessage } from '../../mail/messages.js';
import { queueMail } from '../outbox/queue-mail.js';
import { cliActor } from '../audit/actor.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';

const VALID_HOURS = 2;

/**
 * Mails a single-use reset link when the address belongs to someone. The answer is the same
 * either way, so the form cannot be used to find out who has an account.
 */
export async function requestPasswordReset(options: { ctx: AppContext; email: string }) {
  const { ctx, email } = options;
  const user = await authRepo.findUserByEmail(ctx.db, email);
  if (!user) return;
  const token = newSecretToken();
  const messageId = await inTransaction(ctx.db, async (trx) => {
    await oneTimeTokensRepo.revokePasswordResets(trx, user.id);
    await oneTimeTokensRepo.insert(trx, {
      purpose: 'password_reset',
      tokenHash: hashToken(ctx.config.sessionSecret, token),
      email: user.email,
      userId: user.id,
      validForHours: VALID_HOURS,
    });
    await recordAuditEvent(trx, { ...cliActor, label: user.email }, {
      organizationId: null,
      action: 'user.password_reset_requested',
      entityType: 'user',
      entityId: user.id,
    });
    // In the fragment: browsers never send it, so it reaches no server log and no Referer header.
    const link = `${ctx.config.publicUrl}/reset-password#token=${encodeURIComponent(token)}`;
    const message = passwordResetMessage({ name: user.name, link, validHours: VALID_HOURS, locale: user.locale });
    return queueMail(trx, { organizationId: null, to: user.email, ...message }, ctx.mail.statusForNewMail);
  });
  await ctx.mail.dispatch([messageId]);
}
