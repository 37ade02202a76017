import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { apiTokensRevokedMessage } from '../../mail/messages.js';
import type { Actor } from '../audit/actor.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { queueMail } from '../outbox/queue-mail.js';
import { accountRepo } from './account.repo.js';

/**
 * A new password means the old one may have been known to someone else, who could also have made
 * API tokens; those would outlive the reset unseen. So every token of the account is revoked, each
 * in the audit log, and the person is mailed which ones so their scripts' failures are no surprise.
 * Returns the message to dispatch after the commit, or null when there were no tokens.
 */
export async function revokeTokensOnNewPassword(
  trx: Transaction<DB>,
  options: {
    actor: Actor;
    user: { id: string; email: string; name: string; locale: 'en' | 'es' };
    reason: 'password_reset' | 'password_changed';
    publicUrl: string;
    mailStatus: 'held' | 'pending';
  },
): Promise<string | null> {
  const { actor, user, reason } = options;
  const revoked = await accountRepo.revokeAllTokens(trx, user.id);
  if (revoked.length === 0) return null;
  for (const token of revoked) {
    await recordAuditEvent(trx, actor, {
      organizationId: null,
      action: 'api_token.revoked',
      entityType: 'api_token',
      entityId: token.id,
      before: { name: token.name },
      after: { reason },
    });
  }
  const message = apiTokensRevokedMessage({
    name: user.name,
    tokenNames: revoked.map((token) => token.name),
    link: `${options.publicUrl}/account`,
    locale: user.locale,
  });
  return queueMail(trx, { organizationId: null, to: user.email, ...message }, options.mailStatus);
}
