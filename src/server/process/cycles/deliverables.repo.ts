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
};
