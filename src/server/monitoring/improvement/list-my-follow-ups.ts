import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { checkInsRepo } from './check-ins.repo.js';
import { presentFollowUp } from './check-ins.present.js';

/**
 * The check-in follow-ups one person owns in the district, open and done, soonest due first: the
 * owner's side of "My tasks" for the plans' monthly check-ins.
 */
export async function listMyFollowUps(options: { db: Kysely<DB>; organizationId: string; userId: string; today?: string }) {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const rows = await checkInsRepo.listOwnedFollowUps(options.db, options.organizationId, options.userId);
  return {
    today,
    items: rows.map((row) => ({ ...presentFollowUp(row), planId: row.plan_id, planTitle: row.plan_title, heldOn: row.held_on, isOverdue: row.status === 'open' && row.due_date < today })),
  };
}
