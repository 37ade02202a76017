import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { rubricScoresOf } from './cycles.present.js';
import { deliverablesRepo } from './deliverables.repo.js';

/**
 * The sign-offs (approvals and requests for changes, with their comments and rubric scores) in the
 * districts given, most recent first: the review history a network keeps across its districts.
 */
export async function listDeliverableSignOffs(options: { db: Kysely<DB>; districtIds: readonly string[]; limit: number }) {
  const rows = await deliverablesRepo.listSignOffs(options.db, options.districtIds, options.limit);
  return rows.map((row) => ({
    id: row.id,
    decision: row.kind === 'approved' ? ('approve' as const) : ('request_changes' as const),
    districtId: row.organization_id,
    districtName: row.district_name,
    cycleId: row.cycle_id,
    deliverableId: row.deliverable_id,
    letter: row.letter,
    name: row.name,
    templateKey: row.template_key,
    reviewerUserId: row.actor_user_id,
    reviewer: row.actor_label,
    comment: row.comment,
    rubric: rubricScoresOf(row),
    at: new Date(row.created_at).toISOString(),
  }));
}
