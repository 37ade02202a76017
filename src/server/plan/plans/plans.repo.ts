import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PlanLifecycle } from '../tables.js';
import type { ChildList, ElementKind, FlatElement, PlanHeader } from '../../../core/plan/format/plan-tree.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface ElementRow {
  id: string;
  parent_id: string | null;
  kind: ElementKind;
  key: string;
  position: number;
  fields: Record<string, unknown>;
  child_lists: ChildList[];
  version: number;
}

export const plansRepo = {
  listForOrganization(db: Executor, organizationId: string) {
    return db
      .selectFrom('plans')
      .select(['id', 'title', 'lifecycle', 'adopted_version', 'version', 'created_at', 'updated_at', sql<unknown>`header -> 'plan' -> 'period'`.as('period')])
      .where('organization_id', '=', organizationId)
      .orderBy('updated_at', 'desc')
      .execute();
  },

  insertPlan(trx: Transaction<DB>, values: { organizationId: string; header: PlanHeader; lifecycle: PlanLifecycle; createdBy: string | null }) {
    return trx
      .insertInto('plans')
      .values({
        organization_id: values.organizationId,
        title: values.header.plan.title,
        header: JSON.stringify(values.header),
        lifecycle: values.lifecycle,
        created_by: values.createdBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  /** The plan row, locked for the rest of the transaction so concurrent edits of its tree take turns. */
  lockPlan(trx: Transaction<DB>, organizationId: string, planId: string) {
    return trx.selectFrom('plans').selectAll().where('organization_id', '=', organizationId).where('id', '=', planId).forUpdate().executeTakeFirst();
  },

  findPlan(db: Executor, organizationId: string, planId: string) {
    return db.selectFrom('plans').selectAll().where('organization_id', '=', organizationId).where('id', '=', planId).executeTakeFirst();
  },

  /** Bumps the plan's version when the caller saw the latest; undefined means stale (409). */
  updatePlan(trx: Transaction<DB>, planId: string, version: number | null, changes: { header?: PlanHeader; lifecycle?: PlanLifecycle; adoptedVersion?: number | null }) {
    let query = trx
      .updateTable('plans')
      .set({
        ...(changes.header ? { header: JSON.stringify(changes.header), title: changes.header.plan.title } : {}),
        ...(changes.lifecycle ? { lifecycle: changes.lifecycle } : {}),
        ...(changes.adoptedVersion !== undefined ? { adopted_version: changes.adoptedVersion } : {}),
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('id', '=', planId);
    if (version !== null) query = query.where('version', '=', version);
    return query.returningAll().executeTakeFirst();
  },

  /** The live elements of a plan, parents before children, siblings in order. */
  listElements(db: Executor, planId: string): Promise<ElementRow[]> {
    return db
      .selectFrom('plan_elements')
      .select(['id', 'parent_id', 'kind', 'key', 'position', 'fields', 'child_lists', 'version'])
      .where('plan_id', '=', planId)
      .where('deleted_at', 'is', null)
      .orderBy('position')
      .execute() as Promise<ElementRow[]>;
  },

  /**
   * Inserts elements level by level (goals, then what hangs off goals, then what hangs off
   * strategies) so children can point at their parents' new ids; 500 rows a statement.
   * `existing` maps keys of rows already stored (a re-import) to their id and kind.
   */
  async insertElements(
    trx: Transaction<DB>,
    planId: string,
    organizationId: string,
    elements: readonly FlatElement[],
    existing: ReadonlyMap<string, { id: string; kind: ElementKind }> = new Map(),
  ) {
    const idByKey = new Map([...existing].map(([key, row]) => [key, row.id]));
    const kindByKey = new Map<string, ElementKind>([...[...existing].map(([key, row]) => [key, row.kind] as const), ...elements.map((e) => [e.key, e.kind] as const)]);
    const depthOf = (e: FlatElement) => (e.parentKey === null ? 0 : kindByKey.get(e.parentKey) === 'goal' ? 1 : 2);
    for (const depth of [0, 1, 2]) {
      const level = elements.filter((e) => depthOf(e) === depth);
      for (let start = 0; start < level.length; start += 500) {
        const chunk = level.slice(start, start + 500);
        const rows = await trx
          .insertInto('plan_elements')
          .values(
            chunk.map((e) => ({
              plan_id: planId,
              organization_id: organizationId,
              parent_id: e.parentKey ? (idByKey.get(e.parentKey) ?? null) : null,
              kind: e.kind,
              key: e.key,
              position: e.position,
              fields: JSON.stringify(e.fields),
              child_lists: JSON.stringify(e.childLists),
            })),
          )
          .returning(['id', 'key'])
          .execute();
        for (const row of rows) idByKey.set(row.key, row.id);
      }
    }
    return idByKey;
  },
};
