import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../audit/actor.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { partnersRepo } from './partners.repo.js';

/**
 * Matches a provider organisation to a district for a network, or ends the match (providerId null),
 * inside the caller's transaction: from then on the provider's administrators, and the coaches it
 * assigns, reach the district. Ending or changing a match takes the old provider's coaches away
 * from the district. The caller has checked that the district and the provider are the network's.
 */
export async function matchProvider(options: { trx: Transaction<DB>; actor: Actor; networkId: string; districtId: string; providerId: string | null }) {
  const { trx, actor, networkId, districtId, providerId } = options;
  const before = await partnersRepo.findMatch(trx, networkId, districtId);
  if ((before?.partner_id ?? null) === providerId) return;
  await partnersRepo.replaceMatch(trx, { networkId, districtId, partnerId: providerId });
  if (before) await partnersRepo.deleteCoachAssignments(trx, before.partner_id, districtId);
  for (const organizationId of [networkId, districtId]) {
    await recordAuditEvent(trx, actor, {
      organizationId,
      action: 'district.provider_matched',
      entityType: 'organization',
      entityId: districtId,
      before: { providerId: before?.partner_id ?? null },
      after: { providerId, networkId },
    });
  }
}
