import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SignInLimits } from '../../context.js';
import { AppError } from '../../errors.js';
import { authRepo } from '../../auth/auth.repo.js';
import { verifyPassword } from '../../auth/secrets.js';
import { acceptsProof, issueChallenge, requiredBits } from './sign-in-challenge.js';

/**
 * Checks an email and password. Failed attempts are counted in the database per account, per
 * client address and per account-and-address pair, so the limits hold across every app process.
 * Past a limit nobody is locked out: the next attempt must carry a solved challenge (a proof of
 * work that grows with the failures), and with one, the right password always signs in.
 * `address` is the client as the deployment can trust it (TRUST_PROXY), never a header as sent.
 */
export async function signIn(options: {
  db: Kysely<DB>;
  limits: SignInLimits;
  secret: string;
  email: string;
  password: string;
  address: string;
  challenge?: { token: string; solution: string } | undefined;
}) {
  const { db, limits, secret, password, address } = options;
  const email = options.email.toLowerCase();
  const keys = { account: `email:${email}`, address: `address:${address}`, pair: `pair:${address}|${email}` };
  // The attempt is written before it is counted, so of any number of parallel guesses at most the
  // limit reach the slow password check without a challenge; a successful sign-in takes its attempt back.
  const attemptIds = await authRepo.recordFailedAttempt(db, [keys.account, keys.address, keys.pair]);
  const [account, byAddress, pair] = await Promise.all([
    authRepo.countRecentAttempts(db, keys.account, limits.windowMinutes),
    authRepo.countRecentAttempts(db, keys.address, limits.windowMinutes),
    authRepo.countRecentAttempts(db, keys.pair, limits.windowMinutes),
  ]);
  const bits = requiredBits({ account, address: byAddress, pair }, limits);
  if (bits > 0) {
    const proof = options.challenge;
    if (!proof || !(await acceptsProof(db, { secret, email, bits, ...proof }))) {
      // The answer comes back as one more attempt, so it is asked to be as hard as that one will need.
      const nextBits = requiredBits({ account: account + 1, address: byAddress + 1, pair: pair + 1 }, limits);
      throw new AppError('rate_limited', 'Too many failed sign-in attempts; solve the challenge and send it with the next attempt', [], {
        challenge: issueChallenge(secret, email, nextBits),
      });
    }
  }
  const user = await authRepo.findUserByEmail(db, email);
  const isValid = await verifyPassword(user?.password_hash ?? null, password);
  if (!user || !isValid) throw new AppError('unauthenticated', 'The email or password is not correct');
  // The person proved who they are from here: this address's failures on the account are forgiven,
  // but not the account's failures from elsewhere, so a spread-out attack stays challenged.
  await authRepo.forgetAttempts(db, attemptIds, keys.pair);
  return user;
}
