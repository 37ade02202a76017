import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { DeliverableEventKind, DeliverableStatus, ReviewState } from '../tables.js';
import type { Actor } from '../../platform/audit/actor.js';
import type { DeliverableRow } from './cycles.repo.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** A deliverable's status, sign-off and history rows. */
export const deliverablesRepo = {
  /** The cycle's deliverables that name a product area, in the checklist's order. */
  listLinked(db: Executor, cycleId: string) {
    return db
      .selectFrom('cycle_deliverables')
      .select(['id', 'links_to', 'status'])
      .where('cycle_id', '=', cycleId)
      .where('links_to', 'is not', null)
      .orderBy('position')
      .execute();
  },

  find(db: Executor, cycleId: string, id: string) {
    return db.selectFrom('cycle_deliverables').selectAll().where('cycle_id', '=', cycleId).where('id', '=', id).executeTakeFirst();
  },

  /** Sets status and review state if the caller saw the latest version; undefined means stale. */
  updateState(trx: Transaction<DB>, id: string, version: number, changes: { status?: DeliverableStatus; reviewState?: ReviewState }) {
    return trx
      .updateTable('cycle_deliverables')
      .set({
        ...(changes.status ? { status: changes.status } : {}),
        ...(changes.reviewState ? { review_state: changes.reviewState } : {}),
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst() as Promise<DeliverableRow | undefined>;
  },

  async recordEvent(
    trx: Transaction<DB>,
    actor: Actor,
    event: { deliverableId: string; organizationId: string; kind: DeliverableEventKind; fromStatus?: DeliverableStatus; toStatus?: DeliverableStatus; comment?: string | null; changes?: unknown },
  ) {
    await trx
      .insertInto('cycle_deliverable_events')
      .values({
        deliverable_id: event.deliverableId,
        organization_id: event.organizationId,
        actor_user_id: actor.userId,
        actor_label: actor.label,
        kind: event.kind,
        from_status: event.fromStatus ?? null,
        to_status: event.toStatus ?? null,
        comment: event.comment ?? null,
        changes: event.changes === undefined ? null : JSON.stringify(event.changes),
      })
      .execute();
  },

  listEvents(db: Executor, deliverableId: string) {
    return db.selectFrom('cycle_deliverable_events').selectAll().where('deliverable_id', '=', deliverableId).orderBy('created_at').orderBy('id').execute();
  },

  /** Deliverables of a phase that are not complete yet. */
  openInPhase(db: Executor, phaseId: string) {
    return db.selectFrom('cycle_deliverables').select(['id', 'name', 'letter', 'status']).where('phase_id', '=', phaseId).where('status', '!=', 'complete').orderBy('position').execute();
  },

  /**
   * Deliverables of the districts waiting for a reviewer (in review, not signed off since), oldest
   * waiting first: since they last went into review, or their last change when no event says so.
   * One naming another reviewer is left out, since only that person may sign it off.
   */
  listWaitingReview(db: Executor, districtIds: readonly string[], reviewerId: string) {
    if (districtIds.length === 0) return Promise.resolve([]);
    const waitingSince = sql<Date>`coalesce((select max(e.created_at) from cycle_deliverable_events e where e.deliverable_id = d.id and e.to_status = 'in_review'), d.updated_at)`;
    return db
      .selectFrom('cycle_deliverables as d')
      .innerJoin('planning_cycles as c', 'c.id', 'd.cycle_id')
      .innerJoin('organizations as o', 'o.id', 'd.organization_id')
      .select(['d.id', 'd.cycle_id', 'd.organization_id', 'o.name as district_name', 'c.name as cycle_name', 'c.template_id', 'd.template_key', 'd.letter', 'd.name', 'd.links_to', 'd.due_date', 'd.version', 'd.reviewer_id'])
      .select(waitingSince.as('waiting_since'))
      .where('d.organization_id', 'in', districtIds)
      .where('d.status', '=', 'in_review')
      .where('d.review_state', '=', 'none')
      .where((eb) => eb.or([eb('d.reviewer_id', 'is', null), eb('d.reviewer_id', '=', reviewerId)]))
      .orderBy(waitingSince)
      .orderBy('d.id')
      .limit(500)
      .execute();
  },

  /** The sign-offs (approvals and requests for changes) in the districts, most recent first. */
  listSignOffs(db: Executor, districtIds: readonly string[], limit: number) {
    if (districtIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('cycle_deliverable_events as e')
      .innerJoin('cycle_deliverables as d', 'd.id', 'e.deliverable_id')
      .innerJoin('organizations as o', 'o.id', 'e.organization_id')
      .select(['e.id', 'e.kind', 'e.actor_user_id', 'e.actor_label', 'e.comment', 'e.changes', 'e.created_at', 'e.organization_id', 'o.name as district_name', 'd.cycle_id', 'd.id as deliverable_id', 'd.letter', 'd.name', 'd.template_key'])
      .where('e.organization_id', 'in', districtIds)
      .where('e.kind', 'in', ['approved', 'changes_requested'])
      .orderBy('e.created_at', 'desc')
      .orderBy('e.id', 'desc')
      .limit(limit)
      .execute();
  },
};
