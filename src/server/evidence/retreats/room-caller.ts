import type { Kysely } from 'kysely';
import { resolveOrganizationAccess } from '../../auth/checkpoint.js';
import type { Principal } from '../../auth/principal.js';
import { hashToken, safeEqual } from '../../auth/secrets.js';
import type { DB } from '../../db/schema.js';
import { AppError, notFound } from '../../errors.js';
import { normalizeJoinCode } from './join-code.js';
import type { Contributor } from './retreat-contributor.js';
import { retreatsRepo, type ParticipantRow, type RetreatRow } from './retreats.repo.js';

/**
 * Who is calling a room route: a signed-in member of the retreat's district (by their session,
 * or an API token), else the guest whose device token the retreat's cookie holds. Only the token's
 * keyed hash is stored, keyed with the retreat too, so a token of one retreat means nothing in
 * another.
 */
export interface RoomCaller {
  member: { userId: string; name: string } | null;
  deviceToken: string | null;
}

/** The keyed hash a guest's device token is stored as. */
export function deviceHashOf(secret: string, retreatId: string, deviceToken: string): string {
  return hashToken(secret, `retreat-device|${retreatId}|${deviceToken}`);
}

/** The cookie that keeps a guest's device token, one per retreat, sent only to the room's API. */
export const roomCookieName = (joinCode: string) => `wm_retreat_${joinCode}`;

/** The open or closed retreat of a code; 404 for a code that is none. */
export async function findRoom(db: Kysely<DB>, rawCode: string): Promise<RetreatRow> {
  const code = normalizeJoinCode(rawCode);
  const retreat = code ? await retreatsRepo.findByCode(db, code) : undefined;
  if (!retreat) throw notFound('Retreat');
  return retreat;
}

/**
 * The member a principal is in the retreat's district (any role that reads evidence), or null. A
 * session's write without its CSRF token does not count as the member: another site's form must
 * not post in their name.
 */
export async function memberOf(db: Kysely<DB>, retreat: RetreatRow, principal: Principal | null, request: { isWrite: boolean; csrfToken: string | undefined }) {
  if (!principal) return null;
  if (principal.via === 'session' && request.isWrite && !(request.csrfToken && principal.csrfToken && safeEqual(request.csrfToken, principal.csrfToken))) return null;
  const access = await resolveOrganizationAccess(db, principal.user.id, retreat.organization_id);
  return access?.permissions.has('evidence.read') ? { userId: principal.user.id, name: principal.user.name } : null;
}

/** The caller's participant, when they have one already (a member before their first write has none). */
export async function findRoomParticipant(db: Kysely<DB>, retreat: RetreatRow, caller: RoomCaller, secret: string): Promise<ParticipantRow | null> {
  if (caller.member) return (await retreatsRepo.findParticipantOfUser(db, retreat.id, caller.member.userId)) ?? null;
  if (!caller.deviceToken) return null;
  return (await retreatsRepo.findParticipantOfDevice(db, retreat.id, deviceHashOf(secret, retreat.id, caller.deviceToken))) ?? null;
}

/** Who a room write is written under; 401 in plain words for a device that has not joined. */
export async function roomContributor(db: Kysely<DB>, retreat: RetreatRow, caller: RoomCaller, secret: string): Promise<Contributor> {
  if (caller.member) return { kind: 'member', ...caller.member };
  const participant = await findRoomParticipant(db, retreat, caller, secret);
  if (!participant) throw new AppError('unauthenticated', 'Join the retreat with your name first');
  return { kind: 'participant', participantId: participant.id };
}
