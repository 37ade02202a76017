import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { RetreatPrioritiesTable } from './retreat-tables.js';

type Executor = Kysely<DB> | Transaction<DB>;
export type PriorityRow = Selectable<RetreatPrioritiesTable>;

/** What the team writes on a priority's gap analysis (JSON columns as values, written as JSON here). */
export interface PriorityChanges {
  title?: string;
  current_state?: string;
  current_evidence?: unknown[];
  future_state?: string;
  goal_key?: string | null;
  gap?: string;
  root_cause_method?: 'five_whys' | 'fishbone';
  root_causes?: unknown[];
  case_for_change?: string;
  area?: string | null;
}

/** The priorities a retreat carried forward, each with its gap analysis: the only SQL of the table. */
export const prioritiesRepo = {
  list(db: Executor, retreatId: string): Promise<PriorityRow[]> {
    return db.selectFrom('retreat_priorities').selectAll().where('retreat_id', '=', retreatId).orderBy('position').orderBy('created_at').execute();
  },

  find(db: Executor, retreatId: string, priorityId: string): Promise<PriorityRow | undefined> {
    return db.selectFrom('retreat_priorities').selectAll().where('retreat_id', '=', retreatId).where('id', '=', priorityId).executeTakeFirst();
  },

  async nextPosition(db: Executor, retreatId: string): Promise<number> {
    const row = await db.selectFrom('retreat_priorities').select(sql<number>`coalesce(max(position) + 1, 0)::int`.as('next')).where('retreat_id', '=', retreatId).executeTakeFirstOrThrow();
    return row.next;
  },

  insert(
    trx: Transaction<DB>,
    values: { retreatId: string; organizationId: string; swotItemId: string | null; position: number; title: string; dots: number; area: string | null; currentEvidence: unknown[] },
  ) {
    return trx
      .insertInto('retreat_priorities')
      .values({
        retreat_id: values.retreatId,
        organization_id: values.organizationId,
        swot_item_id: values.swotItemId,
        position: values.position,
        title: values.title,
        dots: values.dots,
        area: values.area,
        current_evidence: JSON.stringify(values.currentEvidence),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  update(trx: Transaction<DB>, retreatId: string, priorityId: string, version: number, changes: PriorityChanges) {
    const { current_evidence: evidence, root_causes: causes, ...plain } = changes;
    return trx
      .updateTable('retreat_priorities')
      .set({
        ...plain,
        ...(evidence !== undefined ? { current_evidence: JSON.stringify(evidence) } : {}),
        ...(causes !== undefined ? { root_causes: JSON.stringify(causes) } : {}),
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('retreat_id', '=', retreatId)
      .where('id', '=', priorityId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  },

  async remove(trx: Transaction<DB>, retreatId: string, priorityId: string) {
    await trx.deleteFrom('retreat_priorities').where('retreat_id', '=', retreatId).where('id', '=', priorityId).execute();
  },

  async setPositions(trx: Transaction<DB>, retreatId: string, priorityIds: readonly string[]) {
    for (const [position, id] of priorityIds.entries()) {
      await trx.updateTable('retreat_priorities').set({ position }).where('retreat_id', '=', retreatId).where('id', '=', id).execute();
    }
  },
};
