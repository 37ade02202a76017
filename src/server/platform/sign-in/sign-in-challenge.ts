import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SignInLimits } from '../../context.js';
import { authRepo } from '../../auth/auth.repo.js';
import { hashToken, safeEqual } from '../../auth/secrets.js';
import { challengeInput, leadingZeroBits, type SignInChallenge } from '../../../core/platform/sign-in-challenge.js';

/** Long enough to solve the hardest challenge on a slow laptop, short enough not to be hoarded. */
const VALID_SECONDS = 10 * 60;

export interface FailureCounts {
  account: number;
  address: number;
  pair: number;
}

/**
 * How hard the next guess must be, from recent failures (this attempt included): none while every
 * count is within its limit, then two more bits (four times the work) each time the worst count
 * doubles, up to the cap a browser solves in seconds.
 */
export function requiredBits(counts: FailureCounts, limits: SignInLimits): number {
  const ratio = Math.max(counts.account / limits.perEmail, counts.address / limits.perAddress, counts.pair / limits.perPair);
  if (ratio <= 1) return 0;
  return Math.min(limits.challengeBits.max, limits.challengeBits.min + Math.floor(2 * Math.log2(ratio)));
}

/** A challenge for one email: the token carries its own expiry and difficulty, signed by the server. */
export function issueChallenge(secret: string, email: string, bits: number): SignInChallenge {
  const expires = Math.floor(Date.now() / 1000) + VALID_SECONDS;
  const nonce = randomBytes(12).toString('base64url');
  const body = `${expires}.${bits}.${nonce}`;
  return { token: `${body}.${sign(secret, email, body)}`, bits };
}

/**
 * Whether a solved challenge lets this attempt through: signed by us for this email, not expired,
 * at least as hard as the failures now call for, solved, and not used before (each token is spent
 * once, counted in the database so every app process agrees).
 */
export async function acceptsProof(
  db: Kysely<DB>,
  options: { secret: string; email: string; bits: number; token: string; solution: string },
): Promise<boolean> {
  const { secret, email, bits, token, solution } = options;
  const parts = token.split('.');
  if (parts.length !== 4) return false;
  const [expires, tokenBits, nonce, mac] = parts as [string, string, string, string];
  if (!safeEqual(mac, sign(secret, email, `${expires}.${tokenBits}.${nonce}`))) return false;
  if (Number(expires) * 1000 < Date.now() || Number(tokenBits) < bits) return false;
  const digest = createHash('sha256').update(challengeInput(token, solution)).digest();
  if (leadingZeroBits(digest) < Number(tokenBits)) return false;
  const spentKey = `challenge:${hashToken(secret, token)}`;
  await authRepo.recordFailedAttempt(db, [spentKey]);
  return (await authRepo.countRecentAttempts(db, spentKey, VALID_SECONDS / 60 + 1)) === 1;
}

function sign(secret: string, email: string, body: string): string {
  return hashToken(secret, `sign-in-challenge|${email}|${body}`);
}
