import { AddressLimiter } from '../surveys/address-limiter.js';

/**
 * How many comments one address may send on one draft in an hour, counted in memory as keyed
 * hashes of the address (surveys/address-limiter.ts): a family or a library behind one address can
 * comment on every goal; a script cannot flood the team's reading.
 */
export const commentLimits = {
  comments: new AddressLimiter({ limit: 30, windowMs: 3_600_000 }),
};
export type CommentLimits = typeof commentLimits;
