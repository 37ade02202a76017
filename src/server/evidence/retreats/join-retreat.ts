import type { Kysely } from 'kysely';
import { newSecretToken } from '../../auth/secrets.js';
import type { DB } from '../../db/schema.js';
import { AppError, invalidInput } from '../../errors.js';
import { deviceHashOf, findRoomParticipant, type RoomCaller } from './room-caller.js';
import { retreatRoomLimits, type RetreatRoomLimits } from './retreat-room-limits.js';
import { refuseWhenClosed } from './retreat-scope.js';
import { retreatsRepo, type ParticipantRow, type RetreatRow } from './retreats.repo.js';

/**
 * Someone in the room joins the retreat: a signed-in member of the district as themselves (no name
 * asked), a guest with the name the room will see. A guest's device gets a random token (returned
 * for its cookie; only its keyed hash is stored); a device that joined before is the same
 * participant again (created: false). No audit row: participants are the retreat's own record.
 * 403 once the retreat has closed; 400 /display_name for a guest without one; 429 past the
 * per-address limit.
 */
export async function joinRetreat(options: {
  db: Kysely<DB>;
  retreat: RetreatRow;
  caller: RoomCaller;
  displayName: string | undefined;
  secret: string;
  /** Used only in memory for the per-address limit, never stored. */
  client: { address: string };
  limits?: RetreatRoomLimits;
}): Promise<{ participant: ParticipantRow; created: boolean; deviceToken: string | null }> {
  const { db, retreat, caller, secret } = options;
  refuseWhenClosed(retreat);
  const known = await findRoomParticipant(db, retreat, caller, secret);
  if (known) return { participant: known, created: false, deviceToken: null };
  if (!(options.limits ?? retreatRoomLimits).joins.take({ secret, surveyId: retreat.id, address: options.client.address })) {
    throw new AppError('rate_limited', 'Too many people joined from this address for now; try again in a while');
  }
  if (caller.member) {
    const joined = await retreatsRepo.joinOnce(db, { retreatId: retreat.id, organizationId: retreat.organization_id, displayName: caller.member.name, userId: caller.member.userId, deviceHash: null });
    return { ...joined, deviceToken: null };
  }
  if (!options.displayName) throw invalidInput('/display_name', 'is required: the name the room will see', { code: 'required' });
  const deviceToken = newSecretToken();
  const joined = await retreatsRepo.joinOnce(db, {
    retreatId: retreat.id,
    organizationId: retreat.organization_id,
    displayName: options.displayName,
    userId: null,
    deviceHash: deviceHashOf(secret, retreat.id, deviceToken),
  });
  return { ...joined, deviceToken };
}
