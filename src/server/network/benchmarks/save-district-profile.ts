import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { DistrictProfile } from '../../../core/network/benchmark-distribution.js';
import { inTransaction } from '../../db/transaction.js';
import type { Actor } from '../../platform/audit/actor.js';
import { recordAuditEvent } from '../../platform/audit/record-audit-event.js';
import { benchmarksRepo } from './benchmarks.repo.js';
import { readDistrictProfile } from './read-district-profile.js';

/** The district describes itself (size, poverty, locale) so it can be compared with districts like it. */
export function saveDistrictProfile(options: { db: Kysely<DB>; actor: Actor; districtId: string; profile: DistrictProfile }) {
  const { db, actor, districtId, profile } = options;
  return inTransaction(db, async (trx) => {
    const before = await readDistrictProfile(trx, districtId);
    await benchmarksRepo.saveProfile(trx, districtId, { enrolment: profile.enrolment, poverty_percent: profile.povertyPercent, locale: profile.locale }, actor.userId);
    await recordAuditEvent(trx, actor, { organizationId: districtId, action: 'benchmarks.profile_saved', entityType: 'district_profile', entityId: districtId, before, after: profile });
  });
}
