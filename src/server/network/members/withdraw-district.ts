import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { matchProvider } from '../../platform/partners/match-provider.js';
import { cohortsRepo } from '../cohorts/cohorts.repo.js';
import { membersRepo } from './members.repo.js';

/**
 * A district leaves the cohort (or its invitation is taken back). Its row stays, marked withdrawn, so
 * its documents and history are kept; the provider's match ends, and with it the provider's reach.
 */
export function withdrawDistrict(options: { db: Kysely<DB>; actor: Actor; networkId: string; cohortId: string; districtId: string }) {
  const { db, actor, networkId, cohortId, districtId } = options;
  return inTransaction(db, async (trx) => {
    if (!(await cohortsRepo.lock(trx, networkId, cohortId))) throw notFound('Cohort');
    const before = await membersRepo.lock(trx, cohortId, districtId);
    if (!before || before.status === 'withdrawn') throw notFound('District in this cohort');
    await membersRepo.setStatus(trx, cohortId, districtId, { status: 'withdrawn' });
    await matchProvider({ trx, actor, networkId, districtId, providerId: null });
    for (const organizationId of [networkId, districtId]) {
      await recordAuditEvent(trx, actor, { organizationId, action: 'cohort.district_withdrawn', entityType: 'cohort', entityId: cohortId, before: { status: before.status }, after: { status: 'withdrawn', districtId } });
    }
  });
}
