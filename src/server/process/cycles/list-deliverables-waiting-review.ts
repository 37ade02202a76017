import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { deliverablesRepo } from './deliverables.repo.js';

export interface DeliverableWaitingReview {
  districtId: string;
  districtName: string;
  cycleId: string;
  cycleName: string;
  /** The cycle's process template, which with `templateKey` says which rubric applies. */
  templateId: string;
  deliverableId: string;
  version: number;
  letter: string | null;
  name: string;
  templateKey: string | null;
  linksTo: string | null;
  dueDate: string;
  waitingSince: string;
}

/**
 * The deliverables waiting for a reviewer in the districts given (the ones the caller reaches,
 * which the network decided): in review and not signed off since, oldest waiting first. One that
 * names another reviewer is left out, since only that person may sign it off.
 */
export async function listDeliverablesWaitingReview(options: { db: Kysely<DB>; districtIds: readonly string[]; reviewerId: string }): Promise<DeliverableWaitingReview[]> {
  const rows = await deliverablesRepo.listWaitingReview(options.db, options.districtIds, options.reviewerId);
  return rows.map((row) => ({
    districtId: row.organization_id,
    districtName: row.district_name,
    cycleId: row.cycle_id,
    cycleName: row.cycle_name,
    templateId: row.template_id,
    deliverableId: row.id,
    version: row.version,
    letter: row.letter,
    name: row.name,
    templateKey: row.template_key,
    linksTo: row.links_to,
    dueDate: row.due_date,
    waitingSince: new Date(row.waiting_since).toISOString(),
  }));
}
