import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { invalidInput, notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { matchProvider } from '../../platform/partners/match-provider.js';
import { cohortsRepo } from '../cohorts/cohorts.repo.js';
import { providersRepo } from '../providers/providers.repo.js';
import { membersRepo } from './members.repo.js';

/** The network matches one of its vetted providers to a district of a cohort, or ends the match (null). */
export function matchCohortProvider(options: { db: Kysely<DB>; actor: Actor; networkId: string; cohortId: string; districtId: string; providerId: string | null }) {
  const { db, actor, networkId, cohortId, districtId, providerId } = options;
  return inTransaction(db, async (trx) => {
    if (!(await cohortsRepo.lock(trx, networkId, cohortId))) throw notFound('Cohort');
    const member = await membersRepo.lock(trx, cohortId, districtId);
    if (!member || member.status === 'withdrawn') throw notFound('District in this cohort');
    if (providerId && !(await providersRepo.find(trx, networkId, providerId))) throw invalidInput('/providerId', 'is not a provider of this network', { code: 'invalid_choice' });
    await matchProvider({ trx, actor, networkId, districtId, providerId });
  });
}
