import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ChildList, ElementKind } from '../../../core/plan-format/plan-tree.js';

/** Writes to single elements of a plan's tree; reads of the whole tree are in plans.repo.ts. */
export const planElementsRepo = {
  /** Marks elements and everything under them deleted, under one batch id so undo brings back exactly these. */
  async softDelete(trx: Transaction<DB>, planId: string, ids: string[], batch: string) {
    if (!ids.length) return;
    await sql`
      with recursive subtree as (
        select id from plan_elements where plan_id = ${planId} and id in (${sql.join(ids)}) and deleted_at is null
        union all
        select e.id from plan_elements e join subtree s on e.parent_id = s.id where e.deleted_at is null
      )
      update plan_elements set deleted_at = now(), deleted_batch = ${batch}, updated_at = now()
      where id in (select id from subtree)`.execute(trx);
  },

  /** Marks exactly these elements deleted (a re-import lists every element it removes). */
  async softDeleteExactly(trx: Transaction<DB>, planId: string, ids: string[], batch: string) {
    if (!ids.length) return;
    await trx
      .updateTable('plan_elements')
      .set({ deleted_at: sql`now()`, deleted_batch: batch, updated_at: sql`now()` })
      .where('plan_id', '=', planId)
      .where('id', 'in', ids)
      .execute();
  },

  async replace(trx: Transaction<DB>, id: string, values: { parentId: string | null; kind: ElementKind; position: number; fields: Record<string, unknown>; childLists: ChildList[] }) {
    await trx
      .updateTable('plan_elements')
      .set({
        parent_id: values.parentId,
        kind: values.kind,
        position: values.position,
        fields: JSON.stringify(values.fields),
        child_lists: JSON.stringify(values.childLists),
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .execute();
  },
};
