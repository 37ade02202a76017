import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { DistrictProfile } from '../../../core/network/benchmark-distribution.js';
import { benchmarksRepo } from './benchmarks.repo.js';

/** The district's profile; every field null until it describes itself. */
export async function readDistrictProfile(db: Kysely<DB> | Transaction<DB>, districtId: string): Promise<DistrictProfile> {
  const row = await benchmarksRepo.findProfile(db, districtId);
  return profileOf(row ?? null);
}

/** numeric comes back from pg as a string. */
export function profileOf(row: { enrolment: number | null; poverty_percent: string | number | null; locale: DistrictProfile['locale'] } | null): DistrictProfile {
  return { enrolment: row?.enrolment ?? null, povertyPercent: row?.poverty_percent === null || row?.poverty_percent === undefined ? null : Number(row.poverty_percent), locale: row?.locale ?? null };
}
