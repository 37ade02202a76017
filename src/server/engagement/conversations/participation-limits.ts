import { AddressLimiter } from '../surveys/address-limiter.js';

/**
 * How much one address may do in one conversation in an hour, counted in memory as keyed hashes
 * of the address (surveys/address-limiter.ts): generous enough for a classroom or a library behind
 * one address, far below what a script would send to sway a conversation.
 */
export const participationLimits = {
  joins: new AddressLimiter({ limit: 120, windowMs: 3_600_000 }),
  statements: new AddressLimiter({ limit: 60, windowMs: 3_600_000 }),
  votes: new AddressLimiter({ limit: 5_000, windowMs: 3_600_000 }),
  /** Codes mailed for a verified email: per address, and per email (the keyed hash of the address given). */
  emailCodes: new AddressLimiter({ limit: 30, windowMs: 3_600_000 }),
  emailCodesPerEmail: new AddressLimiter({ limit: 5, windowMs: 3_600_000 }),
  /** Wrong codes tried for one email: a six-digit code cannot be guessed in ten. */
  emailCodeAttempts: new AddressLimiter({ limit: 10, windowMs: 3_600_000 }),
};
export type ParticipationLimits = typeof participationLimits;
