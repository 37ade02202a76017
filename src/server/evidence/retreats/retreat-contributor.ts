import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { retreatsRepo } from './retreats.repo.js';
import type { RetreatRow } from './retreats.repo.js';

/**
 * Who writes in the room: a signed-in member of the district (their participant is made on first
 * use, under their own name) or a participant a device's cookie already named.
 */
export type Contributor = { kind: 'member'; userId: string; name: string } | { kind: 'participant'; participantId: string };

/** The participant id a contribution is written under. */
export async function participantIdOf(trx: Transaction<DB>, retreat: RetreatRow, contributor: Contributor): Promise<string> {
  if (contributor.kind === 'participant') return contributor.participantId;
  const joined = await retreatsRepo.joinOnce(trx, { retreatId: retreat.id, organizationId: retreat.organization_id, displayName: contributor.name, userId: contributor.userId, deviceHash: null });
  return joined.participant.id;
}
