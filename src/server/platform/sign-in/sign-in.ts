import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SignInLimits } from '../../context.js';
import { AppError } from '../../errors.js';
import { authRepo } from '../../auth/auth.repo.js';
import { verifyPassword } from '../../auth/secrets.js';

/**
 * Checks an email and password. Failed attempts are counted in the database per email and per
 * client address, so the limit holds across every app process.
 */
export async function signIn(options: { db: Kysely<DB>; limits: SignInLimits; email: string; password: string; address: string }) {
  const { db, limits, email, password, address } = options;
  const emailKey = `email:${email}`;
  const addressKey = `address:${address}`;
  // The attempt is written before it is counted, so of any number of parallel guesses at most the
  // limit reach the slow password check; a successful sign-in takes its attempt back.
  const attemptIds = await authRepo.recordFailedAttempt(db, [emailKey, addressKey]);
  const [byEmail, byAddress] = await Promise.all([
    authRepo.countRecentAttempts(db, emailKey, limits.windowMinutes),
    authRepo.countRecentAttempts(db, addressKey, limits.windowMinutes),
  ]);
  if (byEmail > limits.perEmail || byAddress > limits.perAddress) {
    throw new AppError('rate_limited', `Too many failed sign-in attempts; wait ${limits.windowMinutes} minutes and try again`, [], {
      retryAfterSeconds: limits.windowMinutes * 60,
    });
  }
  const user = await authRepo.findUserByEmail(db, email);
  const isValid = await verifyPassword(user?.password_hash ?? null, password);
  if (!user || !isValid) throw new AppError('unauthenticated', 'The email or password is not correct');
  await authRepo.forgetAttempts(db, attemptIds, emailKey);
  return user;
}
