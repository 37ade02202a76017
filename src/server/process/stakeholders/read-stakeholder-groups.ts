import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { stakeholdersRepo } from './stakeholders.repo.js';
import { presentGroup } from './stakeholders.present.js';

/** A cycle's stakeholder groups as the API presents them: for other domains (engagement's outreach to groups not heard). */
export async function readStakeholderGroups(options: { db: Kysely<DB>; organizationId: string; cycleId: string }) {
  const { db, organizationId, cycleId } = options;
  if (!(await stakeholdersRepo.findCycle(db, organizationId, cycleId))) throw notFound('Cycle');
  return (await stakeholdersRepo.listGroups(db, cycleId)).map(presentGroup);
}
