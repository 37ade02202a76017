import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ChildList, ElementKind } from '../../../core/plan/format/plan-tree.js';
import type { ElementRow } from './plans.repo.js';

type Executor = Kysely<DB> | Transaction<DB>;
const columns = ['id', 'parent_id', 'kind', 'key', 'position', 'fields', 'child_lists', 'version'] as const;

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

  findLive(db: Executor, planId: string, id: string) {
    return db
      .selectFrom('plan_elements')
      .select(columns)
      .where('plan_id', '=', planId)
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst() as Promise<ElementRow | undefined>;
  },

  liveKeys(db: Executor, planId: string) {
    return db
      .selectFrom('plan_elements')
      .select('key')
      .where('plan_id', '=', planId)
      .where('deleted_at', 'is', null)
      .execute()
      .then((rows) => new Set(rows.map((r) => r.key)));
  },

  /** Siblings of one kind under one parent, in order. */
  siblings(db: Executor, planId: string, parentId: string | null, kind: ElementKind) {
    let query = db.selectFrom('plan_elements').select(columns).where('plan_id', '=', planId).where('kind', '=', kind).where('deleted_at', 'is', null);
    query = parentId === null ? query.where('parent_id', 'is', null) : query.where('parent_id', '=', parentId);
    return query.orderBy('position').orderBy('created_at').execute() as Promise<ElementRow[]>;
  },

  insertOne(trx: Transaction<DB>, values: { planId: string; organizationId: string; parentId: string | null; kind: ElementKind; key: string; position: number; fields: Record<string, unknown> }) {
    return trx
      .insertInto('plan_elements')
      .values({
        plan_id: values.planId,
        organization_id: values.organizationId,
        parent_id: values.parentId,
        kind: values.kind,
        key: values.key,
        position: values.position,
        fields: JSON.stringify(values.fields),
      })
      .returning(columns)
      .executeTakeFirstOrThrow() as Promise<ElementRow>;
  },

  /** Changes an element only if the caller saw its latest version; undefined means stale. */
  updateVersioned(trx: Transaction<DB>, id: string, version: number, changes: { fields?: Record<string, unknown>; key?: string }) {
    return trx
      .updateTable('plan_elements')
      .set({
        ...(changes.fields ? { fields: JSON.stringify(changes.fields) } : {}),
        ...(changes.key ? { key: changes.key } : {}),
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('deleted_at', 'is', null)
      .returning(columns)
      .executeTakeFirst() as Promise<ElementRow | undefined>;
  },

  async place(trx: Transaction<DB>, id: string, parentId: string | null, position: number, bumpVersion: boolean) {
    return trx
      .updateTable('plan_elements')
      .set({ parent_id: parentId, position, updated_at: sql`now()`, ...(bumpVersion ? { version: sql`version + 1` } : {}) })
      .where('id', '=', id)
      .returning(columns)
      .executeTakeFirstOrThrow() as Promise<ElementRow>;
  },

  /** Keys of the elements of one delete batch, still deleted. */
  batchKeys(db: Executor, planId: string, batch: string) {
    return db
      .selectFrom('plan_elements')
      .select(['id', 'key'])
      .where('plan_id', '=', planId)
      .where('deleted_batch', '=', batch)
      .where('deleted_at', 'is not', null)
      .execute();
  },

  async restoreBatch(trx: Transaction<DB>, planId: string, batch: string) {
    await trx
      .updateTable('plan_elements')
      .set({ deleted_at: null, deleted_batch: null, updated_at: sql`now()` })
      .where('plan_id', '=', planId)
      .where('deleted_batch', '=', batch)
      .execute();
  },

  /** Lists the element's kind under its parent in the row, so an export writes it even when emptied. */
  async noteChildList(trx: Transaction<DB>, id: string, list: ChildList) {
    await sql`update plan_elements set child_lists = child_lists || ${JSON.stringify([list])}::jsonb
      where id = ${id} and not (child_lists @> ${JSON.stringify([list])}::jsonb)`.execute(trx);
  },
};
