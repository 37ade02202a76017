import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { MailService } from '../../mail/mail-service.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import { authRepo } from '../../auth/auth.repo.js';
import { hashPassword, verifyPassword } from '../../auth/secrets.js';
import type { Actor } from '../audit/actor.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { peopleRepo } from '../people/people.repo.js';
import { accountRepo } from './account.repo.js';
import { revokeTokensOnNewPassword } from './revoke-tokens-on-password.js';

/** Changes the caller's own name or interface language. */
export function updateAccount(options: { db: Kysely<DB>; actor: Actor; userId: string; name?: string; locale?: 'en' | 'es' }) {
  const { db, actor, userId, name, locale } = options;
  return inTransaction(db, async (trx) => {
    const before = await authRepo.findUserById(trx, userId);
    if (!before) throw notFound('Account');
    const after = await peopleRepo.updateUser(trx, userId, { name, locale });
    await recordAuditEvent(trx, actor, {
      organizationId: null,
      action: 'user.updated',
      entityType: 'user',
      entityId: userId,
      before: { name: before.name, locale: before.locale },
      after: { name: after.name, locale: after.locale },
    });
    return after;
  });
}

/** Changes the caller's password after checking the current one; other sessions end and API tokens are revoked. */
export async function changePassword(options: {
  db: Kysely<DB>;
  mail: MailService;
  publicUrl: string;
  actor: Actor;
  userId: string;
  sessionId: string | null;
  currentPassword: string;
  newPassword: string;
}) {
  const { db, actor, userId, sessionId } = options;
  const user = await authRepo.findUserById(db, userId);
  if (!user) throw notFound('Account');
  if (!(await verifyPassword(user.password_hash, options.currentPassword))) {
    throw new AppError('invalid_input', 'The current password is not correct', [{ path: '/currentPassword', message: 'is not correct', code: 'incorrect' }]);
  }
  const passwordHash = await hashPassword(options.newPassword);
  const messageId = await inTransaction(db, async (trx) => {
    const updated = await peopleRepo.updateUser(trx, userId, { passwordHash });
    await accountRepo.deleteOtherSessions(trx, userId, sessionId);
    await recordAuditEvent(trx, actor, { organizationId: null, action: 'user.password_changed', entityType: 'user', entityId: userId });
    return revokeTokensOnNewPassword(trx, { actor, user: updated, reason: 'password_changed', publicUrl: options.publicUrl, mailStatus: options.mail.statusForNewMail });
  });
  if (messageId) await options.mail.dispatch([messageId]);
}
