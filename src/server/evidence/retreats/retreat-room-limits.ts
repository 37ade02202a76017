import { AddressLimiter } from '../../engagement/surveys/address-limiter.js';
import { AppError } from '../../errors.js';

/**
 * How much one address may do in one retreat in an hour, counted in memory as keyed hashes of the
 * address (as the conversation page's limits): a room of sixty people behind one school network
 * stays far inside them; a script filling the board does not.
 */
export const retreatRoomLimits = {
  joins: new AddressLimiter({ limit: 200, windowMs: 3_600_000 }),
  observations: new AddressLimiter({ limit: 600, windowMs: 3_600_000 }),
  items: new AddressLimiter({ limit: 300, windowMs: 3_600_000 }),
  dots: new AddressLimiter({ limit: 3_000, windowMs: 3_600_000 }),
};
export type RetreatRoomLimits = typeof retreatRoomLimits;
export type RoomWrite = keyof RetreatRoomLimits;

/** Counts one room write of an address; 429 in plain words past the limit. */
export function takeRoomWrite(options: { write: RoomWrite; retreatId: string; address: string; secret: string; limits?: RetreatRoomLimits }) {
  const limits = options.limits ?? retreatRoomLimits;
  if (!limits[options.write].take({ secret: options.secret, surveyId: options.retreatId, address: options.address })) {
    throw new AppError('rate_limited', 'Too much from this address for now; wait a little and try again');
  }
}
