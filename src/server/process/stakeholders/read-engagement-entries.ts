import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { stakeholdersRepo } from './stakeholders.repo.js';
import { presentEngagement } from './stakeholders.present.js';

/**
 * A cycle's engagement plan as other domains read it: each planned engagement (a stakeholder
 * group in a phase) with its group's name, for engagement's summary of a phase. 404 when the cycle
 * is not the district's.
 */
export async function readEngagementEntries(options: { db: Kysely<DB>; organizationId: string; cycleId: string }) {
  const { db, organizationId, cycleId } = options;
  if (!(await stakeholdersRepo.findCycle(db, organizationId, cycleId))) throw notFound('Cycle');
  const [entries, groups] = await Promise.all([stakeholdersRepo.listEntries(db, cycleId), stakeholdersRepo.listGroups(db, cycleId)]);
  const groupNames = new Map(groups.map((group) => [group.id, group.name]));
  return entries.map((entry) => ({ ...presentEngagement(entry), groupName: groupNames.get(entry.group_id) ?? '' }));
}
