import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Actor } from '../audit/actor.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { organizationsRepo } from '../organizations/organizations.repo.js';
import { peopleRepo } from './people.repo.js';

/**
 * Sets which of the network's districts (its own, or those matched to it as a provider) a coach
 * reads and reviews, and what the coach does for them ("Lead coach"), which the districts see.
 */
export function assignCoachDistricts(options: { db: Kysely<DB>; actor: Actor; networkId: string; userId: string; districtIds: string[]; responsibility?: string | null }) {
  const { db, actor, networkId, userId } = options;
  const districtIds = [...new Set(options.districtIds)];
  return inTransaction(db, async (trx) => {
    const member = await peopleRepo.findMember(trx, networkId, userId);
    if (!member) throw notFound('Member');
    if (member.role !== 'coach') throw new AppError('invalid_input', 'Only coaches are assigned to districts', [{ path: '/districtIds', message: 'the person is not a coach', code: 'not_a_coach' }]);
    const ownDistricts = new Set((await organizationsRepo.listDistrictsOfNetwork(trx, networkId)).map((d) => d.id));
    const details = districtIds.flatMap((id, i) => (ownDistricts.has(id) ? [] : [{ path: `/districtIds/${i}`, message: 'is not a district of this network', code: 'not_in_this_network' as const }]));
    if (details.length) throw new AppError('invalid_input', 'Some districts are not in this network', details);
    const previous = (await peopleRepo.listCoachDistricts(trx, networkId)).filter((a) => a.user_id === userId);
    const before = previous.map((a) => a.district_id);
    // Left out, the coach keeps what they did before.
    const responsibility = options.responsibility === undefined ? (previous[0]?.responsibility ?? null) : options.responsibility?.trim() || null;
    await peopleRepo.replaceCoachDistricts(trx, networkId, userId, districtIds, responsibility);
    await recordAuditEvent(trx, actor, {
      organizationId: networkId,
      action: 'coach.districts_assigned',
      entityType: 'membership',
      entityId: userId,
      before: { districtIds: before },
      after: { districtIds, responsibility },
    });
    return { member, districtIds, responsibility };
  });
}
